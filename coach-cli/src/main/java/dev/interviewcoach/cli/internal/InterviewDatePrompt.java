package dev.interviewcoach.cli.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The question at the end of the diagnosis of a candidate who has not given an interview date: the date
 * paces practice and reviews (the weakest concepts first, reviews aimed at the day), and a candidate
 * who never finds {@code profile --interview-date} would never get that pacing. Enter skips it.
 */
final class InterviewDatePrompt {
    /** How often a date that cannot be read, or has passed, is asked for again before the question is let go. */
    private static final int TRIES = 3;

    private InterviewDatePrompt() {}

    /**
     * Asks for the date and, given one from today on, sets it.
     *
     * @param console where to ask
     * @param today the day, by the coach's clock
     * @param set what sets the date in the learner's profile
     * @param later the command that sets it later, for the skip note
     * @return the date set, or empty when skipped
     */
    static Optional<LocalDate> offer(Console console, LocalDate today, Consumer<LocalDate> set, String later) {
        var style = console.style();
        console.println(style.wrap("When is your interview? Give its date (YYYY-MM-DD) and practice and reviews aim at "
                + "it: the weakest concepts first as it comes closer, and reviews due before it. Press Enter to skip; `"
                + later + "` sets it later.", ""));
        for (int tried = 0; tried < TRIES; tried++) {
            var input = console.readLine(s -> "interview date> ", false);
            if (input.kind() != Input.Kind.LINE || input.text().isBlank()) {
                return Optional.empty();
            }
            LocalDate date;
            try {
                date = InterviewDates.parse(input.text(), today);
            } catch (IllegalArgumentException e) {
                console.println(style.wrap(e.getMessage() + "; try again, or press Enter to skip.", ""));
                continue;
            }
            set.accept(date);
            long days = ChronoUnit.DAYS.between(today, date);
            console.println(style.wrap("Interview date set: " + date + (days == 0 ? ", today." : days == 1
                    ? ", tomorrow." : ", in " + days + " days.") + " Practice and reviews aim at it from now on.", ""));
            return Optional.of(date);
        }
        console.println(style.wrap("No date set; `" + later + "` sets it later.", ""));
        return Optional.empty();
    }
}
