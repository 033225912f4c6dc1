package dev.interviewcoach.api;

import java.util.List;

/**
 * One idea a criterion looks for, worded several ways: any paraphrase counts as the idea.
 *
 * @param paraphrases the wordings, each a short phrase a candidate might write
 * @since 0.1
 */
public record Evidence(List<String> paraphrases) {
    /** Validates and copies the paraphrases. */
    public Evidence {
        paraphrases = List.copyOf(Require.nonEmpty(paraphrases, "paraphrases"));
        paraphrases.forEach(p -> Require.nonBlank(p, "paraphrase"));
    }

    /**
     * Evidence from the given wordings.
     *
     * @param paraphrases the wordings
     * @return the evidence
     */
    public static Evidence of(String... paraphrases) {
        return new Evidence(List.of(paraphrases));
    }
}
