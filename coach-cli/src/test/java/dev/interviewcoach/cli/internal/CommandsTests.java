package dev.interviewcoach.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The subcommands: profile, practice focus, report, export, import, delete, content check and the demo. */
class CommandsTests {
    /** A company challenge in a content folder: {@code ID} and {@code CONCEPT} to fill in. */
    /** A variant's manifest over the shipped track, without its documents. */
    private static final String ACME_MANIFEST = """
            id: acme
            title: Acme
            version: 1.0.0
            description: Acme's own questions.
            base: backend
            """;
    private static final String ACME_CHALLENGE = """
            challenges:
              - id: http.define.acme-ID
                concept: CONCEPT
                rung: DEFINE
                topic: http.idempotency
                prompt: What does our payment API do with a repeated request?
                rubric:
                  criteria:
                    - id: dedupe
                      weight: 1
                      description: Deduplicates by the idempotency key.
                      evidence: [[idempotency key, dedupe key]]
                misconceptions:
                  - id: twice
                    shows: Charges twice.
                    evidence: [[charges twice]]
                    correction: The key makes the second request return the first result.
                referenceAnswer: It looks up the idempotency key and returns the first result.
                hints:
                  - Think of the key.
                  - What does the second request find?
                samples:
                  - { kind: strong, text: It returns the stored result for the same idempotency key. }
                  - { kind: partial, text: It uses a key. }
                  - { kind: weak, text: It handles it. }
                  - { kind: misconception, misconception: twice, text: It charges twice. }
                  - { kind: keyword-stuffed, text: idempotency key dedupe }
                  - { kind: echo, text: It does something with a repeated request. }
            """;

    @TempDir
    Path home;

    @Test
    void theProfileIsStoredWithTheLearnerAndShown() {
        var cli = new CliRun(home);
        var result = cli.run("", "profile", "--role", "junior backend developer", "--interview-date", "2027-01-15",
                "--session-length", "25", "--pressure", "off", "--variant", "backend-go");
        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("Profile saved.", "junior backend developer", "2027-01-15", "25 minutes",
                "pressure:        off", "backend-go");
        var profile = CliRun.state(cli.db(), "ada", "backend-go").orElseThrow().profile();
        assertThat(profile.interviewDate()).contains(LocalDate.of(2027, 1, 15));
        assertThat(profile.pressure()).isFalse();
        assertThat(CliRun.state(cli.db(), "ada", "backend").orElseThrow().profile().trackVariant()).contains("backend-go");
    }

    @Test
    void settingsGivenWithAVariantAreKeptOnTheVariantThatLaterRunsStartOn() {
        var cli = new CliRun(home);
        var set = cli.run("", "--learner", "gouser", "profile", "--variant", "backend-go", "--role",
                "junior backend developer", "--interview-date", "2026-12-20", "--session-length", "30");
        assertThat(set.code()).isZero();
        assertThat(set.out()).contains("Profile saved.", "Profile · gouser on backend-go\n");

        var shown = cli.run("", "--learner", "gouser", "profile");
        assertThat(shown.out()).doesNotContain("Profile saved.").contains("Profile · gouser on backend-go\n",
                "role:            junior backend developer", "variant:         backend-go",
                "interview date:  2026-12-20", "session length:  30 minutes");
    }

    @Test
    void aVariantThatDiffersFromTheTrackOfTheRunIsRefusedAndChangesNothing() {
        var cli = new CliRun(home);
        var result = cli.run("", "--track", "backend", "profile", "--variant", "backend-go", "--role", "dev");
        assertThat(result.code()).isEqualTo(CliFailure.USAGE);
        assertThat(result.err()).contains("--track backend and --variant backend-go name different tracks",
                "Nothing was changed.");
        assertThat(CliRun.state(cli.db(), "ada", "backend")).isEmpty();
        assertThat(CliRun.state(cli.db(), "ada", "backend-go")).isEmpty();
    }

    @Test
    void theVariantInTheProfileIsTheTrackOfLaterRuns() {
        var cli = new CliRun(home);
        cli.run("", "profile", "--variant", "backend-go");
        var result = cli.run(":quit\n");
        assertThat(result.out()).contains("on Backend Developer Interview (Go)");
    }

    @Test
    void aVariantInTheProfileThatIsNotInstalledHereIsSaidAndTheRunIsOnTheDefaultTrack() {
        var cli = new CliRun(home);
        cli.run("", "profile", "--role", "dev");
        try (var store = dev.interviewcoach.store.jdbc.JdbcMemoryStores.sqlite(cli.db())) {
            var coach = dev.interviewcoach.core.Coach.builder().tracks(CliRun.TRACKS).memoryStore(store)
                    .clock(CliRun.CLOCK).build();
            coach.session(dev.interviewcoach.api.LearnerId.of("ada"), "backend")
                    .updateProfile(p -> p.withTrackVariant("backend-cobol"));
        }
        var result = cli.run(":quit\n");
        assertThat(result.code()).isZero();
        assertThat(result.err()).contains("The profile names the track 'backend-cobol', which is not installed here",
                "profile --variant ID");
        assertThat(result.out()).contains("on Backend Developer Interview");
        var changed = cli.run("", "profile", "--variant", "backend-go");
        assertThat(changed.code()).isZero();
        assertThat(CliRun.state(cli.db(), "ada", "backend").orElseThrow().profile().trackVariant()).contains("backend-go");
    }

