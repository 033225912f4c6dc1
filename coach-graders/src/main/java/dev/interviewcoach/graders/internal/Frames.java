package dev.interviewcoach.graders.internal;

import java.util.Set;

/**
 * Sentences that set a claim up as something other than the candidate's view: a trial made to learn
 * something ("set it off in a session and compare the timings"), the condition of a harm ("mocks
 * hurt when you verify every call"), and a claim only floated ("maybe raise the pool size"). A candidate who tries a wrong fix, or says when a practice goes
 * wrong, does not hold it. See {@link Rejection} for the words that take a claim back.
 */
final class Frames {
    private Frames() {}

    /** Words that make what their sentence does a trial: "turn it off in a session and compare the timings". */
    private static final Set<String> TRIALS = Set.of("compare", "comparing", "experiment", "experimenting");
    /** Verbs of "to see whether", "to check if": the sentence finds something out. */
    private static final Set<String> INQUIRIES = Set.of("see", "check", "test", "confirm", "verify", "find");
    /** Words that open what is to be found out ("whether", "if"). */
    private static final Set<String> QUESTIONS = Set.of("whether", "if", "out");

    /**
     * Whether the claim's sentence sets it up as a trial rather than a remedy: "for a sanity check, SET
     * enable_seqscan = off in a session and compare timings", "disable it once to see whether the plan
     * changes". A candidate who tries a wrong fix to learn something does not hold it. "Compared to" is
     * a comparison of two things, not a trial, and does not count. Looked up, not scanned: the words
     * that mark a trial are found once per answer ({@link AnalyzedText#trialOutside}).
     */
    static boolean tried(AnalyzedText answer, int firstToken, int lastToken) {
        return answer.trialOutside(firstToken, lastToken);
    }

    /** Whether the token at {@code i} marks its sentence as a trial ("compare", "sanity check", "to see whether"). */
    static boolean marksTrial(AnalyzedText answer, int i) {
        String word = Rejection.surface(answer, i);
        return TRIALS.contains(word)
                || word.equals("sanity") && i + 1 < answer.size && Rejection.surface(answer, i + 1).startsWith("check")
                || word.equals("to") && i + 2 < answer.size && INQUIRIES.contains(Rejection.surface(answer, i + 1))
                        && QUESTIONS.contains(Rejection.surface(answer, i + 2));
    }

    /** How many tokens before a claim its "check whether" may stand. */
    private static final int INQUIRY_REACH = 4;

