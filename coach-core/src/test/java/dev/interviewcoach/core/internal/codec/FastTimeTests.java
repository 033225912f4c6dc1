package dev.interviewcoach.core.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The fast date and instant readers agree with the JDK's parsers and leave every other shape to them. */
class FastTimeTests {
    private static final long YEAR_0 = LocalDate.of(0, 1, 1).toEpochDay() * 86_400L;
    private static final long YEAR_9999_END = LocalDate.of(10_000, 1, 1).toEpochDay() * 86_400L - 1;

    @Test
    void everyInstantWithAFourDigitYearReadsBackAsTheJdkWroteIt() {
        qt().withFixedSeed(20261203L).withExamples(5_000)
                .forAll(longs().between(YEAR_0, YEAR_9999_END), integers().between(0, 999_999_999))
                .checkAssert((seconds, nanos) -> {
                    Instant instant = Instant.ofEpochSecond(seconds, nanos);
                    assertThat(FastTime.instant(instant.toString())).isEqualTo(instant);
                });
    }

    @Test
    void everyDateWithAFourDigitYearReadsBackAsTheJdkWroteIt() {
        qt().withFixedSeed(20261203L).withExamples(5_000)
                .forAll(longs().between(LocalDate.of(0, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay()))
                .checkAssert(day -> assertThat(FastTime.localDate(LocalDate.ofEpochDay(day).toString()))
                        .isEqualTo(LocalDate.ofEpochDay(day)));
    }

    @Test
    void otherShapesAndInvalidValuesAreLeftToTheJdk() {
        assertThat(FastTime.localDate("2026-02-30")).isNull();
        assertThat(FastTime.localDate("2026-13-01")).isNull();
        assertThat(FastTime.localDate("+12026-01-01")).isNull();
        assertThat(FastTime.localDate("2026-1-01x")).isNull();
        assertThat(FastTime.instant("2026-01-01T24:00:00Z")).isNull();
        assertThat(FastTime.instant("2026-01-01T10:00:00.Z")).isNull();
        assertThat(FastTime.instant("2026-01-01T10:00:00+01:00")).isNull();
        assertThat(FastTime.instant("+12026-01-01T10:00:00Z")).isNull();
        assertThat(FastTime.instant("2026-01-01T10:00:60Z")).isNull();
    }
}