    @Test
    void practiceWithAConceptStoresTheFocusInTheProfileAndPracticeWithoutClearsItAndSaysSo() {
        var cli = new CliRun(home);
        var result = cli.run(":quit\n", "practice", "--concept", "caching", "--topic", "http.idempotency");
        assertThat(result.out()).contains("Focus: caching, http.idempotency");
        var profile = CliRun.state(cli.db(), "ada", "backend").orElseThrow().profile();
        assertThat(profile.focusConceptIds()).containsExactly("caching");
        assertThat(profile.focusTopicIds()).containsExactly("http.idempotency");
        var cleared = cli.run(":quit\n", "practice");
        assertThat(CliRun.state(cli.db(), "ada", "backend").orElseThrow().profile().focusConceptIds()).isEmpty();
        assertThat(cleared.out()).as("clearing the focus is said, not done silently")
                .contains("Focus cleared (it was caching, http.idempotency)");
        assertThat(cli.run(":quit\n", "practice").out()).doesNotContain("Focus cleared");
    }

    @Test
    void theReportDrawsTheMapAndWritesJsonAndHtml() throws IOException {
        var cli = new CliRun(home);
        cli.run("GET is safe, PUT is idempotent.\n\n\n:quit\n");
        var map = cli.run("", "report");
        assertThat(map.code()).isZero();
        assertThat(map.out()).contains("Readiness · ada", "DEFINE", "PRESSURE", "HTTP and web fundamentals", "Caching");
        var json = cli.run("", "report", "--json");
        assertThat(json.out().strip()).startsWith("{").endsWith("}").contains("\"learnerId\"");
        Path html = home.resolve("report.html");
        var written = cli.run("", "report", "--html", html.toString());
        assertThat(written.out()).contains("Report written to");
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("id=\"readiness-map\"");
    }

    @Test
    void theHtmlReportKeepsAnExistingFileUnlessForceIsGivenAsExportDoes() throws IOException {
        var cli = new CliRun(home);
        cli.run("GET is safe, PUT is idempotent.\n\n\n:quit\n");
        Path html = Files.writeString(home.resolve("report.html"), "mine");

        var refused = cli.run("", "report", "--html", html.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).as("one line of its own on standard error").isEqualTo(html + " already exists; name a "
                + "new file, or pass --force to replace it. Nothing was written." + System.lineSeparator());
        assertThat(refused.out()).as("refused before anything is printed").isEmpty();
        assertThat(Files.readString(html)).isEqualTo("mine");

        var forced = cli.run("", "report", "--html", html.toString(), "--force");
        assertThat(forced.code()).isZero();
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>");
        assertThat(cli.run("", "report", "--help").out()).contains("--force");
    }

    @Test
    void reportHtmlWritesTheFileAndPrintsOnlyTheLineThatSaysWhereInsteadOfTheMap() throws IOException {
        var cli = new CliRun(home);
        cli.run("GET is safe, PUT is idempotent.\n\n\n:quit\n");
        Path html = home.resolve("report.html");

        var written = cli.run("", "report", "--html", html.toString());

        assertThat(written.code()).isZero();
        assertThat(written.out()).isEqualTo("Report written to " + html.toAbsolutePath() + System.lineSeparator());
        assertThat(written.err()).isEmpty();
        assertThat(Files.readString(html)).contains("id=\"readiness-map\"");
        assertThat(cli.run("", "report", "--help").out()).contains("instead of printing the map");
    }