    /**
     * Whether the claim is what its clause sets out to find out: "check whether the primary can handle ten
     * times the load", "see if the cache copes". A candidate who says to check something does not claim it.
     * Only within the claim's clause: "check whether the key exists, and save it after the charge" still
     * says the second part.
     */
    static boolean inquired(AnalyzedText answer, int firstToken) {
        for (int i = firstToken - 1; i > 0 && firstToken - i <= INQUIRY_REACH; i--) {
            if (Polarity.clauseBreak(answer, i + 1)) {
                return false;
            }
            if (QUESTIONS.contains(Rejection.surface(answer, i)) && !Rejection.surface(answer, i).equals("out")
                    && (INQUIRIES.contains(Rejection.surface(answer, i - 1))
                    || Rejection.surface(answer, i - 1).equals("out") && i > 1
                    && INQUIRIES.contains(Rejection.surface(answer, i - 2)))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of harm that, before "when" or "if", make what follows the condition of the harm. */
    private static final Set<String> HARMS = Set.of("hurt", "hurts", "break", "breaks", "bite", "bites", "backfire",
            "backfires", "fail", "fails", "suffer", "suffers");
    /** Words that may stand between a harm verb and its "when" ("hurt most when", "break badly if you"). */
    private static final Set<String> HARM_ADVERBS = Set.of("most", "only", "really", "badly", "mostly", "especially",
            "exactly", "precisely", "usually", "often");
    /** How many tokens before a claim the "when" of its harm may stand (a list of such conditions). */
    private static final int HARM_REACH = 25;

    /**
     * Whether the claim is the condition of a harm its sentence names: "mocks hurt when you mock types
     * you don't own or verify every call", "caches break if you ...". A candidate who says when a
     * practice goes wrong warns against it; they do not hold it.
     */
    static boolean warnedAgainst(AnalyzedText answer, int firstToken) {
        int sentence = answer.sentences[firstToken];
        for (int i = firstToken - 1; i > 0 && firstToken - i <= HARM_REACH && answer.sentences[i] == sentence; i--) {
            String word = Rejection.surface(answer, i);
            if (WordLists.CLAUSE_BREAKERS.contains(word) && !word.equals("then")) {
                return false;
            }
            if (!word.equals("when") && !word.equals("if")) {
                continue;
            }
            for (int j = i - 1; j >= 0 && i - j <= 3 && answer.sentences[j] == sentence; j--) {
                String before = Rejection.surface(answer, j);
                if (HARMS.contains(before)) {
                    return true;
                }
                if (!HARM_ADVERBS.contains(before)) {
                    break;
                }
            }
        }
        return false;
    }

    /** How many tokens after a claim's last word its "or" may stand ("DELETE /bookings/{id} or PATCH"). */
    private static final int ALTERNATIVE_REACH = 3;

    /**
     * Whether a claim is offered as one of two options: "or" stands shortly after it in its clause, with a
     * word after the "or" ("cancel = DELETE /bookings/{id} or PATCH status=cancelled"). An interviewer
     * asks which one; the answer has not staked itself on the claim, as with a hedge.
     */
    static boolean offeredWithAlternative(AnalyzedText answer, int endOffset) {
        int first = answer.firstTokenFrom(endOffset);
        if (first <= 0 || first >= answer.size) {
            return false;
        }
        int sentence = answer.sentences[first - 1];
        for (int t = first; t < answer.size && t < first + ALTERNATIVE_REACH; t++) {
            if (answer.sentences[t] != sentence || Polarity.clauseBreakBetween(answer.text, answer.ends[t - 1], answer.starts[t])) {
                return false;
            }
            if ("or".equals(answer.stems[t])) {
                return t + 1 < answer.size && answer.sentences[t + 1] == sentence
                        && answer.kinds[t + 1] != AnalyzedText.NEGATOR;
            }
        }
        return false;
    }

    /** Modals that, with "also" right after them, offer an extra beside the answer's fix. */
    private static final Set<String> EXTRA_MODALS = Set.of("could", "can");

    /** Whether token {@code i} opens an extra: "could also", "can also". */
    private static boolean extra(AnalyzedText answer, int i) {
        return EXTRA_MODALS.contains(Rejection.surface(answer, i)) && i + 1 < answer.size
                && answer.sentences[i + 1] == answer.sentences[i] && "also".equals(Rejection.surface(answer, i + 1));
    }

    /** Words that float what follows as a possibility, or set it up as a stopgap, rather than the answer's fix. */
    private static final Set<String> HEDGES = Set.of("maybe", "perhaps", "possibly", "might", "stopgap", "temporarily",
            "meantime", "meanwhile", "workaround");

    /**
     * Whether the claim starting at {@code offset} is floated, not asserted: a hedge ("maybe",
     * "perhaps", "possibly", "might") or a stopgap's word ("as a stopgap", "temporarily", "in the
     * meantime", "meanwhile", "a workaround") stands before it in its sentence ("maybe increase the pool
     * size a bit", "as a stopgap raise the limit until the fix is deployed"). A tentative side remark, or
     * a mitigation while the real fix ships, is not the confident wrong claim an interviewer marks an
     * answer down for. Nor is an extra offered beside the answer's fix ("we could also enable HTTP/2",
     * "you can also add a retry").
     */
    static boolean hedged(AnalyzedText answer, int offset) {
        int sentence = answer.sentenceAt(offset);
        for (int i = 0; i < answer.size && answer.starts[i] <= offset; i++) {
            if (answer.sentences[i] == sentence && (HEDGES.contains(Rejection.surface(answer, i)) || extra(answer, i))) {
                return true;
            }
        }
        return false;
    }
}
