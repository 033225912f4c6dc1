package dev.interviewcoach.api;

import java.util.Locale;

/**
 * The kinds of calibration sample a challenge carries, each with the band its score must fall in.
 *
 * @since 0.1
 */
public enum SampleKind {
    /** Covers every criterion in the candidate's own words. */
    STRONG(ScoreBand.closed(0.8, 1.0)),
    /** Gets part of the rubric right. */
    PARTIAL(ScoreBand.closed(0.35, 0.75)),
    /** A genuine but weak attempt. */
    WEAK(new ScoreBand(0.0, 0.35, false)),
    /** States a named misconception, which must be detected. */
    MISCONCEPTION(ScoreBand.closed(0.0, 0.5)),
    /** The right terms with no explanation. */
    KEYWORD_STUFFED(ScoreBand.closed(0.0, 0.3)),
    /** Restates the question without answering it. */
    ECHO(ScoreBand.closed(0.0, 0.2));

    private final ScoreBand defaultBand;

    SampleKind(ScoreBand defaultBand) {
        this.defaultBand = defaultBand;
    }

    /**
     * The band a sample of this kind must score in unless it names its own.
     *
     * @return the default band
     */
    public ScoreBand defaultBand() {
        return defaultBand;
    }

    /**
     * The name used in content files, e.g. {@code keyword-stuffed}.
     *
     * @return the external name
     */
    public String externalName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Parses an external name such as {@code keyword-stuffed}.
     *
     * @param name the external name
     * @return the kind
     * @throws IllegalArgumentException when no kind has that name
     */
    public static SampleKind fromExternalName(String name) {
        for (var kind : values()) {
            if (kind.externalName().equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown sample kind '" + name + "'");
    }
}