    @Test
    void theHtmlReportIntoAFolderSaysItIsAFolderAndNamesNoTemporaryFile() throws IOException {
        var cli = new CliRun(home);
        cli.run("GET is safe, PUT is idempotent.\n\n\n:quit\n");
        Path folder = Files.createDirectories(home.resolve("reports"));
        for (var force : new String[][] {{}, {"--force"}}) {
            var args = new java.util.ArrayList<>(java.util.List.of("report", "--html", folder.toString()));
            args.addAll(java.util.List.of(force));
            var result = cli.run("", args.toArray(String[]::new));
            assertThat(result.code()).isEqualTo(1);
            assertThat(result.err()).contains(folder + " is a folder; name a file").doesNotContain(".tmp");
        }
        try (var left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void theReportAndProfileOfALearnerWhoNeverAnsweredSaySoInOneLine() {
        var cli = new CliRun(home);
        cli.run("GET is safe, PUT is idempotent.\n\n\n:quit\n");
        String note = "No learner named ghost has answered in " + cli.db() + " yet";

        for (var command : new String[] {"report", "profile"}) {
            var ghost = cli.run("", "--learner", "ghost", command);
            assertThat(ghost.code()).as(command).isZero();
            assertThat(ghost.out().replaceAll("\\s+", " ")).as(command).contains(note, "check --learner");
            assertThat(cli.run("", command).all()).as(command + " of a learner who answered").doesNotContain("No learner named");
        }
        var json = cli.run("", "--learner", "ghost", "report", "--json");
        assertThat(json.out().strip()).as("the JSON stays alone on standard output").startsWith("{").endsWith("}");
        assertThat(json.err()).contains(note);
        assertThat(cli.run("", "--learner", "ADA", "report").out().replaceAll("\\s+", " "))
                .as("the same name in another case, which has answered").contains("did you mean --learner ada?");
        cli.run("", "--learner", "newcomer", "profile", "--interview-date", "2026-12-20");
        assertThat(cli.run("", "--learner", "newcomer", "profile").all())
                .as("a learner who saved a profile is known, answers or not").doesNotContain("No learner named");
    }

    @Test
    void theReportOfALearnerWithoutADatabaseSaysHowToStart() {
        var cli = new CliRun(home);
        var result = cli.run("", "report");
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("There is no coach data", "run `coach` to start");
        assertThat(cli.db()).doesNotExist();
    }

    @Test
    void anExportImportsIntoAnotherDatabaseWholeAndDeleteRemovesTheLearner() throws IOException {
        var cli = new CliRun(home);
        cli.run("First answer.\n\n\nSecond answer.\n\n\n:quit\n");
        Path file = home.resolve("ada.json");
        assertThat(cli.run("", "export", file.toString()).out()).contains("Exported ada", "2 answers");
        assertThat(cli.run("", "export", file.toString()).err()).contains("already exists");
        Path other = home.resolve("other.db");
        var imported = cli.run("", "--db", other.toString(), "import", file.toString());
        assertThat(imported.code()).isZero();
        assertThat(CliRun.attempts(other, "ada")).extracting(a -> a.answer().text())
                .containsExactly("First answer.", "Second answer.");
        assertThat(cli.run("", "--db", other.toString(), "import", file.toString()).err()).contains("already has data")
                .as("the way out names the database it is about").contains("coach --db " + other + " --learner ada delete");
        assertThat(cli.run("", "--db", home.resolve("third.db").toString(), "--learner", "bob", "import", file.toString())
                .err()).contains("holds learner ada, not bob");
        assertThat(cli.run("", "--learner", "ghost", "export", home.resolve("ghost.json").toString()).err())
                .contains("Nothing is kept about learner ghost");
        assertThat(home.resolve("ghost.json")).doesNotExist();
        var refused = cli.run("nobody\n", "delete");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(CliRun.attempts(cli.db(), "ada")).hasSize(2);
        var deleted = cli.run("ada\n", "delete");
        assertThat(deleted.out()).contains("Deleted ada.");
        assertThat(CliRun.attempts(cli.db(), "ada")).isEmpty();
    }

    @Test
    void contentCheckAcceptsTheShippedTrackAndReportsEveryBrokenDocumentWithItsPlace() throws IOException {
        Path shipped = Path.of("../coach-content-backend/src/main/resources/dev/interviewcoach/content/backend/backend");
        var ok = new CliRun(home).run("", "content", "check", shipped.toString());
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).contains("OK: track 'backend'", "concepts", "challenges");
        assertThat(ok.out()).as("a folder whose track has a shipped track's id would replace it with --content")
                .contains("warning: track 'backend' has the id of a shipped track");
        assertThat(ok.out()).as("every concept has at least two questions on every rung").doesNotContain("single challenge");

        Path dir = home.resolve("acme");
        Files.createDirectories(dir.resolve("http"));
        Files.writeString(dir.resolve("track.yaml"), """
                id: acme
                title: Acme
                version: 1.0.0
                description: Acme's own questions.
                base: backend
                documents:
                  - http/one.yaml
                  - http/two.yaml
                """);
        Files.writeString(dir.resolve("http/one.yaml"), ACME_CHALLENGE.replace("ID", "one").replace("CONCEPT", "http")
                .replace("    prompt:", "    promt:"));
        Files.writeString(dir.resolve("http/two.yaml"), ACME_CHALLENGE.replace("http.define.acme-ID", "nowhere.define.acme-two")
                .replace("CONCEPT", "nowhere"));
        var broken = new CliRun(home).run("", "content", "check", dir.toString());
        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.out()).contains(dir.resolve("http/one.yaml") + ":6:5 at challenges[0].promt: unknown field `promt`; "
                        + "did you mean `prompt`?")
                .contains(dir.resolve("http/two.yaml") + ":3:14 at challenges[0].concept: no concept 'nowhere' in the track")
                .contains("2 errors in " + dir);
    }

    @Test
    void contentCheckReadsACommentedIdAfterAByteOrderMarkAndWarnsWhereTheRubricGraderMisreadsTheOwnExamples()
            throws IOException {
        Path dir = Files.createDirectories(home.resolve("acme").resolve("http"));
        Files.writeString(dir.getParent().resolve("track.yaml"), "\uFEFF" + """
                id: acme   # lowercase, digits and dashes
                title: Acme
                version: 1.0.0
                description: Acme's own questions.
                base: backend
                documents: [http/one.yaml]
                """);
        // a misconception whose evidence its own correction says, and a "strong" sample that is not
        Files.writeString(dir.resolve("one.yaml"), ACME_CHALLENGE.replace("ID", "one").replace("CONCEPT", "http")
                .replace("evidence: [[charges twice]]", "evidence: [[second request]]")
                .replace("The key makes the second request return the first result.",
                        "The second request finds the key and returns the first result.")
                .replace("It returns the stored result for the same idempotency key.", "It is about bananas.")
                .replace("text: It charges twice.", "text: The second request charges the card again."));
        var result = new CliRun(home).run("", "content", "check", dir.getParent().toString());
        assertThat(result.code()).as(result.out()).isZero();
        var tried = new CliRun(home).run(":quit\n", "--content", dir.getParent().toString(), "--track", "acme");
        assertThat(tried.code()).as(tried.out() + tried.err()).isZero();
        assertThat(tried.out()).as("the folder's track, run in the terminal program").contains("on Acme", "Question 1");
        // each warning at its file, line, column and field, as an error is; the misconception's quoting what matched
        assertThat(result.out()).contains("OK: track 'acme'")
                .contains("warning: " + dir.resolve("one.yaml") + ":23:9 at challenges[0].samples[0]: challenge "
                        + "'http.define.acme-one' sample 0 (strong) scored")
                .contains("warning: " + dir.resolve("one.yaml") + ":16:21 at challenges[0].misconceptions[0].evidence[0][0]: "
                        + "challenge 'http.define.acme-one': misconception 'twice' fires on its own correction, so an answer "
                        + "that says the right thing is marked wrong: its phrase 'second request' matches 'second request' "
                        + "in the correction; narrow its evidence");
    }

