package dev.interviewcoach.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Prompt;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An answer is read as a terminal delivers it: typed lines, a bracketed paste, a quit that keeps nothing silently. */
class AnswerReaderTests {
    private static AnswerReader.Result read(Input... inputs) {
        return new AnswerReader(new ScriptedConsole(inputs), CliRun.CLOCK, 65_536).read(Prompt.of("Why?"), List.of("a hint"));
    }

    @Test
    void aPasteEndingInALineBreakIsSentByTheTwoEntersThatFollowItAsTypingIs() {
        // JLine puts a bracketed paste into the line whole; the first Enter accepts it, the second sends it
        var result = read(Input.line("First paragraph.\n\nSecond paragraph.\n"), Input.line(""), Input.line(":quit"));
        assertThat(result).isInstanceOfSatisfying(AnswerReader.Answered.class,
                a -> assertThat(a.text()).isEqualTo("First paragraph.\n\nSecond paragraph."));
    }

    @Test
    void aQuestionShownEarlierCountsItsTimeFromWhenItWasShownAndOneFromTheFutureFromNow() {
        var shown = CliRun.CLOCK.instant().minusSeconds(40);
        var resumed = new AnswerReader(new ScriptedConsole(Input.line("An answer."), Input.end()), CliRun.CLOCK, 65_536)
                .read(Prompt.of("Why?"), List.of(), shown);
        assertThat(resumed).isInstanceOfSatisfying(AnswerReader.Answered.class,
                a -> assertThat(a.time()).isEqualTo(java.time.Duration.ofSeconds(40)));
        var ahead = new AnswerReader(new ScriptedConsole(Input.line("An answer."), Input.end()), CliRun.CLOCK, 65_536)
                .read(Prompt.of("Why?"), List.of(), CliRun.CLOCK.instant().plusSeconds(40));
        assertThat(ahead).isInstanceOfSatisfying(AnswerReader.Answered.class,
                a -> assertThat(a.time()).isZero());
    }

    @Test
    void typedLinesStillNeedAnEmptyLineTwice() {
        var result = read(Input.line("One line."), Input.line(""), Input.line("Another."), Input.line(""), Input.line(""));
        assertThat(result).isInstanceOfSatisfying(AnswerReader.Answered.class,
                a -> assertThat(a.text()).isEqualTo("One line.\n\nAnother."));
    }

    @Test
    void helpOnALineOfItsOwnExplainsTheCommandsAndKeepsWhatWasTyped() {
        var console = new ScriptedConsole(Input.line("First line."), Input.line(":help"), Input.line("Second line."),
                Input.line(""), Input.line(""));
        var result = new AnswerReader(console, CliRun.CLOCK, 65_536).read(Prompt.of("Why?"), List.of());
        assertThat(console.printed).singleElement().satisfies(p -> assertThat(p).contains(":hint", ":skip", ":quit"));
        assertThat(result).isInstanceOfSatisfying(AnswerReader.Answered.class,
                a -> assertThat(a.text()).isEqualTo("First line.\nSecond line."));
    }

    @Test
    void aHintTheQuestionCameWithIsNotShownAgainByHintNorCountedAsUsed() {
        var console = new ScriptedConsole(Input.line(":hint"), Input.line("An answer."), Input.line(""), Input.line(""));
        var result = new AnswerReader(console, CliRun.CLOCK, 65_536)
                .read(Prompt.of("Why?"), List.of("the free hint", "the next hint"), CliRun.CLOCK.instant(), 1);
        assertThat(console.printed).singleElement().satisfies(p -> assertThat(p).contains("Hint 2: the next hint")
                .doesNotContain("the free hint"));
        assertThat(result).isInstanceOfSatisfying(AnswerReader.Answered.class, a -> assertThat(a.hintsUsed()).isEqualTo(1));
        var none = new ScriptedConsole(Input.line(":hint"), Input.line("An answer."), Input.line(""), Input.line(""));
        new AnswerReader(none, CliRun.CLOCK, 65_536).read(Prompt.of("Why?"), List.of("the free hint"), CliRun.CLOCK.instant(), 1);
        assertThat(none.printed).singleElement().satisfies(p -> assertThat(p).contains("No more hints"));
        var without = new ScriptedConsole(Input.line(":hint"), Input.line("An answer."), Input.line(""), Input.line(""));
        var answered = new AnswerReader(without, CliRun.CLOCK, 65_536).read(Prompt.of("And the other point?"), List.of());
        assertThat(without.printed).singleElement().satisfies(p -> assertThat(p).contains("has no hints"));
        assertThat(answered).isInstanceOfSatisfying(AnswerReader.Answered.class, a -> assertThat(a.hintsUsed()).isZero());
    }

