package dev.interviewcoach.graders.internal;

import java.util.HashSet;
import java.util.Set;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Words around a claim that take it back: "raising work_mem <em>won't help</em>", "retrying every
 * request <em>is a bad idea</em>", "a unique index <em>instead of</em> a check before the insert",
 * "logout invalidates the token<em>, but it doesn't</em>", and a claim reported as someone else's and
 * then answered ("<em>the lead says</em> coverage proves it works<em>, but</em> …"). A candidate who
 * names a wrong idea to reject it does not hold it.
 */
final class Rejection {
    /** How many tokens after a claim a rejection may start, in the same clause. */
    private static final int REACH = 6;
    /** After a negator, how many tokens may stand before the verb it denies ("won't really help"). */
    static final int VERB_REACH = 3;
    /**
     * Verbs (and the words of "is not the answer / the cause / acceptable / enough") that, negated
     * right after a claim, deny that the claimed idea works or explains the symptom.
     */
    static final Set<String> VERBS = stems("help", "fix", "work", "solve", "prevent", "stop", "matter",
            "guarantee", "protect", "cure", "address", "scale", "change", "improve", "remove", "serve", "answer",
            "solution", "cause", "problem", "reason", "culprit", "acceptable", "reliable", "enough", "option");
    /** Words that, right after a claim, judge it wrong. */
    static final Set<String> VERDICTS = stems("wrong", "myth", "mistake", "false", "harmful", "useless",
            "pointless", "naive", "bad", "poor", "misconception", "antipattern", "anti-pattern", "fallacy", "costly",
            "expensive", "brittle", "risky", "dangerous", "wasteful", "overkill");

