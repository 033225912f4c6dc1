package dev.interviewcoach.core;

import java.util.Objects;
import java.util.Optional;

/**
 * One piece of {@link TrackAdvice}: what kind of advice it is, the challenge and the field inside it that
 * it is about, what to do, and, for a track read from documents, where that field was read. A content
 * project's test can keep an allow-list by {@link #kind()} and {@link #challengeId()} instead of matching
 * the text:
 *
 * <pre>{@code
 * // tolerated: the samples of one challenge outside their bands
 * assertThat(TrackAdvice.advise(track, track.baseId().map(loader::load)))
 *         .filteredOn(a -> !(a.kind() == ContentAdvice.Kind.SAMPLE_OUT_OF_BAND
 *                 && a.challengeId().equals(Optional.of("http.define.acme-retries"))))
 *         .isEmpty();
 * }</pre>
 *
 * <p>{@link #toString()} is the form an author reads, as a {@link dev.interviewcoach.api.ContentProblem}
 * is: {@code acme/http/define.yaml:41:11 at challenges[2].samples[1]: challenge 'http.define.acme-one'
 * sample 1 (partial) scored 0.91, outside its band [0.3, 0.75]}.
 *
 * @param kind what kind of advice it is
 * @param challengeId the challenge it is about; empty for advice on the track as a whole (no kind of
 *     today's is: a rung with a single challenge names that challenge)
 * @param path the field inside the challenge it is about, as a content problem's field path names it but
 *     from the challenge, e.g. {@code samples[1]}, {@code referenceAnswer}, {@code rubric.criteria[2].evidence[0]}
 *     or {@code misconceptions[0].evidence[0][2]} (the third phrase of the first idea); empty for the
 *     challenge as a whole
 * @param message what is wrong and what to do, in plain words, naming the challenge
 * @param location where the field was read from: present when the track was read from its documents
 *     (see {@link TrackAdvice#advise(dev.interviewcoach.api.Track, Optional)}); empty for a track built in
 *     code or taken from a snapshot
 * @since 0.1
 */
public record ContentAdvice(Kind kind, Optional<String> challengeId, String path, String message,
        Optional<Location> location) {
    /** Validates the components. */
    public ContentAdvice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(challengeId, "challengeId");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
    }

    /**
     * The kinds of advice {@link TrackAdvice} gives.
     *
     * @since 0.1
     */
    public enum Kind {
        /**
         * A concept has a single challenge on a rung, so a learner working there is asked it again and
         * again; the advice names that challenge, as a whole.
         */
        THIN_RUNG,
        /**
         * A calibration sample scored outside its band, or a misconception sample's misconception was
         * not detected; the path is the sample, {@code samples[i]}.
         */
        SAMPLE_OUT_OF_BAND,
        /**
         * A calibration sample (not an echo) that a session refuses as a copy of what the coach shows;
         * the path is the sample, {@code samples[i]}.
         */
        SAMPLE_REFUSED_AS_COPY,
        /**
         * The reference answer scores under 0.8 on its own rubric, or shows a misconception; the path is
         * {@code referenceAnswer}.
         */
        WEAK_REFERENCE_ANSWER,
        /**
         * Every phrase of an evidence idea of a criterion or a follow-up is one word; the path is the idea,
         * {@code rubric.criteria[i].evidence[j]} or {@code followUps[i].evidence[j]}.
         */
        LONE_WORD_IDEA,
        /**
         * A phrase of a criterion or a follow-up made only of small grammar words, which no answer can
         * meet; the path is the phrase, {@code rubric.criteria[i].evidence[j][k]} or {@code
         * followUps[i].evidence[j][k]}.
         */
        SILENT_PHRASE,
        /**
         * A phrase of several words that one of its words alone meets (or, of a misconception, is found
         * in); the path is the phrase, under {@code rubric.criteria[i]}, {@code followUps[i]} or {@code
         * misconceptions[i]}.
         */
        HOLLOW_PHRASE,
        /**
         * A misconception is found in its own correction, so an answer that says the right thing is
         * marked wrong; the message quotes each phrase that matches and the words of the correction it
         * matches, and the path is the first such phrase, {@code misconceptions[i].evidence[j][k]}.
         */
        MISCONCEPTION_ON_ITS_CORRECTION
    }

    /**
     * Where the field an advice is about was read.
     *
     * @param resource the document, named by track and path, e.g. {@code acme/http/define.yaml}
     * @param line one-based line
     * @param column one-based column, in characters
     * @param field the path of the field in the document, e.g. {@code challenges[2].samples[1]}
     * @since 0.1
     */
    public record Location(String resource, int line, int column, String field) {
        /** Validates the components. */
        public Location {
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(field, "field");
            if (line < 1 || column < 1) {
                throw new IllegalArgumentException("line and column start at 1, were " + line + ":" + column);
            }
        }

        /**
         * The place as a content problem names it: {@code resource:line:column at field}.
         *
         * @return the place in one line
         */
        @Override
        public String toString() {
            return resource + ":" + line + ":" + column + (field.isEmpty() ? "" : " at " + field);
        }
    }

    /**
     * The advice as an author reads it: {@code resource:line:column at field: message} when it has a
     * location, else {@code at path: message} (the message naming the challenge), or the message alone for
     * a challenge as a whole or the track.
     *
     * @return the advice in one line
     */
    @Override
    public String toString() {
        return location.map(l -> l + ": " + message).orElseGet(() -> path.isEmpty() ? message : "at " + path + ": " + message);
    }
}
