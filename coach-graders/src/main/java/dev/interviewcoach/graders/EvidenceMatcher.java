package dev.interviewcoach.graders;

import java.util.List;
import java.util.Optional;

/**
 * Finds rubric evidence that word matching misses, such as a paraphrase in other words; the rubric
 * grader consults it beside its own lexical matcher ({@link BuiltInGraders#rubric(EvidenceMatcher...)}).
 *
 * <p>The grader calls {@link #match} once per answer with every idea it did not fully find, so a
 * matcher can analyse the answer once (for example, embed its sentences in one batch). The grader
 * keeps its guards: keyword soup and echo discounts apply to what a matcher finds, a match whose
 * span negates an idea stated positively (or the reverse) is dropped, and every match must quote
 * the answer by its character range so feedback stays explainable.
 *
 * <p>Implementations must be thread-safe, deterministic and must not keep answer text after
 * {@code match} returns.
 *
 * @since 0.1
 */
public interface EvidenceMatcher {
    /**
     * A short name for the matcher, used in the grader's id ({@code rubric+semantic}).
     *
     * @return the name
     */
    String id();

    /**
     * Matches ideas against an answer.
     *
     * @param request the answer and the ideas to look for
     * @return per idea, in the request's order, the best match or empty; never null
     */
    List<Optional<EvidenceMatch>> match(MatchRequest request);

    /**
     * What to look for in one answer.
     *
     * @param answer the answer text
     * @param question the question the answer responds to (a matcher may discount what merely repeats it)
     * @param ideas the ideas, each a set of paraphrases
     * @since 0.1
     */
    record MatchRequest(String answer, String question, List<Idea> ideas) {
        /** Validates and copies. */
        public MatchRequest {
            java.util.Objects.requireNonNull(answer, "answer");
            java.util.Objects.requireNonNull(question, "question");
            ideas = List.copyOf(ideas);
        }
    }

    /**
     * One idea: a criterion's evidence or a misconception's signal, in several wordings.
     *
     * @param paraphrases the wordings
     * @param claim true for a misconception (a claim the answer makes), false for criterion evidence
     * @since 0.1
     */
    record Idea(List<String> paraphrases, boolean claim) {
        /** Validates and copies. */
        public Idea {
            paraphrases = List.copyOf(paraphrases);
        }
    }

    /**
     * Where the answer says an idea, and how surely.
     *
     * @param credit the credit for the idea, in (0, 1]
     * @param start the first character of the span in the answer
     * @param end the character after the span
     * @since 0.1
     */
    record EvidenceMatch(double credit, int start, int end) {
        /** Validates. */
        public EvidenceMatch {
            if (!(credit > 0 && credit <= 1)) {
                throw new IllegalArgumentException("credit must be in (0, 1], got " + credit);
            }
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
            }
        }
    }
}