    /**
     * Verdicts that, said of a claim's own first word ("deleting is wasteful", "retries are pointless"),
     * reject it outright. Costs and harms ("expensive", "harmful", "bad for the database") are left
     * out: said of an idea they weigh it, as a tradeoff answer should, and may be the very point a
     * criterion asks for ("retrying is harmful: the retries multiply the load"). "Bad" counts only as
     * "a bad idea" and the like ({@link #VERDICT_NOUNS}).
     */
    private static final Set<String> SUBJECT_VERDICTS = stems("wrong", "wasteful", "pointless", "useless", "mistake",
            "myth", "unnecessary", "overkill");
    private static final String BAD = stems("bad").iterator().next();
    /** The nouns a verdict may go with and still judge the subject ("a bad idea"). */
    private static final Set<String> VERDICT_NOUNS = stems("idea", "practice", "choice", "approach", "move", "call",
            "pattern", "plan");
    /** The copulas of "X is wasteful". */
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "be", "seems", "seem", "sounds");
    /** How many tokens after the claim's first word its copula, and then its verdict, may stand. */
    private static final int SUBJECT_REACH = 3;

    /** Words that stand for the claim just made, after "but" ("…, but it doesn't"). */
    static final Set<String> CLAIM_PRONOUNS = Set.of("it", "that", "this", "they", "it's", "that's", "they're");
    /** Words that may follow "but it doesn't" without going on to say something else. */
    private static final Set<String> CLOSERS = stems("really", "actually", "always", "hold", "work", "anymore");
    /** Words after "but that's not" that settle it as a denial, whatever qualifies it ("not true for a JWT"). */
    private static final Set<String> DENIALS = stems("true", "case", "correct", "right", "so");
    /** Verbs that report a claim as someone's ("the lead says", "people assume"). */
    private static final Set<String> REPORTING = Set.of("say", "says", "said", "saying", "claim", "claims", "claimed",
            "think", "thinks", "thought", "believe", "believes", "believed", "assume", "assumes", "assumed", "argue",
            "argues", "argued", "insist", "insists", "insisted", "suggest", "suggests", "suggested", "propose",
            "proposes", "proposed");
    /** Speakers whose report is the candidate's own view. */
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "i'd", "we'd", "i'll", "we'll");
    /** Words that open an answer to a reported claim in the next sentence. */
    private static final Set<String> REBUTTALS = Set.of("but", "however", "no", "not", "actually", "wrong", "nope");
    /** How many tokens before a claim its reporting verb may stand. */
    private static final int REPORT_REACH = 4;

    private Rejection() {}

    /**
     * Whether the claim from {@code firstToken} to {@code lastToken} is taken back: by words right after
     * it ({@link #follows}), by "…, but it doesn't", by the next sentence ({@link NextSentence#denies}), by being reported as someone else's and answered, by
     * a rejecting label, or by a sentence that sets it up as a trial, a harm's condition or what is to be found
     * out ({@link Frames}).
     */
    static boolean takenBack(AnalyzedText answer, int firstToken, int lastToken) {
        return follows(answer, lastToken) || deniedAfter(answer, lastToken) || NextSentence.denies(answer, lastToken)
                || reportedAndAnswered(answer, firstToken, lastToken)
                || underRejectingLabel(answer, firstToken) || Frames.tried(answer, firstToken, lastToken)
                || Frames.warnedAgainst(answer, firstToken) || Frames.inquired(answer, firstToken);
    }

    /** Labels that, ending in a colon, head what the answer rejects: "Not: a list of ids in a column". */
    private static final Set<String> REJECTING_LABELS = Set.of("not", "no", "don't", "dont", "never", "avoid", "wrong",
            "bad", "anti-pattern", "antipattern", "nope");

    /**
     * Whether the claim stands under a label that rejects it, "Not:", "Avoid:", "Don't:", "Anti-pattern:":
     * the label opens the claim's sentence and a colon ends it before the claim, or the label is the whole
     * sentence just before ("Avoid:" on a line of its own). What the candidate lists as not to do is not
     * their claim.
     */
    static boolean underRejectingLabel(AnalyzedText answer, int firstToken) {
        int start = sentenceStart(answer, firstToken);
        if (rejectingLabel(answer, start, answer.starts[firstToken])) {
            return true;
        }
        for (int i = start; i < firstToken; i++) {
            if (answer.kinds[i] == AnalyzedText.CONTENT) {
                return false; // the claim is not what its sentence opens with
            }
        }
        return start > 0 && rejectingLabel(answer, sentenceStart(answer, start - 1), answer.starts[start]);
    }

    private static int sentenceStart(AnalyzedText answer, int token) {
        int start = token;
        while (start > 0 && answer.sentences[start - 1] == answer.sentences[token]) {
            start--;
        }
        return start;
    }

    /** Whether the text from token {@code from} up to offset {@code before} is a rejecting label and its colon. */
    private static boolean rejectingLabel(AnalyzedText answer, int from, int before) {
        int colon = answer.text.indexOf(':', answer.starts[from]);
        if (colon < 0 || colon >= before) {
            return false;
        }
        String label = answer.text.substring(answer.starts[from], colon).strip().toLowerCase(java.util.Locale.ROOT);
        return REJECTING_LABELS.contains(label.replace('\u2019', '\''));
    }

    /**
     * Whether the claim's own first word is judged wrong right after it, inside the words the claim
     * spans: "Deleting is just wasteful because the next reader …" does not say "delete, and the next
     * read loads it"; the candidate rejects deleting. A verdict the phrase itself says is its claim, not
     * a rejection ("the cron expression is wrong").
     *
     * @param phrase the stems of the phrase matched
     */
    static boolean verdictOnSubject(AnalyzedText answer, int firstToken, int lastToken, String[] phrase) {
        int copula = -1;
        for (int i = firstToken + 1; i <= lastToken && i <= firstToken + SUBJECT_REACH; i++) {
            if (Polarity.clauseBreak(answer, i)) {
                return false;
            }
            if (COPULAS.contains(surface(answer, i))) {
                copula = i;
                break;
            }
        }
        if (copula < 0) {
            return false;
        }
        for (int i = copula + 1; i <= lastToken && i <= copula + SUBJECT_REACH; i++) {
            if (Polarity.clauseBreak(answer, i) || answer.kinds[i] == AnalyzedText.NEGATOR) {
                return false; // "deleting is not wrong"
            }
            if (answer.kinds[i] == AnalyzedText.CONTENT) {
                // the verdict is what is said of the subject, not a word describing something else: "the
                // errors are from bad input" judges nothing; "deleting is a bad idea" does
                boolean nounFollows = i + 1 < answer.size && VERDICT_NOUNS.contains(answer.stems[i + 1]);
                boolean verdict = answer.stems[i].equals(BAD) ? nounFollows : SUBJECT_VERDICTS.contains(answer.stems[i])
                        && (i + 1 >= answer.size || answer.kinds[i + 1] != AnalyzedText.CONTENT || nounFollows);
                return verdict && !java.util.Arrays.asList(phrase).contains(answer.stems[i]);
            }
        }
        return false;
    }

    /** How many characters of other words a quotation around a claim may hold besides the claim. */
    private static final int QUOTE_SLACK = 24;

    /**
     * Whether the claim stands in quotation marks with little else: named, not made. "Designing the API
     * as “one endpoint per table” leaks the schema" mentions the idea it rejects. A long quotation (a
     * candidate quoting their own design) is not a mention.
     */
    static boolean quoted(AnalyzedText answer, int firstToken, int lastToken) {
        String text = answer.text;
        int open = -1;
        for (int c = answer.starts[firstToken] - 1; c >= 0 && answer.starts[firstToken] - c <= QUOTE_SLACK; c--) {
            char ch = text.charAt(c);
            if (ch == '.' || ch == '\n' || ch == '!' || ch == '?') {
                return false;
            }
            if (opensQuote(text, c)) {
                open = c;
                break;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int c = answer.ends[lastToken]; c < text.length() && c - answer.ends[lastToken] < QUOTE_SLACK; c++) {
            if (closesQuote(text, c, text.charAt(open))) {
                return true;
            }
            char ch = text.charAt(c);
            if (ch == '.' && (c + 1 == text.length() || Character.isWhitespace(text.charAt(c + 1))) || ch == '\n') {
                return false;
            }
        }
        return false;
    }

    private static boolean opensQuote(String text, int c) {
        char ch = text.charAt(c);
        boolean before = c == 0 || !Character.isLetterOrDigit(text.charAt(c - 1));
        boolean after = c + 1 < text.length() && Character.isLetterOrDigit(text.charAt(c + 1));
        return (ch == '"' || ch == '\u201C' || ch == '\'' || ch == '\u2018') && before && after;
    }

    private static boolean closesQuote(String text, int c, char opening) {
        char ch = text.charAt(c);
        char expected = switch (opening) {
            case '\u201C' -> '\u201D';
            case '\u2018' -> '\u2019';
            default -> opening;
        };
        boolean before = c > 0 && !Character.isWhitespace(text.charAt(c - 1));
        boolean after = c + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(c + 1));
        return (ch == expected || opening == '\'' && ch == '\u2019') && before && after;
    }

    /**
     * Whether words after the claim ending at {@code lastToken}, in its clause, take it back. A relative
     * clause on the claim belongs to it: "…always return 200 with an error in the body, which is a bad
     * idea" judges the claim.
     */
    static boolean follows(AnalyzedText answer, int lastToken) {
        for (int i = lastToken + 1; i < answer.size && i <= lastToken + REACH + 1; i++) {
            if (Polarity.clauseBreak(answer, i) && !(i == lastToken + 1 && relativeAfterComma(answer, i))) {
                return false;
            }
            if (answer.kinds[i] == AnalyzedText.NEGATOR) {
                for (int j = i + 1; j < answer.size && j <= i + VERB_REACH; j++) {
                    if (Polarity.clauseBreak(answer, j)) {
                        return false;
                    }
                    if (answer.kinds[j] == AnalyzedText.CONTENT && VERBS.contains(answer.stems[j])) {
                        return true;
                    }
                }
            } else if (answer.kinds[i] == AnalyzedText.CONTENT && VERDICTS.contains(answer.stems[i])) {
                return true;
            }
        }
        return false;
    }

    /** Whether token i is "which" after a comma (and nothing else) that ends the token before it. */
    private static boolean relativeAfterComma(AnalyzedText answer, int i) {
        if (!"which".equals(surface(answer, i))) {
            return false;
        }
        String between = answer.text.substring(answer.ends[i - 1], answer.starts[i]).strip();
        return between.equals(",");
    }

    /** "…, but it doesn't.", "…, but that's not true": the next clause denies the claim and says nothing else. */
    static boolean deniedAfter(AnalyzedText answer, int lastToken) {
        int but = -1;
        for (int i = lastToken + 1; i < answer.size && i <= lastToken + REACH; i++) {
            if (answer.sentences[i] != answer.sentences[lastToken]) {
                return false;
            }
            if (answer.stems[i].equals("but")) {
                but = i;
                break;
            }
        }
        if (but < 0 || but + 2 >= answer.size || !CLAIM_PRONOUNS.contains(answer.stems[but + 1])) {
            return false;
        }
        int negator = -1;
        for (int i = but + 2; i < answer.size && i <= but + 3 && answer.sentences[i] == answer.sentences[but]; i++) {
            if (answer.kinds[i] == AnalyzedText.NEGATOR) {
                negator = i;
                break;
            }
            if (answer.kinds[i] != AnalyzedText.FUNCTION) {
                return false;
            }
        }
        if (negator < 0) {
            return false;
        }
        for (int i = negator + 1; i < answer.size; i++) {
            if (answer.sentences[i] != answer.sentences[negator] || Polarity.clauseBreak(answer, i)) {
                return true;
            }
            if (DENIALS.contains(answer.stems[i])) {
                return true;
            }
            if (answer.kinds[i] == AnalyzedText.CONTENT && !CLOSERS.contains(answer.stems[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * "The lead says coverage proves it works, but …", "People assume X. That's wrong": a claim reported
     * as someone else's (a reporting verb just before it, not "I" or "we" saying it) and answered after
     * it, in its sentence or at the start of the next.
     */
    static boolean reportedAndAnswered(AnalyzedText answer, int firstToken, int lastToken) {
        int verb = -1;
        for (int i = firstToken - 1; i >= 0 && i >= firstToken - REPORT_REACH; i--) {
            if (answer.sentences[i] != answer.sentences[firstToken]) {
                break;
            }
            if (REPORTING.contains(answer.stems[i]) || REPORTING.contains(surface(answer, i))) {
                verb = i;
                break;
            }
        }
        if (verb < 0 || verb > 0 && answer.sentences[verb - 1] == answer.sentences[verb]
                && FIRST_PERSON.contains(surface(answer, verb - 1))) {
            return false;
        }
        int sentence = answer.sentences[lastToken];
        for (int i = lastToken + 1; i < answer.size; i++) {
            if (answer.sentences[i] == sentence) {
                if (answer.stems[i].equals("but") || answer.stems[i].equals("however")) {
                    return true;
                }
            } else {
                // the next sentence opens with an answer: "But …", "No, …", "That's wrong", "Not quite"
                for (int j = i; j < answer.size && j <= i + 2 && answer.sentences[j] == answer.sentences[i]; j++) {
                    if (REBUTTALS.contains(surface(answer, j)) || VERDICTS.contains(answer.stems[j])) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** The token's text as written, lowercased. */
    static String surface(AnalyzedText answer, int token) {
        return answer.text.substring(answer.starts[token], answer.ends[token]).toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the token at {@code i} starts "instead of" or "rather than". */
    static boolean insteadOf(AnalyzedText answer, int i) {
        if (i + 1 >= answer.size) {
            return false;
        }
        String next = answer.stems[i + 1];
        return answer.stems[i].equals("instead") && next.equals("of") || answer.stems[i].equals("rather") && next.equals("than");
    }

    private static Set<String> stems(String... words) {
        var stemmer = new EnglishStemmer();
        var out = new HashSet<String>();
        for (String w : words) {
            stemmer.setCurrent(w);
            stemmer.stem();
            out.add(stemmer.getCurrent());
        }
        return Set.copyOf(out);
    }
}