    /** Writes the Acme track (one http challenge) into the folder; returns its http folder. */
    private static Path acmeTrack(Path folder) throws IOException {
        Path http = Files.createDirectories(folder.resolve("http"));
        Files.writeString(folder.resolve("track.yaml"), ACME_MANIFEST + "documents: [http/one.yaml]\n");
        Files.writeString(http.resolve("one.yaml"), ACME_CHALLENGE.replace("ID", "one").replace("CONCEPT", "http"));
        return http;
    }

    @Test
    void aFolderOfTrackFoldersIsCheckedAndServedTrackByTrackUnderTheIdsInTheirManifests() throws IOException {
        Path root = home.resolve("content");
        Path acme = acmeTrack(root.resolve("b8"));
        // a second track, built on the first from the same folder
        Path team = Files.createDirectories(root.resolve("team"));
        Files.writeString(team.resolve("track.yaml"), """
                id: acme-team
                title: Acme's team
                version: 1.0.0
                base: acme
                retire: [http.define.cors]
                documents: []
                """);

        var checked = new CliRun(home).run("", "content", "check", root.toString());
        var run = new CliRun(home).run(":quit\n", "--content", root.toString(), "--track", "acme");
        var teamRun = new CliRun(home).run(":quit\n", "--content", root.toString(), "--track", "acme-team");

        assertThat(checked.code()).as(checked.out()).isZero();
        assertThat(checked.out()).contains("OK: track 'acme' in " + acme.getParent() + ": ",
                "OK: track 'acme-team' in " + team + ": ").doesNotContain("differs from the track id");
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("on Acme", "Question 1");
        assertThat(teamRun.code()).as(teamRun.out() + teamRun.err()).isZero();
        assertThat(teamRun.out()).contains("on Acme's team", "Question 1");
    }

    @Test
    void aFolderOfTrackFoldersWithABrokenTrackFailsTheCheckAndDoesNotRunNamingThatTracksFolder() throws IOException {
        Path root = home.resolve("content");
        Path good = acmeTrack(root.resolve("good"));
        Path broken = Files.createDirectories(root.resolve("broken"));
        Files.writeString(broken.resolve("track.yaml"), ACME_MANIFEST.replace("id: acme", "id: acme-broken")
                + "documents: [missing.yaml]\n");

        var checked = new CliRun(home).run("", "content", "check", root.toString());
        var run = new CliRun(home).run(":quit\n", "--content", root.toString(), "--track", "acme");

        assertThat(checked.code()).isEqualTo(1);
        assertThat(checked.out()).contains(broken.resolve("track.yaml") + ":6:13 at documents[0]: document 'missing.yaml' "
                + "cannot be opened", "1 error in " + broken, "OK: track 'acme' in " + good.getParent());
        assertThat(run.code()).as("failed, as the check does: the command line is right, the folder is not").isEqualTo(1);
        assertThat(run.err()).contains("The track 'acme-broken' in " + broken + " has 1 problem, so it does not run");
        assertThat(run.out()).doesNotContain("Question 1");
    }

    @Test
    void aFolderWithoutAnyTrackIsRefusedNamingBothPlacesLookedAt() throws IOException {
        Path root = Files.createDirectories(home.resolve("content").resolve("notes")).getParent();

        var checked = new CliRun(home).run("", "content", "check", root.toString());
        var run = new CliRun(home).run(":quit\n", "--content", root.toString(), "--track", "acme");

        String expected = "neither " + root.resolve("track.yaml") + " nor any " + root.resolve("*").resolve("track.yaml")
                + " exists";
        assertThat(checked.code()).isEqualTo(1);
        assertThat(checked.err()).contains(expected);
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains(expected);
    }

    /** The manifest of a track of one concept, {@code queues}, with the documents it lists. */
    private static final String QUEUES_MANIFEST = """
            id: mini
            title: Mini
            version: 0.1.0
            description: One concept.
            concepts:
              - id: queues
                title: Queues
                order: 1
                topics:
                  - id: queues.delivery
                    title: Delivery
            """;

    /** A challenge on {@code queues} at a rung, with what that rung needs (a scenario, constraints, a clock). */
    private static String queuesChallenge(String rung, String slug) {
        String needs = switch (rung) {
            case "DEBUG" -> "    scenario: Messages arrive twice after a consumer restarts.\n";
            case "DESIGN" -> "    scenario: Orders are placed through a queue.\n    constraints: [one charge per order]\n";
            case "PRESSURE" -> "    timeLimitSeconds: 90\n    wordBudget: 120\n";
            default -> "";
        };
        return ACME_CHALLENGE.replace("http.define.acme-ID", "queues." + rung.toLowerCase(java.util.Locale.ROOT) + "." + slug)
                .replace("CONCEPT", "queues").replace("rung: DEFINE", "rung: " + rung)
                .replace("topic: http.idempotency", "topic: queues.delivery").replace("    rubric:\n", needs + "    rubric:\n");
    }

