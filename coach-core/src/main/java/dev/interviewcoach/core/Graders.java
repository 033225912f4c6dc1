package dev.interviewcoach.core;

import dev.interviewcoach.core.internal.grading.ReferenceGrader;
import dev.interviewcoach.core.internal.grading.ReferenceSettings;
import dev.interviewcoach.core.internal.grading.RubricGrader;
import dev.interviewcoach.core.internal.grading.TermStatistics;
import dev.interviewcoach.spi.Grader;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The built-in graders.
 *
 * @since 0.1
 */
public final class Graders {
    private Graders() {}

    /**
     * The default grader: checks each rubric criterion's evidence in the answer, detects the
     * challenge's misconceptions and reports evidence spans. Offline and deterministic.
     *
     * @return the rubric grader
     */
    public static Grader rubric() {
        return new RubricGrader();
    }

    /**
     * A grader for content without a rubric: scores an answer by its similarity to the challenge's
     * reference answer alone. It combines the weighted share of the reference's content words the
     * answer uses (misspellings tolerated), a BM25 score and the share of the reference's adjacent word
     * pairs the answer keeps together; words that also stand in the question count a quarter, so
     * echoing the question earns little. Its feedback names the ideas of the reference (sentences or
     * clauses) that were missed, with the key words missing, and its evidence spans are the matched
     * words.
     *
     * <p>Without a corpus every content word weighs the same (words of ordinary prose half); see
     * {@link #reference(Collection)} for IDF weights. The grader abstains when the challenge's reference
     * answer is blank. Offline, deterministic and linear in the answer.
     *
     * @return the reference grader
     * @since 0.1
     */
    public static Grader reference() {
        return new ReferenceGrader(TermStatistics.none(), ReferenceSettings.DEFAULT);
    }

    /**
     * The {@linkplain #reference() reference grader} with IDF weights from document frequencies over
     * the given texts: words that occur in many of them weigh less. Useful corpora are the reference
     * answers of a track, or answers collected so far (their texts only, without scores).
     *
     * @param corpus the texts to count document frequencies over; copied, so later changes are not seen
     * @return the reference grader with corpus IDF weights
     * @since 0.1
     */
    public static Grader reference(Collection<String> corpus) {
        return new ReferenceGrader(TermStatistics.of(List.copyOf(Objects.requireNonNull(corpus, "corpus"))),
                ReferenceSettings.DEFAULT);
    }
}
