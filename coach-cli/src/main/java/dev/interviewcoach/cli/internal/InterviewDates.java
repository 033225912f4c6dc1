package dev.interviewcoach.cli.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** An interview date as a candidate types it: `profile --interview-date` and the question after the diagnosis. */
final class InterviewDates {
    private InterviewDates() {}

    /**
     * The date typed, from today on.
     *
     * @param text what was typed, as YYYY-MM-DD
     * @param today the day, by the coach's clock
     * @return the date
     * @throws IllegalArgumentException saying why it cannot be used: not such a date, or already past
     */
    static LocalDate parse(String text, LocalDate today) {
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a date as YYYY-MM-DD (e.g. "
                    + today.plusDays(14) + ")", e);
        }
        if (date.isBefore(today)) {
            throw new IllegalArgumentException(date + " has passed (today is " + today + ")");
        }
        return date;
    }
}
