package dev.interviewcoach.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** At the end of the diagnosis a candidate without an interview date is asked for it once; Enter skips. */
class InterviewDatePromptTests {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static Optional<LocalDate> offer(ScriptedConsole console, List<LocalDate> set) {
        return InterviewDatePrompt.offer(console, TODAY, set::add, "coach profile --interview-date=YYYY-MM-DD");
    }

    @Test
    void aDateFromTodayOnIsSetAndSaysHowFarAwayItIs() {
        var set = new ArrayList<LocalDate>();
        var console = new ScriptedConsole(100, Input.line(" 2026-12-12 "));
        assertThat(offer(console, set)).contains(LocalDate.of(2026, 12, 12));
        assertThat(set).containsExactly(LocalDate.of(2026, 12, 12));
        assertThat(String.join("\n", console.printed)).contains("Interview date set: 2026-12-12, in 5 days.");
    }

    @Test
    void enterOrTheEndOfInputSkipsItAndSetsNothing() {
        var set = new ArrayList<LocalDate>();
        assertThat(offer(new ScriptedConsole(100, Input.line("")), set)).isEmpty();
        assertThat(offer(new ScriptedConsole(100, Input.end()), set)).isEmpty();
        assertThat(set).isEmpty();
    }

    @Test
    void aDateThatCannotBeReadOrHasPassedIsAskedForAgainAndNeverSet() {
        var set = new ArrayList<LocalDate>();
        var console = new ScriptedConsole(100, Input.line("next friday"), Input.line("2026-12-01"), Input.line("2027-01-15"));
        assertThat(offer(console, set)).contains(LocalDate.of(2027, 1, 15));
        assertThat(set).containsExactly(LocalDate.of(2027, 1, 15));
        String printed = String.join("\n", console.printed);
        assertThat(printed).contains("'next friday' is not a date as YYYY-MM-DD").contains("2026-12-01 has passed");
    }

    @Test
    void afterThreeDatesItCannotUseItLetsTheQuestionGoAndSaysHowToSetItLater() {
        var set = new ArrayList<LocalDate>();
        var console = new ScriptedConsole(100, Input.line("soon"), Input.line("later"), Input.line("2020-01-01"),
                Input.line("An answer to the next question."));
        assertThat(offer(console, set)).isEmpty();
        assertThat(set).isEmpty();
        assertThat(console.printed.get(console.printed.size() - 1)).contains("No date set")
                .contains("coach profile --interview-date=YYYY-MM-DD");
    }
}