    @Test
    void aMistypedCommandIsNamedAndNotSentAsPartOfTheAnswerAndCommandsIgnoreCase() {
        var console = new ScriptedConsole(Input.line("First line."), Input.line(":hnit"), Input.line(""), Input.line(""));
        var result = new AnswerReader(console, CliRun.CLOCK, 65_536).read(Prompt.of("Why?"), List.of());
        assertThat(console.printed).singleElement().satisfies(p -> assertThat(p).contains("Unknown command :hnit"));
        assertThat(result).isInstanceOfSatisfying(AnswerReader.Answered.class,
                a -> assertThat(a.text()).isEqualTo("First line."));
        assertThat(read(Input.line("Half an answer,"), Input.line(":QUIT")))
                .isEqualTo(new AnswerReader.Quit(false, "Half an answer,"));
    }

    @Test
    void twoEmptyLinesBeforeAnyTextSayWhatToDoInsteadOfOnlyPromptingAgain() {
        var console = new ScriptedConsole(Input.line(""), Input.line(""), Input.line(":quit"));
        new AnswerReader(console, CliRun.CLOCK, 65_536).read(Prompt.of("Why?"), List.of());
        assertThat(console.printed).singleElement().satisfies(p -> assertThat(p).contains("Nothing typed yet"));
    }

    @Test
    void quitAndCtrlCHandBackWhatWasTypedAndNotSent() {
        assertThat(read(Input.line("Half an answer,"), Input.line(":quit")))
                .isEqualTo(new AnswerReader.Quit(false, "Half an answer,"));
        assertThat(read(Input.line("A line."), Input.interrupt("and half of")))
                .isEqualTo(new AnswerReader.Quit(true, "A line.\nand half of"));
        assertThat(read(Input.line(":quit"))).isEqualTo(new AnswerReader.Quit(false, ""));
    }

    @Test
    void anAnswerOverTheLimitIsHandedBackWholeUnlessALineOfItWasCutOrItIsFarOver() {
        var over = new AnswerReader(new ScriptedConsole(Input.line("0123456789"), Input.line("abcdefghij klm"), Input.line(""),
                Input.line("")), CliRun.CLOCK, 20).read(Prompt.of("Why?"), List.of());
        assertThat(over).isEqualTo(new AnswerReader.TooLarge(27, false, "0123456789\nabcdefghij klm"));
        var cut = new AnswerReader(new ScriptedConsole(Input.line("0123456789"), new Input(Input.Kind.LINE, "abc", false),
                Input.line(""), Input.line("")), CliRun.CLOCK, 20).read(Prompt.of("Why?"), List.of());
        assertThat(cut).isInstanceOfSatisfying(AnswerReader.TooLarge.class, t -> assertThat(t.text()).isEmpty());
        var far = new AnswerReader(new ScriptedConsole(Input.line("x".repeat(50)), Input.line("y".repeat(50)), Input.line(""),
                Input.line("")), CliRun.CLOCK, 20).read(Prompt.of("Why?"), List.of());
        assertThat(far).as("over four times the limit").isInstanceOfSatisfying(AnswerReader.TooLarge.class,
                t -> assertThat(t.text()).isEmpty());
        assertThat(new AnswerReader(new ScriptedConsole(Input.line("0123456789"), Input.line("abcdefghij klm"),
                Input.line(":quit")), CliRun.CLOCK, 20).read(Prompt.of("Why?"), List.of()))
                .as(":quit hands it back too").isEqualTo(new AnswerReader.Quit(false, "0123456789\nabcdefghij klm"));
    }
}
