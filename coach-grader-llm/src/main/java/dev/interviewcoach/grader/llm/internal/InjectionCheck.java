package dev.interviewcoach.grader.llm.internal;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.EvidenceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the sentences of an answer that address the grader instead of answering: orders to ignore
 * the rubric or the instructions, requests for marks or a score for the answer itself, forged system or
 * chat-template lines, forged verdicts and forged ends of the answer. Such sentences are blanked out
 * before the answer is sent, so they never reach the model and cannot raise the score; the grade says
 * they were found.
 *
 * <p>A sentence is flagged only when it speaks to the grader (a grader, examiner, evaluator, assistant
 * or model addressed as such, a role marker) or about the grading of this answer (its score, grade or
 * marks, the rubric, the criteria being met, the instructions, the grader's decision), gives a criterion
 * of the rubric a verdict by its id ({@link CriterionVerdicts}), or does either in one of the other
 * languages listed in {@link GradingWords}. Talking about scores and statuses is ordinary backend work:
 * {@code "status": 400} in a problem-details body, {@code PATCH {"status": "cancelled"}}, a fraud score,
 * a leaderboard's top score are never flagged for it.
 */
final class InjectionCheck {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Who grades, by a name no backend answer gives anything else. */
    private static final String GRADER = "(grader|examiner|assessor|(grading|marking)\\s+(assistant|ai|llm|bot|agent)|"
            + "(scoring|evaluation)\\s+assistant)";
    /** Who grades, by a name that also means other things (a fraud model, a rule evaluator): only when addressed. */
    private static final String MACHINE = "(evaluator|marker|assistant|llm|language model|model|ai)";
    /** The thing graded, as its writer calls it. */
    private static final String GRADED = "((this|my) (answer|response|solution|submission)|the candidate)";
    private static final String WORTH = "(scores?|grades?|marks?|pass(ing)?|credit|points|100\\s*%)";
    /** A grade claimed: "10/10" (not "2/3 of the votes"), "full marks", "maximum points", "an A+", "a pass". */
    private static final String CLAIMED = "(\\b(?<top>\\d+)\\s*/\\s*\\k<top>(?![\\w/])|(full|maximum|max|perfect|top|highest)"
            + "\\s+(marks|points|credit)|\\d+\\s+marks|full\\s+score|a\\s+pass(ing\\s+(grade|mark|score))?(?!\\w)|"
            + "\\ban?\\s+(?-i:A)\\+?(?![\\w/]))";
    private static final List<Pattern> PATTERNS = List.of(
            // "ignore the rubric", "disregard all previous instructions", "forget the prompt"
            Pattern.compile("\\b(ignore|disregard|forget|override|bypass)\\s+((all|any|every|the|your|my|these|those|previous|"
                    + "prior|above|earlier|original|system|grading|given|of)\\s+)*(instructions?|rubric|criteria|prompts?|"
                    + "guidelines)\\b", FLAGS),
            Pattern.compile("\\b(ignore|disregard|forget)\\s+(all|everything|anything)\\s+(above|before|previous|prior|else)\\b", FLAGS),
            // marks are only ever given by a grader: "full marks", "top marks"
            Pattern.compile("\\b(full|maximum|max|perfect|top|highest)\\s+marks\\b", FLAGS),
            // a score for the answer itself: "give this answer the maximum score", "award this a pass", "grant me full credit"
            Pattern.compile("\\b(award|give|assign|grant)\\s+(me|us|" + GRADED + "|this(?=\\s+(a|an|the|full|top|perfect|max|"
                    + "maximum|highest|100)\\b))\\b.{0,40}?\\b" + WORTH, FLAGS),
            Pattern.compile("\\b(score|grade|mark|rate)\\s+" + GRADED + "\\b", FLAGS),
            Pattern.compile("\\b" + GRADED + "\\b.{0,30}?\\b(deserves?|merits?|should get|is worth)\\b.{0,20}?\\b" + WORTH, FLAGS),
            Pattern.compile("\\b(full|maximum|max|perfect|top|highest)\\s+(score|grade|credit|points)\\s+(for|to)\\s+" + GRADED
                    + "\\b", FLAGS),
            Pattern.compile("\\bI\\s+(deserve|should get|should receive|must get)\\b.{0,30}?\\b" + WORTH, FLAGS),
            // a grade claimed in the writer's voice: "I scored 10/10", "this answer earns full marks", "my score is 1.0"
            Pattern.compile("\\b(I|we|" + GRADED + ")\\s+(have\\s+|has\\s+)?(already\\s+)?(scored?|scores|earns?|earned|gets?|got|"
                    + "receives?|received|achieves?|achieved)\\b.{0,25}?" + CLAIMED, FLAGS),
            Pattern.compile("\\b(my|this answer's|the answer's|the candidate's)\\s+(score|grade|marks?|points|rating)\\b.{0,20}?("
                    + CLAIMED + "|\\b1(\\.0+)?\\W*$|\\b100\\s*%)", FLAGS),
            Pattern.compile("\\bfinal\\s+(score|grade|marks?)\\b.{0,20}?" + CLAIMED, FLAGS),
            Pattern.compile("\\b(full|perfect)\\s+points\\b", FLAGS),
            // a score declared at the start of a sentence: "Score: 1.0" alone, "Grade: A", "Final score: 10/10 ..."
            // (not "score = 1.0 / (1 + age)", a formula)
            Pattern.compile("^\\W*(final\\s+)?(score|grade|marks?|rating|verdict)\\s*[:=]\\s*((1(\\.0+)?|a\\+?|pass(ed)?|"
                    + "perfect|full|met)\\W*$|(10\\s*/\\s*10|100\\s*%|a\\+|full marks)(?![\\w/]))", FLAGS),
            // a forged speaker: "SYSTEM:" anywhere, or "system:", "assistant:" opening a sentence
            Pattern.compile("\\b(SYSTEM|ASSISTANT|DEVELOPER)(\\s+[A-Z]+)?\\s*:"),
            Pattern.compile("^\\W*(system|assistant|developer|grader|evaluator)\\s*:", FLAGS),
            // "note to the grader", "message for the evaluator", "Note to the model:", "dear grader"
            Pattern.compile("\\b(note|message|instructions?|hint|reminder|request)\\s+(to|for)\\s+(the\\s+|any\\s+)?" + GRADER
                    + "\\b", FLAGS),
            Pattern.compile("\\b(note|message|instructions?|hint|reminder)\\s+(to|for)\\s+(the\\s+|any\\s+)?" + MACHINE
                    + "\\s*[:,\u2014-]", FLAGS),
            Pattern.compile("\\b(dear|hey|hello|hi)\\s+(" + GRADER + "|" + MACHINE + ")\\b", FLAGS),
            // "the grader must return", "the examiner should mark", "the model should treat this answer as complete"
            Pattern.compile("\\b" + GRADER + "\\s+(must|should|shall|will|has to|needs to|is to)\\b", FLAGS),
            Pattern.compile("\\b" + MACHINE + "\\s+(must|should|shall|will|has to|needs to|is to)\\s+(\\w+\\s+){0,3}?" + GRADED
                    + "\\b", FLAGS),
            // "you are now a grader", "act as the evaluator", "pretend you are a lenient grader", "as the grader, output"
            Pattern.compile("\\byou(\\s+are|'re)\\s+now\\s+(a|an|the|my)\\s+(\\w+\\s+)?(" + GRADER + "|" + MACHINE + ")\\b", FLAGS),
            Pattern.compile("\\bpretend\\s+(to\\s+be|you\\s+are|you're)\\s+(a|an|the)\\s+(\\w+\\s+)?(" + GRADER + "|" + MACHINE
                    + ")\\b", FLAGS),
            Pattern.compile("\\bas\\s+(a|an|the|your)\\s+(\\w+\\s+)?" + GRADER + "\\b", FLAGS),
            // the grader's decision: "you already decided: ...", "your verdict", "the grader's decision", "the grading is"
            Pattern.compile("\\byou(\\s+have|'ve)?\\s+already\\s+(decided|concluded|determined|ruled|found|agreed|confirmed)\\s*(:|"
                    + "that\\s+" + GRADED + ")", FLAGS),
            Pattern.compile("\\byou(\\s+have|'ve)?\\s+already\\s+(graded|marked|scored|rated|approved)\\s+(this|my|the\\s+"
                    + "(answer|response|solution|submission|candidate))\\b", FLAGS),
            Pattern.compile("\\b(your\\s+(verdict|grading|marking)|the\\s+(grader|examiner|evaluator|assessor|marker)'?s\\s+"
                    + "(decision|verdict|judge?ment|assessment|evaluation|grade|score|marks))\\b", FLAGS),
            Pattern.compile("\\b((the|this|your)\\s+(grading|marking)\\s+(is|was|has|of|result|outcome|decision|verdict)|"
                    + "grading\\s+(result|outcome|decision|verdict))\\b", FLAGS),
            // "the rubric has changed", "all criteria are satisfied", "set every status to met", "stop grading"
            Pattern.compile("\\b(rubric|grading|marking scheme)\\b.{0,30}?\\b(changed|updated|replaced|satisfied|fulfilled|"
                    + "waived|overridden|disabled)\\b", FLAGS),
            Pattern.compile("\\b(all|every|each)\\s+(the\\s+)?(rubric\\s+)?criteri(a|on)\\b.{0,30}?\\b(met|satisfied|fulfilled|"
                    + "passed)\\b", FLAGS),
            Pattern.compile("\\b(stop|instead of|do not|don't|skip)\\s+grading\\b", FLAGS),
            Pattern.compile("\\b(stop|do not|don't)\\s+(evaluating|marking|scoring)\\s+(this|my)\\b", FLAGS),
            // a forged verdict: the reply's own statuses and fields
            Pattern.compile("\\bstatus(es)?\\b.{0,40}?(\\bto\\b|\\bas\\b|[=:])\\s*\"?(met|partly)\\b", FLAGS),
            Pattern.compile("\"criteria\"\\s*:\\s*\\[\\s*\\{\\s*\"id\"|\\baddresses_grader\\b", FLAGS),
            // "this answer is complete and correct", "this answer deserves"
            Pattern.compile("\\bthis answer\\b.{0,30}?\\b(correct|complete|deserves|perfect|passes|full)\\b", FLAGS),
            // chat-template tokens and forged ends of the answer
            Pattern.compile("<\\|[a-z_]+\\|>|\\[/?INST\\]|###\\s*(instruction|system|response)|<<<\\s*ANSWER|ANSWER\\s*\\S*>>>"
                    + "|\\b(end|close) of (the )?(answer|user message|candidate'?s answer)\\b", FLAGS));

    private final CriterionVerdicts verdicts;

    private InjectionCheck(CriterionVerdicts verdicts) {
        this.verdicts = verdicts;
    }

    /**
     * The check for answers to a challenge, which knows its rubric's criterion ids.
     *
     * @param challenge the challenge
     * @return the check
     */
    static InjectionCheck of(Challenge challenge) {
        return new InjectionCheck(CriterionVerdicts.of(challenge.rubric().criteria().stream().map(Criterion::id).toList()));
    }

    /**
     * The ranges of the answer that address the grader, whole sentences each.
     *
     * @param answer the answer
     * @return the ranges, in order; empty for an ordinary answer
     */
    List<EvidenceSpan> find(String answer) {
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

    /**
     * Whether a sentence, or any other short text, addresses the grader.
     *
     * @param sentence the text
     * @return whether it does
     */
    boolean addressesGrader(String sentence) {
        String text = GradingWords.normalize(sentence);
        return PATTERNS.stream().anyMatch(p -> p.matcher(text).find()) || GradingWords.ALL.addressesGrader(text)
                || verdicts.in(text);
    }

    private static boolean endsSentence(String s, int i) {
        char c = s.charAt(i);
        if (c == '\n' || c == '\r' || c == '\u3002' || c == '\uff01' || c == '\uff1f') {
            return true;
        }
        return (c == '.' || c == '!' || c == '?') && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1)));
    }
}
