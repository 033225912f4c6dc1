package dev.interviewcoach.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Wrapping keeps to the width and loses no word; colour only where the terminal takes it. */
class StyleTests {
    @Test
    void wrappedTextFitsTheWidthAndKeepsEveryWordInOrder() {
        qt().withFixedSeed(14L).forAll(
                lists().of(strings().basicLatinAlphabet().ofLengthBetween(1, 12)).ofSizeBetween(0, 60),
                integers().between(20, 120))
                .checkAssert((words, width) -> {
                    var clean = words.stream().map(w -> w.replaceAll("\\s", "x")).toList();
                    String wrapped = new Style(false, width).wrap(String.join(" ", clean), "  ");
                    assertThat(wrapped.lines()).allSatisfy(line -> assertThat(line.length()).isLessThan(width));
                    assertThat(Arrays.stream(wrapped.split("\\s+")).filter(w -> !w.isEmpty()).toList())
                            .isEqualTo(clean.stream().filter(w -> !w.isBlank()).toList());
                });
    }

    @Test
    void colouredWordsWrapByTheColumnsTheyTakeNotByTheirEscapeCodes() {
        var style = new Style(true, 40);
        String text = style.green("Met:") + " " + "word ".repeat(30).strip();
        assertThat(style.wrap(text, "  ").lines()).allSatisfy(line ->
                assertThat(Style.visibleLength(line)).isLessThan(40));
        assertThat(style.wrap(text, "  ").lines().findFirst().orElseThrow()).as("the first line is filled, not cut short")
                .satisfies(line -> assertThat(Style.visibleLength(line)).isGreaterThan(30));
    }

    @Test
    void wideCharactersTakeTwoColumnsAndCombiningMarksNoneSoWrappedLinesStillFitTheTerminal() {
        assertThat(Style.visibleLength("\u2705 done")).as("a check-mark emoji").isEqualTo(7);
        assertThat(Style.visibleLength("\u65e5\u672c")).as("two CJK characters").isEqualTo(4);
        assertThat(Style.visibleLength("\ud83d\ude00")).as("an emoji outside the BMP").isEqualTo(2);
        assertThat(Style.visibleLength("e\u0301")).as("e with a combining acute").isEqualTo(1);
        var style = new Style(false, 30);
        String text = "\u2705 cached \u274c stale ".repeat(8).strip();
        assertThat(style.wrap(text, "  ").lines()).allSatisfy(line ->
                assertThat(Style.visibleLength(line)).isLessThan(30));
    }

    @Test
    void linesLaidOutByHandKeepTheirSpacesWhileProseAroundThemIsWrapped() {
        String table = """
                Using the query result below, explain the bug.
                  id | title      | tags
                -----+------------+-------------
                   1 | Hello      | java,sql
                """;
        String wrapped = new Style(false, 30).wrap(table, "  ");
        assertThat(wrapped).contains("    id | title      | tags", "  -----+------------+-------------",
                "     1 | Hello      | java,sql");
        assertThat(wrapped.lines().findFirst().orElseThrow()).isEqualTo("  Using the query result");
    }

    @Test
    void aLongIndentedLogLineContinuesUnderItsIndentationInsteadOfAtTheFirstColumn() {
        String log = "    10:42:07 lb error=\"connection closed by target\" upstream=10.0.3.7:8080 status=502 path=/api/orders";
        String wrapped = new Style(false, 50).wrap("The load balancer logs:\n" + log, "  ");
        assertThat(wrapped.lines().skip(1)).hasSizeGreaterThan(1)
                .allSatisfy(line -> assertThat(line.length()).isLessThan(50))
                .allSatisfy(line -> assertThat(line).startsWith("      "));
        assertThat(wrapped.replaceAll("\\s+", " ").strip())
                .isEqualTo(("The load balancer logs: " + log).replaceAll("\\s+", " ").strip());
    }

    @Test
    void colourIsOnlyWrittenWhenTheStyleHasIt() {
        assertThat(new Style(true, 80).green("ok")).isEqualTo("\u001b[32mok\u001b[0m");
        assertThat(new Style(false, 80).green("ok")).isEqualTo("ok");
    }

    @Test
    void noColorOrAPipeTurnsColourOff() {
        var out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        var in = new ByteArrayInputStream(new byte[0]);
        var terminal = new CliEnv(in, out, out, Map.of(), Path.of("."), CliRun.CLOCK, () -> CliRun.TRACKS, true);
        var noColor = new CliEnv(in, out, out, Map.of("NO_COLOR", "1"), Path.of("."), CliRun.CLOCK, () -> CliRun.TRACKS, true);
        var pipe = new CliEnv(in, out, out, Map.of(), Path.of("."), CliRun.CLOCK, () -> CliRun.TRACKS, false);
        assertThat(terminal.noColor()).isFalse();
        assertThat(noColor.noColor()).isTrue();
        assertThat(pipe.noColor()).isTrue();
        assertThat(new CliRun(Path.of(".")).run("", "--help").out()).doesNotContain("\u001b[");
    }
}
