package dev.interviewcoach.graders;

import dev.interviewcoach.graders.internal.ReferenceGrader;
import dev.interviewcoach.graders.internal.ReferenceSettings;
import dev.interviewcoach.graders.internal.RubricGrader;
import dev.interviewcoach.graders.internal.TermStatistics;
import dev.interviewcoach.spi.Grader;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The built-in offline graders. Most hosts reach them through {@code dev.interviewcoach.core.Graders},
 * which adds composition; this class is for code that depends on the graders alone, such as an
 * optional grader module that builds on the rubric grader.
 *
 * @since 0.1
 */
public final class BuiltInGraders {
    private BuiltInGraders() {}

    /**
     * The rubric grader: each criterion's evidence, misconceptions, and guards against echo and
     * keyword soup. Deterministic, offline, and shows its evidence.
     *
     * @return the rubric grader
     */
    public static Grader rubric() {
        return new RubricGrader();
    }

    /**
     * The rubric grader consulting extra evidence matchers beside its own word matching, such as a
     * semantic matcher that hears a paraphrase. Its id names them: {@code rubric+semantic}.
     *
     * @param matchers the matchers, consulted in order for what word matching did not find
     * @return the rubric grader
     */
    public static Grader rubric(EvidenceMatcher... matchers) {
        return new RubricGrader(List.of(matchers));
    }

    /**
     * The reference grader: the answer against the challenge's reference answer alone.
     *
     * @return the reference grader
     */
    public static Grader reference() {
        return new ReferenceGrader(TermStatistics.none(), ReferenceSettings.DEFAULT);
    }

    /**
     * The reference grader with IDF weights from document frequencies over a corpus.
     *
     * @param corpus texts such as a track's reference answers
     * @return the reference grader
     */
    public static Grader reference(Collection<String> corpus) {
        return new ReferenceGrader(TermStatistics.of(List.copyOf(Objects.requireNonNull(corpus, "corpus"))),
                ReferenceSettings.DEFAULT);
    }
}