    /** A track of one concept in {@code dir}: one document per challenge, {@code rung/slug.yaml}. */
    private static void queuesTrack(Path dir, String... rungSlugs) throws IOException {
        var documents = new java.util.ArrayList<String>();
        for (String rungSlug : rungSlugs) {
            String[] parts = rungSlug.split("/");
            String document = "queues/" + parts[0].toLowerCase(java.util.Locale.ROOT) + "-" + parts[1] + ".yaml";
            Files.createDirectories(dir.resolve("queues"));
            Files.writeString(dir.resolve(document), queuesChallenge(parts[0], parts[1]));
            documents.add(document);
        }
        Files.writeString(dir.resolve("track.yaml"), QUEUES_MANIFEST + "documents: [" + String.join(", ", documents) + "]\n");
    }

    @Test
    void aDuplicateChallengeIdNamesBothPlacesAsFilesAndTheSummarySaysOneConceptInTheSingular() throws IOException {
        Path dir = home.resolve("content").resolve("mq");
        queuesTrack(dir, "DEFINE/one", "TRADEOFFS/one", "DEBUG/one", "DESIGN/one", "PRESSURE/one", "DEFINE/two");
        var clean = new CliRun(home).run("", "content", "check", dir.toString());
        Files.writeString(dir.resolve("queues/define-two.yaml"), queuesChallenge("DEFINE", "one"));

        var duplicate = new CliRun(home).run("", "content", "check", dir.getParent().toString());

        assertThat(clean.code()).as(clean.out()).isZero();
        assertThat(clean.out()).contains("OK: track 'mini' in " + dir + ": 1 concept, 6 challenges, 0 boss challenges");
        assertThat(duplicate.code()).isEqualTo(1);
        assertThat(duplicate.out()).contains(dir.resolve("queues/define-two.yaml") + ":2:9 at challenges[0].id: duplicate "
                + "challenge id 'queues.define.one' (first in " + dir.resolve("queues/define-one.yaml") + ":2:9)")
                .contains("1 error in " + dir);
    }

    @Test
    void aRungWithASingleChallengeIsAWarningNamingConceptAndRungAndTheCheckStillPasses() throws IOException {
        Path dir = home.resolve("mq");
        queuesTrack(dir, "DEFINE/one", "DEFINE/two", "TRADEOFFS/one", "TRADEOFFS/two", "DEBUG/one", "DEBUG/two",
                "DESIGN/one", "PRESSURE/one", "PRESSURE/two");

        var result = new CliRun(home).run("", "content", "check", dir.toString());

        assertThat(result.code()).as(result.out()).isZero();
        assertThat(result.out()).contains("warning: " + dir.resolve("queues/design-one.yaml") + ":2:5 at challenges[0]: "
                + "concept 'queues' has a single challenge at DESIGN ('queues.design.one'), "
                + "so a learner working on that rung is asked it again and again").contains("OK: track 'mini'");
        assertThat(result.out().lines().filter(l -> l.contains("has a single challenge"))).hasSize(1);
    }

    @Test
    void aStrongSampleThatCopiesTheReferenceAnswerIsAWarningNamingChallengeAndKind() throws IOException {
        Path dir = Files.createDirectories(home.resolve("acme").resolve("http"));
        Files.writeString(dir.getParent().resolve("track.yaml"), ACME_MANIFEST + "documents: [http/one.yaml]\n");
        String reference = "It looks up the idempotency key of the request and returns the result stored for the first one.";
        Files.writeString(dir.resolve("one.yaml"), ACME_CHALLENGE.replace("ID", "one").replace("CONCEPT", "http")
                .replace("It looks up the idempotency key and returns the first result.", reference)
                .replace("It returns the stored result for the same idempotency key.", reference)
                .replace("text: It does something with a repeated request.", "text: " + reference));

        var result = new CliRun(home).run("", "content", "check", dir.getParent().toString());

        assertThat(result.code()).as(result.out()).isZero();
        assertThat(result.out()).contains("warning: " + dir.resolve("one.yaml") + ":23:9 at challenges[0].samples[0]: "
                + "challenge 'http.define.acme-one' sample 0 (strong) is refused as a "
                + "copy when a learner submits it (this answer repeats the reference answer the coach has for this question)")
                .as("an echo sample is meant to repeat").doesNotContain("sample 5 (echo) is refused");
    }

    @Test
    void aTrackTheContentCheckRefusesDoesNotRunAndTheRunSaysWhy() throws IOException {
        Path dir = Files.createDirectories(home.resolve("mini").resolve("queues"));
        Files.writeString(dir.getParent().resolve("track.yaml"), QUEUES_MANIFEST + "documents: [queues/define.yaml]\n");
        Files.writeString(dir.resolve("define.yaml"), ACME_CHALLENGE.replace("http.define.acme-ID", "queues.define.acme-one")
                .replace("CONCEPT", "queues").replace("topic: http.idempotency", "topic: queues.delivery"));
        var result = new CliRun(home).run(":quit\n", "--content", dir.getParent().toString(), "--track", "mini");
        assertThat(result.code()).isEqualTo(1);
        assertThat(new CliRun(home).run("", "--help").out().replaceAll("\\s+", " ")).as("as --help says")
                .contains("1 failed or refused, with a message: e.g. a file that exists, a --content folder with errors")
                .contains("2 bad usage: an unknown command, option, track");
        assertThat(result.err()).contains("has 1 problem, so it does not run", "concept 'queues' has no challenge at",
                "content check");
        assertThat(result.out()).doesNotContain("Question 1");
    }

