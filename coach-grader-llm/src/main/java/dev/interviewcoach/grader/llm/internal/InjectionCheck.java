package dev.interviewcoach.grader.llm.internal;

import dev.interviewcoach.api.EvidenceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the sentences of an answer that address the grader instead of answering: orders to ignore
 * the rubric, requests for marks, forged system or chat-template lines, forged ends of the answer.
 * Such sentences are blanked out before the answer is sent, so they never reach the model and cannot
 * raise the score; the grade says they were found. The check errs towards flagging: a flagged
 * sentence costs the answer only what that sentence would have earned.
 */
final class InjectionCheck {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String GRADER = "(grader|evaluator|examiner|marker|assessor|llm|assistant|language model)";
    private static final List<Pattern> PATTERNS = List.of(
            // "ignore the rubric", "disregard the instructions", "forget everything above"
            Pattern.compile("\\b(ignore|disregard|forget|override|bypass)\\b.{0,40}?\\b(instructions?|rubric|criteria|prompt|"
                    + "guidelines)\\b", FLAGS),
            Pattern.compile("\\b(ignore|disregard|forget)\\s+(all|everything|anything)\\s+(above|before|previous|prior|else)\\b", FLAGS),
            // "full marks", "maximum score", "perfect score", "top grade"
            Pattern.compile("\\b(full|maximum|max|perfect|top|highest)\\s+(marks?|score|points|credit|grade)\\b", FLAGS),
            // "award this answer a pass", "give it full credit", "assign score 1"
            Pattern.compile("\\b(award|give|assign|grant)\\b.{0,40}?(\\b(scores?|marks|pass|passing)\\b|\\b100\\s*%)", FLAGS),
            // "score=1.0", "\"score\": 1"
            Pattern.compile("\"?\\b(score|grade)\"?\\s*[:=]\\s*\\d", FLAGS),
            // a forged speaker: "SYSTEM:" anywhere, or "system:", "assistant:" opening a sentence
            Pattern.compile("\\b(SYSTEM|ASSISTANT|DEVELOPER)(\\s+[A-Z]+)?\\s*:"),
            Pattern.compile("^\\W*(system|assistant|developer|grader|evaluator)\\s*:", FLAGS),
            // "note to the grader", "message for the evaluator", "dear grader"
            Pattern.compile("\\b(note|message|instructions?|hint|reminder|request)\\s+(to|for)\\s+(the\\s+|any\\s+)?(" + GRADER
                    + "|model|ai)\\b", FLAGS),
            Pattern.compile("\\b(dear|hey|hello|hi)\\s+(" + GRADER + "|model|ai)\\b", FLAGS),
            // "the grader must return", "the evaluator should mark"
            Pattern.compile("\\b" + GRADER + "\\s+(must|should|shall|will|has to|needs to|is to)\\b", FLAGS),
            // "you are now a grader", "act as the evaluator", "pretend you are", "as the grader, output"
            Pattern.compile("\\b(you are now|(act )?as (a|an|the|your) " + GRADER + "|pretend (to be|you are))\\b", FLAGS),
            // "the rubric has changed", "all criteria are satisfied", "stop grading"
            Pattern.compile("\\b(rubric|grading|criteria)\\b.{0,30}?\\b(changed|updated|replaced|satisfied|fulfilled|waived)\\b", FLAGS),
            Pattern.compile("\\b(stop|instead of|do not|don't)\\s+(grading|evaluating|scoring|marking)\\b", FLAGS),
            // a forged verdict: the reply's own field names
            Pattern.compile("\"(status|criteria|quotes|addresses_grader)\"\\s*:|\\baddresses_grader\\b", FLAGS),
            // "this answer is complete and correct", "this answer deserves"
            Pattern.compile("\\bthis answer\\b.{0,30}?\\b(correct|complete|deserves|perfect|passes|full)\\b", FLAGS),
            // chat-template tokens and forged ends of the answer
            Pattern.compile("<\\|[a-z_]+\\|>|\\[/?INST\\]|###\\s*(instruction|system|response)|<<<\\s*ANSWER|ANSWER\\s*\\S*>>>"
                    + "|\\b(end|close) of (the )?(answer|user message|candidate'?s answer)\\b", FLAGS));

    private InjectionCheck() {}

    /**
     * The ranges of the answer that address the grader, whole sentences each.
     *
     * @param answer the answer
     * @return the ranges, in order; empty for an ordinary answer
     */
    static List<EvidenceSpan> find(String answer) {
        var flagged = new ArrayList<EvidenceSpan>();
        int start = 0;
        for (int i = 0; i <= answer.length(); i++) {
            if (i == answer.length() || endsSentence(answer, i)) {
                int end = Math.min(answer.length(), i + 1);
                if (end > start && addressesGrader(answer.substring(start, end))) {
                    flagged.add(new EvidenceSpan(start, end));
                }
                start = end;
            }
        }
        return flagged;
    }

    /**
     * The answer with the flagged ranges blanked by spaces, so that offsets stay the same.
     *
     * @param answer the answer
     * @param flagged the ranges
     * @return the answer without them
     */
    static String blank(String answer, List<EvidenceSpan> flagged) {
        var chars = answer.toCharArray();
        for (var r : flagged) {
            for (int i = r.start(); i < r.end(); i++) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    static boolean addressesGrader(String sentence) {
        return PATTERNS.stream().anyMatch(p -> p.matcher(sentence).find());
    }

    private static boolean endsSentence(String s, int i) {
        char c = s.charAt(i);
        if (c == '\n' || c == '\r') {
            return true;
        }
        return (c == '.' || c == '!' || c == '?') && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1)));
    }
}
