package dev.interviewcoach.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unknown commands, flags and names get a helpful message and exit code 2; bad files change nothing. */
class BadInputTests {
    @TempDir
    Path home;

    @Test
    void anUnknownCommandGetsASuggestionAndExitCodeTwo() {
        var result = new CliRun(home).run("", "reprot");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("Unmatched argument", "Did you mean", "coach report", "coach --help");
        assertThat(new CliRun(home).db()).doesNotExist();
    }

    @Test
    void anUnknownFlagGetsAMessageAndExitCodeTwo() {
        var result = new CliRun(home).run("", "report", "--htlm", "x.html");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown option", "--html", "coach report --help");
    }

    @Test
    void anUnknownTrackIsNamedWithTheKnownOnesAndNoDatabaseIsCreated() {
        var cli = new CliRun(home);
        var result = cli.run("", "--track", "frontend");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown track 'frontend'", "backend", "backend-go");
        assertThat(cli.db()).doesNotExist();
    }

    @Test
    void anUnknownGraderGetsExitCodeTwo() {
        var cli = new CliRun(home);
        var result = cli.run("", "--grader", "psychic");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown grader 'psychic'");
        assertThat(cli.db()).doesNotExist();
    }

    @Test
    void aCorruptDatabaseFileGetsAClearMessageAndIsLeftAsItWas() throws IOException {
        var cli = new CliRun(home);
        Files.createDirectories(cli.db().getParent());
        byte[] junk = "this is not a database, just some text that happens to be here".repeat(100)
                .getBytes(StandardCharsets.UTF_8);
        Files.write(cli.db(), junk);
        var result = cli.run("An answer.\n\n\n");
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("Cannot open the coach database", "Nothing was changed");
        assertThat(Files.readAllBytes(cli.db())).isEqualTo(junk);
    }

    @Test
    void aDatabaseInAnUnwritableFolderGetsAClearMessage() throws IOException {
        var cli = new CliRun(home);
        Path dir = home.resolve("not-a-folder");
        Files.writeString(dir, "a file where a folder should be");
        var result = cli.run("", "--db", dir.resolve("coach.db").toString());
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("Cannot open the coach database");
    }

    @Test
    void anExportOrReportIntoAMissingFolderIsRefusedNamingTheFolderAndCreatesNoFolder() {
        var cli = new CliRun(home);
        cli.run("An answer.\n\n\n");
        Path missing = home.resolve("nonexistent").resolve("dir");
        for (var args : new String[][] {{"export", missing.resolve("x.json").toString()},
                {"report", "--html", missing.resolve("x.html").toString()}}) {
            var result = cli.run("", args);
            assertThat(result.code()).as(args[0]).isEqualTo(1);
            assertThat(result.err()).as(args[0]).contains("there is no folder " + missing, "Nothing was written.");
        }
        assertThat(home.resolve("nonexistent")).doesNotExist();
    }

    @Test
    void aDatabasePathWithALeadingTildeTheShellLeftIsUnderTheHomeFolderAsHelpSays() {
        var cli = new CliRun(home);
        var result = cli.run("An answer.\n\n\n", "--db=~/elsewhere/x.db");
        assertThat(result.code()).isZero();
        assertThat(CliRun.attempts(home.resolve("elsewhere").resolve("x.db"), "ada")).hasSize(1);
        assertThat(Path.of("~")).as("no folder named ~ in the working directory").doesNotExist();
        assertThat(cli.run("", "--help").out().replaceAll("\\s+", " ")).contains("A leading ~/ stands for your home folder");
    }

    @Test
    void aCorruptImportFileGetsAClearMessageAndChangesNothing() throws IOException {
        var cli = new CliRun(home);
        cli.run("An answer.\n\n\n");
        Path before = home.resolve("before.json");
        assertThat(cli.run("", "export", before.toString()).code()).isZero();
        Path corrupt = home.resolve("corrupt.json");
        Files.writeString(corrupt, Files.readString(before).substring(0, 200));
        var result = cli.run("", "--learner", "bob", "import", corrupt.toString());
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("is not a readable learner export", "Nothing was changed");
        Path after = home.resolve("after.json");
        cli.run("", "export", after.toString());
        assertThat(Files.readString(after)).isEqualTo(Files.readString(before));
    }

    @Test
    void aBadProfileValueIsRefusedWithExitCodeTwoAndTheProfileStays() {
        var cli = new CliRun(home);
        assertThat(cli.run("", "profile", "--role", "backend developer").code()).isZero();
        var result = cli.run("", "profile", "--interview-date", "next tuesday");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("YYYY-MM-DD");
        assertThat(CliRun.state(cli.db(), "ada", "backend").orElseThrow().profile().targetRole()).contains("backend developer");
        var past = cli.run("", "profile", "--interview-date", "2020-01-01");
        assertThat(past.code()).isEqualTo(2);
        assertThat(past.err()).contains("has passed");
        assertThat(CliRun.state(cli.db(), "ada", "backend").orElseThrow().profile().interviewDate()).isEmpty();
    }

    @Test
    void anUnknownConceptToPractiseIsNamedWithTheKnownOnes() {
        var result = new CliRun(home).run("", "practice", "--concept", "kubernetes");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown concept 'kubernetes'", "http", "caching");
    }

    @Test
    void aDatabaseAnotherProgramHoldsLockedGetsAClearMessageAndLosesNothing() throws Exception {
        var cli = new CliRun(home);
        cli.run("An answer.\n\n\n");
        try (var other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cli.db());
                var statement = other.createStatement()) {
            statement.execute("PRAGMA locking_mode = EXCLUSIVE");
            statement.execute("BEGIN EXCLUSIVE");
            var result = cli.run("Another answer.\n\n\n");
            assertThat(result.code()).isEqualTo(1);
            assertThat(result.err()).containsAnyOf("Cannot open the coach database", "The coach stopped");
            assertThat(result.err()).doesNotContain("Exception in thread");
            statement.execute("ROLLBACK");
        }
        assertThat(CliRun.attempts(cli.db(), "ada")).extracting(a -> a.answer().text()).containsExactly("An answer.");
    }
}