    @Test
    void aVariantsCheckWarnsAboutTheChallengesItAddsNotAboutItsBasesOwn() throws IOException {
        Path dir = Files.createDirectories(home.resolve("acme").resolve("http"));
        Files.writeString(dir.getParent().resolve("track.yaml"), ACME_MANIFEST + "documents: [http/one.yaml]\n");
        Files.writeString(dir.resolve("one.yaml"), ACME_CHALLENGE.replace("ID", "one").replace("CONCEPT", "http")
                .replace("It returns the stored result for the same idempotency key.", "It is about bananas."));
        var variant = new CliRun(home).run("", "content", "check", dir.getParent().toString());
        Path shipped = Path.of("../coach-content-backend/src/main/resources/dev/interviewcoach/content/backend/backend");
        var base = new CliRun(home).run("", "content", "check", shipped.toString());

        assertThat(variant.code()).as(variant.out()).isZero();
        assertThat(variant.out()).contains("warning: " + dir.resolve("one.yaml") + ":23:9 at challenges[0].samples[0]: "
                + "challenge 'http.define.acme-one'");
        var baseWarnings = challengeWarnings(base.out());
        assertThat(baseWarnings).as("the shipped track's own warnings, which its variant's check leaves out").isNotEmpty();
        assertThat(challengeWarnings(variant.out())).doesNotContainAnyElementsOf(baseWarnings);
    }

    /** The messages of the warnings on challenges, without their places. */
    private static java.util.List<String> challengeWarnings(String out) {
        return out.lines().filter(l -> l.startsWith("warning: ") && l.contains(": challenge '"))
                .map(l -> l.substring(l.indexOf(": challenge '") + 2)).toList();
    }

    @Test
    void contentCheckWarnsAboutADocumentLeftOutOfTheManifestAndATopicNoChallengeIsAbout() throws IOException {
        Path dir = Files.createDirectories(home.resolve("acme").resolve("http"));
        Files.writeString(dir.getParent().resolve("track.yaml"), ACME_MANIFEST + """
                addTopics:
                  http:
                    - { id: http.acme-tracing, title: Tracing at Acme }
                documents: [http/one.yaml]
                """);
        Files.writeString(dir.resolve("one.yaml"), ACME_CHALLENGE.replace("ID", "one").replace("CONCEPT", "http"));
        Files.writeString(dir.resolve("two.yaml"), ACME_CHALLENGE.replace("ID", "two").replace("CONCEPT", "http"));

        var result = new CliRun(home).run("", "content", "check", dir.getParent().toString());

        assertThat(result.code()).as(result.out()).isZero();
        assertThat(result.out()).contains("warning: " + dir.resolve("two.yaml") + ": this document is not listed under "
                + "documents: in track.yaml").doesNotContain(dir.resolve("one.yaml") + ": this document")
                .contains("warning: topic 'http.acme-tracing' of concept 'http' has no challenge")
                .doesNotContain("topic 'http.idempotency'");
    }

    @Test
    void contentCheckPlacesABaseNoProviderSuppliesAtItsLineInTrackYaml() throws IOException {
        Path dir = Files.createDirectories(home.resolve("acme"));
        Files.writeString(dir.resolve("track.yaml"), "id: acme\ntitle: Acme\nversion: 1.0.0\nbase: backnd\ndocuments: []\n");
        var result = new CliRun(home).run("", "content", "check", dir.toString());
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.out()).contains(dir.resolve("track.yaml") + ":4:7 at base: no track 'backnd' to build on; "
                + "the tracks there are [").doesNotContain("TrackLoader.of");
    }

    @Test
    void contentCheckRefusesADocumentLinkedFromOutsideTheFolderWithoutQuotingIt() throws IOException {
        Path secret = Files.writeString(home.resolve("secret.txt"), "root:x:0:0:the secret line:/root:/bin/bash\n");
        Path dir = Files.createDirectories(home.resolve("acme"));
        Files.writeString(dir.resolve("track.yaml"), """
                id: acme
                title: Acme
                version: 1.0.0
                base: backend
                documents: [passwd.yaml]
                """);
        Files.createSymbolicLink(dir.resolve("passwd.yaml"), secret);

        var result = new CliRun(home).run("", "content", "check", dir.toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.out()).contains(dir.resolve("track.yaml") + ":5:13 at documents[0]: document 'passwd.yaml' cannot be "
                + "opened: passwd.yaml leads out of the track's folder (a symbolic link); refused").doesNotContain("secret");
    }

    @Test
    void theDemoWalksAScriptedCandidateThroughDiagnosisPracticeAndTheReport() {
        var result = new CliRun(home).run("", "demo");
        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("diagnosis: question 1", "The diagnosis is complete", "candidate (a good answer)",
                "candidate (a weak answer)", "candidate (an answer with a misconception)", "Readiness ·", "Demo done");
        assertThat(result.out()).as("the demo's own question does not wait for the person").doesNotContain("waits for you");
        assertThat(new CliRun(home).db()).doesNotExist();
    }

    @Test
    void theDemoDoesNotShowTheDiagnosticQuestionsANewcomersOwnDiagnosisAsks() {
        var out = new CliRun(home).run("", "demo").out().replaceAll("\\s+", " ");
        var newcomer = dev.interviewcoach.core.Coach.builder().tracks(CliRun.TRACKS).clock(CliRun.CLOCK).build()
                .session(dev.interviewcoach.api.LearnerId.of("newcomer"), "backend");
        var first = newcomer.next().orElseThrow();
        assertThat(first.reason()).isEqualTo(dev.interviewcoach.api.StepReason.DIAGNOSTIC);
        String prompt = first.challenge().prompt().text();
        assertThat(out).contains("The demo's diagnosis runs without showing its questions and answers")
                .doesNotContain(prompt.replaceAll("\\s+", " ").substring(0, Math.min(40, prompt.length())))
                .doesNotContain("candidate (a strong answer)");
    }

    @Test
    void aRunThatOpensOnAFollowUpShowsTheQuestionItFollowsWithItsScenario() {
        var cli = new CliRun(home);
        cli.run(":quit\n");
        dev.interviewcoach.core.Step step;
        try (var store = dev.interviewcoach.store.jdbc.JdbcMemoryStores.sqlite(cli.db())) {
            var session = dev.interviewcoach.core.Coach.builder().tracks(CliRun.TRACKS).memoryStore(store)
                    .clock(CliRun.CLOCK).build().session(dev.interviewcoach.api.LearnerId.of("ada"), "backend");
            step = session.next().orElseThrow();
            for (int i = 0; i < 60 && step.reason() != dev.interviewcoach.api.StepReason.FOLLOW_UP; i++) {
                session.submit(step.id(), dev.interviewcoach.api.Answer.of(step.reason()
                        == dev.interviewcoach.api.StepReason.DIAGNOSTIC ? "I am not sure, maybe a cache?"
                        : "It depends on the load, I would check the logs."));
                step = session.next().orElseThrow();
            }
        }
        assertThat(step.reason()).isEqualTo(dev.interviewcoach.api.StepReason.FOLLOW_UP);
        var original = CliRun.TRACKS.load("backend").challenge(FollowUpIds.of(step.challenge().id()).orElseThrow()
                .originalId()).orElseThrow();
        String out = cli.run(":quit\n").out().replaceAll("\\s+", " ");
        String prompt = original.prompt().text().strip().replaceAll("\\s+", " ");
        assertThat(out).contains("It follows up on this question, asked before:",
                prompt.substring(0, Math.min(60, prompt.length())));
    }

    @Test
    void aFirstRunOffersTheDemo() {
        var result = new CliRun(home).run(":quit\n");
        assertThat(result.out()).contains("`coach demo` shows a scripted candidate");
        assertThat(new CliRun(home).run(":quit\n").out()).doesNotContain("coach demo");
    }

    @Test
    void bossReviewAndDiagnoseSayWhatTheyWaitForWhenTheirStepIsNotNext() {
        var cli = new CliRun(home);
        var boss = cli.run("", "boss");
        assertThat(boss.code()).isZero();
        assertThat(boss.out()).contains("The boss question is not open yet: it comes after the diagnosis");
        assertThat(cli.run("", "review").out()).contains("No review is due now");
        assertThat(cli.run(":quit\n", "diagnose").out()).contains("diagnosis: question 1");
        assertThat(CliRun.attempts(cli.db(), "ada")).isEmpty();
    }

    @Test
    void reviewSaysADueReviewWaitsForTheOpenQuestionRatherThanNamingAPastDayAsTheNext() {
        var cli = new CliRun(home);
        cli.run(":quit\n");
        try (var store = dev.interviewcoach.store.jdbc.JdbcMemoryStores.sqlite(cli.db())) {
            var session = dev.interviewcoach.core.Coach.builder().tracks(CliRun.TRACKS).memoryStore(store)
                    .clock(CliRun.CLOCK).build().session(dev.interviewcoach.api.LearnerId.of("ada"), "backend");
            for (int i = 0; i < 25; i++) {
                var step = session.next().orElseThrow();
                session.submit(step.id(), dev.interviewcoach.api.Answer.of(step.challenge().samples().stream()
                        .filter(x -> x.kind() == dev.interviewcoach.api.SampleKind.STRONG)
                        .map(dev.interviewcoach.api.CalibrationSample::text).findFirst().orElse("I do not know")));
            }
            assertThat(session.pending()).hasValueSatisfying(p -> assertThat(p.reason()).isNotEqualTo(
                    dev.interviewcoach.api.StepReason.REVIEW));
        }
        cli.clock(java.time.Clock.fixed(CliRun.CLOCK.instant().plus(java.time.Duration.ofDays(90)), java.time.ZoneOffset.UTC));
        var out = cli.run("", "review").out();
        assertThat(out).contains("A review is due (since", "the question you have open comes first")
                .doesNotContain("the next one is due on");
    }

    @Test
    void reviewRefusesAWaitingTimedQuestionWithoutStartingItsClock() {
        var cli = new CliRun(home);
        cli.run(":quit\n");
        java.time.Instant shownAt;
        try (var store = dev.interviewcoach.store.jdbc.JdbcMemoryStores.sqlite(cli.db())) {
            var session = dev.interviewcoach.core.Coach.builder().tracks(CliRun.TRACKS).memoryStore(store)
                    .clock(CliRun.CLOCK).build().session(dev.interviewcoach.api.LearnerId.of("ada"), "backend");
            // answer until the step chosen with the answer, and not shown yet, is a timed one
            var step = session.next().orElseThrow();
            for (int i = 0; i < 40; i++) {
                var next = session.submit(step.id(), dev.interviewcoach.api.Answer.of(step.challenge().samples().stream()
                        .filter(x -> x.kind() == dev.interviewcoach.api.SampleKind.STRONG)
                        .map(dev.interviewcoach.api.CalibrationSample::text).findFirst().orElse("I do not know"))).next();
                step = next.orElseThrow();
                if (step.challenge().prompt().timeLimit().isPresent()) {
                    break;
                }
            }
            assertThat(step.challenge().prompt().timeLimit()).isPresent();
            shownAt = step.shownAt();
        }
        cli.clock(java.time.Clock.fixed(CliRun.CLOCK.instant().plus(java.time.Duration.ofMinutes(30)), java.time.ZoneOffset.UTC));
        var out = cli.run("", "review");
        assertThat(out.code()).isZero();
        try (var store = dev.interviewcoach.store.jdbc.JdbcMemoryStores.sqlite(cli.db())) {
            var state = dev.interviewcoach.core.Coach.builder().tracks(CliRun.TRACKS).memoryStore(store)
                    .clock(CliRun.CLOCK).build().session(dev.interviewcoach.api.LearnerId.of("ada"), "backend").state();
            assertThat(state.pendingStep().orElseThrow().shownAt()).as("its clock has not started").isEqualTo(shownAt);
        }
    }

    @Test
    void diagnoseAgainRestartsThePlacementAndKeepsTheEarlierAnswersAsHistory() {
        var cli = new CliRun(home);
        cli.run("It depends on the server, I think.\n\n\nNot sure about this one.\n\n\n:quit\n", "diagnose");
        assertThat(CliRun.attempts(cli.db(), "ada")).hasSize(2);
        var again = cli.run(":quit\n", "diagnose", "--again");
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("The diagnosis starts again", "diagnosis: question 1");
        assertThat(CliRun.attempts(cli.db(), "ada")).hasSize(2);
    }

    @Test
    void practiceHelpListsTheConceptIdsOfTheTrackWithTheirTitles() {
        var cli = new CliRun(home);
        var help = cli.run("", "practice", "--help");
        var go = cli.run("", "practice", "--help", "--track", "backend-go");

        assertThat(help.code()).isZero();
        for (var concept : CliRun.TRACKS.load("backend").concepts()) {
            assertThat(help.out()).containsPattern("(?m)^  " + java.util.regex.Pattern.quote(concept.id()) + " +"
                    + java.util.regex.Pattern.quote(concept.title()) + "$");
        }
        assertThat(help.out()).contains("Concepts (--concept ID) of Backend Developer Interview (backend");
        assertThat(go.out()).contains("Concepts (--concept ID) of " + CliRun.TRACKS.load("backend-go").title());
        assertThat(cli.db()).as("help opens no database").doesNotExist();
    }

    @Test
    void helpSaysTheTrackIdsComeFromTheShippedTracksAndAnyContentFolder() throws IOException {
        Path root = home.resolve("content");
        acmeTrack(root.resolve("acme"));

        var plain = new CliRun(home).run("", "--help").out().replaceAll("\\s+", " ");
        var withContent = new CliRun(home).run("", "--content", root.toString(), "--help").out().replaceAll("\\s+", " ");

        assertThat(plain).doesNotContain("The track: backend or backend-go")
                .contains("--track=ID The track, by its id: a shipped track's, or that in the track.yaml of a track in "
                        + "the --content folder")
                .contains("Tracks (--track ID): " + String.join(", ", new java.util.TreeSet<>(CliRun.TRACKS.trackIds()))
                        + ", shipped; with --content DIR, also the tracks in that folder");
        assertThat(withContent).contains("; acme, in " + root + " (--content)");
    }

    @Test
    void theReportOfALearnerTheStoreDoesNotKnowSaysSoAsProfileDoesInsteadOfDrawingAnEmptyMap() {
        var cli = new CliRun(home);
        cli.run("GET is safe, PUT is idempotent.\n\n\n:quit\n");
        assertThat(cli.run("ada\n", "delete").out()).contains("Deleted ada.");

        var report = cli.run("", "report");
        var profile = cli.run("", "profile");

        String note = "No learner named ada has answered in " + cli.db() + " yet";
        assertThat(report.code()).isZero();
        assertThat(report.out().replaceAll("\\s+", " ")).contains(note).doesNotContain("% ready", "Readiness ·", "DEFINE");
        assertThat(profile.out().replaceAll("\\s+", " ")).contains(note);
    }

    @Test
    void aQuestionChosenForAFocusThatWasClearedSinceSaysSoUnderItsWhy() {
        var cli = new CliRun(home);
        cli.run(":quit\n", "practice", "--concept", "rest");
        try (var store = dev.interviewcoach.store.jdbc.JdbcMemoryStores.sqlite(cli.db())) {
            var session = dev.interviewcoach.core.Coach.builder().tracks(CliRun.TRACKS).grader(new PassingGrader(0.9, 0.9))
                    .memoryStore(store).clock(CliRun.CLOCK).build().session(dev.interviewcoach.api.LearnerId.of("ada"),
                            "backend");
            var step = session.next().orElseThrow();
            for (int i = 0; i < 60 && !step.why().startsWith("Your focus: "); i++) {
                session.submit(step.id(), dev.interviewcoach.api.Answer.of("An answer."));
                step = session.next().orElseThrow();
            }
            assertThat(step.why()).startsWith("Your focus: REST and API design");
        }
        String note = "Your focus was cleared after this question was chosen for it";

        var focused = cli.run(":quit\n", "practice", "--concept", "rest").out().replaceAll("\\s+", " ");
        var cleared = cli.run(":quit\n", "practice").out().replaceAll("\\s+", " ");

        assertThat(focused).contains("Why: Your focus: REST and API design").doesNotContain(note);
        assertThat(cleared).contains("Focus cleared (it was rest)", "Why: Your focus: REST and API design", note);
        assertThat(cleared.indexOf(note)).isGreaterThan(cleared.indexOf("Why: Your focus:"));
    }
}
