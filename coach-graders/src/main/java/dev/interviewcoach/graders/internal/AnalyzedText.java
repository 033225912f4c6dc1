package dev.interviewcoach.graders.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A text cut into tokens by the analyzer: each token's stem, its character range in the original
 * text and whether it is a content word, a function word or a negator. Content tokens also get a
 * position among content tokens, which is what phrase windows are measured in.
 */
final class AnalyzedText {
    static final byte CONTENT = 0;
    static final byte FUNCTION = 1;
    static final byte NEGATOR = 2;

    final String text;
    final int size;
    final String[] stems;
    final int[] starts;
    final int[] ends;
    final byte[] kinds;
    /** Per token, the sentence it stands in. */
    final int[] sentences;
    /** Per token, whether a sentence declares it false ("It is false that ..."). */
    final boolean[] declaredFalse;
    /** For each content position, the token index. */
    final int[] contentTokens;
    /** For each content position, the sentence it stands in. */
    final int[] contentSentence;
    final int contentCount;
    /** For each content stem, its content positions in increasing order. */
    final Map<String, int[]> positions;
    /** The sentences that name both of the question's alternatives, which repeat its choice rather than make it. */
    final java.util.BitSet bothAlternatives;
    /** Content stems the text wrote itself (not read in from the question's options). */
    final Set<String> ownStems;
    /** Per token index i, how many negators stand before it; one more entry for the end of the text. */
    private final int[] negatorsBefore;
    /**
     * Per token, the nearest token at or before it that opens "instead of" or "rather than" with no
     * clause break between them, or -1.
     */
    private final int[] insteadOfInClause;
    /** Tokens made of letters, and how many of those are function words: the keyword-soup signal. */
    final int wordCount;
    /** How many lines hold words: an answer laid out as notes has several. */
    final int wordLines;
    final int functionWordCount;
    /** Of those, the grammar words proper (no prose words such as "more" or "once"). */
    final int grammarWordCount;
    /** Tokens that are not content words, and how often the most frequent of them stands: prose varies them. */
    final int grammarTokens;
    final int topGrammarToken;
    /** Per token, whether the text did not write it (an option letter's text, read in from the question). */
    private final boolean[] virtual;

    AnalyzedText(String text, TokenList t, boolean[] declaredFalse) {
        this.text = text;
        this.size = t.size;
        this.stems = t.stems;
        this.starts = t.starts;
        this.ends = t.ends;
        this.kinds = t.kinds;
        this.sentences = t.sentences;
        this.declaredFalse = declaredFalse;
        this.virtual = t.virtual;
        this.bothAlternatives = t.bothAlternatives;
        this.wordCount = t.wordCount;
        this.wordLines = t.wordLines;
        this.functionWordCount = t.functionWordCount;
        this.grammarWordCount = t.grammarWordCount;
        int content = 0;
        for (int i = 0; i < size; i++) {
            if (kinds[i] == CONTENT) {
                content++;
            }
        }
        this.contentCount = content;
        this.contentTokens = new int[content];
        this.contentSentence = new int[content];
        var own = new HashSet<String>();
        var function = new HashMap<String, Integer>();
        int top = 0;
        // One pass: each stem's array holds its count at [0] and its positions after it, grown as needed.
        var growing = new HashMap<String, int[]>(Math.max(16, content * 2));
        int c = 0;
        for (int i = 0; i < size; i++) {
            if (kinds[i] != CONTENT) {
                top = Math.max(top, function.merge(stems[i], 1, Integer::sum));
                continue;
            }
            contentTokens[c] = i;
            contentSentence[c] = t.sentences[i];
            if (!t.virtual[i]) {
                own.add(stems[i]);
            }
            add(growing, stems[i], c);
            for (String declared : CodeKeywords.declaredAll(text, starts[i], ends[i])) {
                add(growing, declared, c);
            }
            // a quantity also says its unit ("five minutes" says "minutes")
            String unit = Quantities.unitWord(stems[i]);
            if (unit != null) {
                add(growing, unit, c);
            }
            // a named thing also says its kind ("Postgres" says "database")
            String kind = Vocabulary.standard().kindOf(stems[i]);
            if (kind != null) {
                add(growing, kind, c);
            }
            // "cacheable" also says "cached"
            String verb = t.virtual[i] ? null : Abilities.verbStem(text, starts[i], ends[i]);
            if (verb != null && !verb.equals(stems[i])) {
                add(growing, verb, c);
            }
            // Two open words side by side also stand for their closed compound ("rolled back": "rollback").
            if (i + 1 < size && t.sentences[i + 1] == t.sentences[i]) {
                String joined = Compounds.standard().joined(stems[i], stems[i + 1]);
                if (joined != null) {
                    add(growing, joined, c);
                }
            }
            c++;
        }
        this.negatorsBefore = new int[size + 1];
        for (int i = 0; i < size; i++) {
            negatorsBefore[i + 1] = negatorsBefore[i] + (kinds[i] == NEGATOR ? 1 : 0);
        }
        this.insteadOfInClause = new int[size];
        int insteadOf = -1;
        for (int i = 0; i < size; i++) {
            if (i > 0 && Polarity.clauseBreak(this, i)) {
                insteadOf = -1;
            }
            if (Rejection.insteadOf(this, i)) {
                insteadOf = i;
            }
            insteadOfInClause[i] = insteadOf;
        }
        growing.replaceAll((stem, list) -> Arrays.copyOfRange(list, 1, list[0] + 1));
        this.positions = growing;
        this.ownStems = own;
        this.grammarTokens = size - content;
        this.topGrammarToken = top;
    }

    /** Appends content position {@code c} to the stem's growing list (its count at [0]), once. */
    private static void add(Map<String, int[]> growing, String stem, int c) {
        int[] list = growing.get(stem);
        if (list == null) {
            list = new int[4];
            growing.put(stem, list);
        } else if (list[list[0]] == c && list[0] > 0) {
            return;
        } else if (list[0] + 1 == list.length) {
            list = Arrays.copyOf(list, list.length * 2);
            growing.put(stem, list);
        }
        list[++list[0]] = c;
    }

    /** The first token that starts at or after a character offset, or {@code size} when none does. */
    int firstTokenFrom(int offset) {
        int i = java.util.Arrays.binarySearch(starts, 0, size, offset);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && starts[i - 1] == offset) {
            i--; // tokens read in at one offset (a word and its unit) share it
        }
        return i;
    }

    /** The sentence of the token that starts at or covers a character offset, or -1. */
    int sentenceAt(int offset) {
        for (int i = 0; i < size; i++) {
            if (ends[i] > offset) {
                return starts[i] <= offset || i == 0 ? sentences[i] : sentences[i - 1];
            }
        }
        return size == 0 ? -1 : sentences[size - 1];
    }

    /** How many negators stand among the tokens {@code from} to {@code to}, both included. */
    int negators(int from, int to) {
        return from > to ? 0 : negatorsBefore[to + 1] - negatorsBefore[from];
    }

    /**
     * The nearest token at or before {@code token} that opens "instead of" or "rather than" with no
     * clause break between them, or -1.
     */
    int insteadOfInClause(int token) {
        return insteadOfInClause[token];
    }

    /** Commas inside parentheses, in text order, and where each one's parentheses close; made on first use. */
    private int[] listCommas;
    private int[] listCommasClose;

    /**
     * Whether a comma inside parentheses stands between two character offsets, in parentheses still open
     * at the second: an item of a list ends between them ("(order_id … CASCADE, product_id …)"). One pass
     * over the text the first time, then a binary search.
     */
    boolean listCommaBetween(int from, int to) {
        if (listCommas == null) {
            findListCommas();
        }
        int i = java.util.Arrays.binarySearch(listCommas, from);
        for (i = i >= 0 ? i : -i - 1; i < listCommas.length && listCommas[i] < to; i++) {
            if (listCommasClose[i] > to) {
                return true;
            }
        }
        return false;
    }

    private void findListCommas() {
        var open = new java.util.ArrayDeque<Integer>();
        var commas = new java.util.ArrayList<int[]>();
        var closeOf = new HashMap<Integer, Integer>();
        for (int c = 0; c < text.length(); c++) {
            char ch = text.charAt(c);
            if (ch == '(') {
                open.push(c);
            } else if (ch == ')' && !open.isEmpty()) {
                closeOf.put(open.pop(), c);
            } else if (ch == ',' && !open.isEmpty()) {
                commas.add(new int[] {c, open.peek()});
            }
        }
        listCommas = new int[commas.size()];
        listCommasClose = new int[commas.size()];
        for (int i = 0; i < commas.size(); i++) {
            listCommas[i] = commas.get(i)[0];
            listCommasClose[i] = closeOf.getOrDefault(commas.get(i)[1], text.length());
        }
    }

    /**
     * Per character, +1 where an aside in parentheses opens, -1 where it closes, 0 elsewhere; made on
     * first use. An aside is a parenthesis that holds a clause, with a grammar word in it ("(or the LB
     * generates one)"), and is not a call ({@code lower(email)}: right after a letter, digit or
     * underscore). A list of names or values ("(status, created_at)") is no aside, nor is a label
     * ("(c)"): a claim may run through it ("an index on (status, created_at) fixes it").
     */
    /** Per sentence, the first and the last token that marks it as a trial (-1: none); found on first use. */
    private int[] trialFirst;
    private int[] trialLast;

    /**
     * Whether the sentence of a claim's tokens holds a word that sets it up as a trial ({@link
     * Frames#marksTrial}) outside the claim itself.
     */
    boolean trialOutside(int firstToken, int lastToken) {
        if (trialFirst == null) {
            int sentenceCount = size == 0 ? 0 : sentences[size - 1] + 1;
            trialFirst = new int[sentenceCount];
            trialLast = new int[sentenceCount];
            java.util.Arrays.fill(trialFirst, -1);
            java.util.Arrays.fill(trialLast, -1);
            for (int i = 0; i < size; i++) {
                if (Frames.marksTrial(this, i)) {
                    int s = sentences[i];
                    if (trialFirst[s] < 0) {
                        trialFirst[s] = i;
                    }
                    trialLast[s] = i;
                }
            }
        }
        int s = sentences[firstToken];
        return trialFirst[s] >= 0 && (trialFirst[s] < firstToken || trialLast[s] > lastToken);
    }

    private byte[] asides;

    /**
     * Whether an aside in parentheses opens or closes between two character offsets without closing or
     * opening again before the second: the first word stands inside "(or the LB generates one)" and the
     * next outside it, or the other way round. A claim does not run out of an aside into the sentence
     * around it: "(or the LB generates one), retries only idempotent calls" does not say the LB retries.
     */
    boolean asideBetween(int from, int to) {
        if (asides == null) {
            findAsides();
        }
        int depth = 0;
        for (int c = Math.max(0, from); c < to && c < asides.length; c++) {
            depth += asides[c];
            if (depth < 0) {
                return true;
            }
        }
        return depth != 0;
    }

    private void findAsides() {
        var marks = new byte[text.length()];
        var open = new java.util.ArrayDeque<Integer>();
        for (int c = 0; c < text.length(); c++) {
            char ch = text.charAt(c);
            if (ch == '(') {
                open.push(c);
            } else if (ch == ')' && !open.isEmpty()) {
                int o = open.pop();
                char before = o == 0 ? ' ' : text.charAt(o - 1);
                if (!Character.isLetterOrDigit(before) && before != '_' && holdsGrammarWord(o, c)) {
                    marks[o] = 1;
                    marks[c] = -1;
                }
            }
        }
        asides = marks;
    }

    /** Whether the parenthesis holds several words, one a grammar word of its own: not a label such as "(c)". */
    private boolean holdsGrammarWord(int open, int close) {
        if (text.substring(open + 1, close).strip().chars().noneMatch(Character::isWhitespace)) {
            return false;
        }
        int i = java.util.Arrays.binarySearch(starts, 0, size, open + 1);
        for (i = i >= 0 ? i : -i - 1; i < size && ends[i] <= close; i++) {
            // a grammar word of its own, not a part of a name such as created_at
            if (kinds[i] != CONTENT && !namePart(starts[i] - 1) && !namePart(ends[i])) {
                return true;
            }
        }
        return false;
    }

    private boolean namePart(int at) {
        return at >= 0 && at < text.length() && (text.charAt(at) == '_' || text.charAt(at) == '.'
                && at + 1 < text.length() && Character.isLetterOrDigit(text.charAt(at + 1)));
    }

    /**
     * The span from {@code start} to {@code end}, widened to whole words: a word the analysis split
     * (the {@code first} of {@code firstName}, the {@code Job} of {@code CronJob}) is quoted whole, so
     * evidence never cuts a word of the answer in two.
     */
    dev.interviewcoach.api.EvidenceSpan wholeWords(int start, int end) {
        int s = start;
        while (s > 0 && Character.isLetterOrDigit(text.charAt(s - 1)) && Character.isLetterOrDigit(text.charAt(s))) {
            s--;
        }
        int e = end;
        while (e < text.length() && e > 0 && Character.isLetterOrDigit(text.charAt(e - 1))
                && Character.isLetterOrDigit(text.charAt(e))) {
            e++;
        }
        return new dev.interviewcoach.api.EvidenceSpan(s, e);
    }

    /** Per content position, the identifier it is a part of, or -1; made on first use. */
    private int[] identifierOf;

    /**
     * The identifier a content word is a part of ({@code order_id}, {@code orders.customer_id},
     * {@code createdAt}), named by its first token, or -1 when the word stands alone or is the only
     * content word of its identifier. An identifier's words are one name, not words free to pair with
     * others: "customers gets an order_id" does not say "customer id".
     */
    int identifierOf(int contentPosition) {
        return identifiers()[contentPosition];
    }

    /** Whether any content word of the text is a part of an identifier. */
    boolean hasIdentifiers() {
        identifiers();
        return hasIdentifiers;
    }

    private int[] identifiers() {
        if (identifierOf == null) {
            identifierOf = findIdentifiers();
        }
        return identifierOf;
    }

    private boolean hasIdentifiers;

    private int[] findIdentifiers() {
        int[] runOf = new int[size];
        int[] contentInRun = new int[size];
        for (int i = 0; i < size; i++) {
            runOf[i] = i > 0 && sameIdentifier(i - 1, i) ? runOf[i - 1] : i;
            if (kinds[i] == CONTENT) {
                contentInRun[runOf[i]]++;
            }
        }
        int[] out = new int[contentCount];
        for (int c = 0; c < contentCount; c++) {
            int run = runOf[contentTokens[c]];
            out[c] = contentInRun[run] > 1 ? run : -1;
            hasIdentifiers |= out[c] >= 0;
        }
        return out;
    }

    /** Whether the token was read in from elsewhere (an option's text for its letter), not written. */
    boolean readIn(int token) {
        return virtual != null && virtual[token];
    }

    /**
     * Whether two neighbouring tokens are parts of one identifier: joined by one underscore or dot
     * between letters or digits, split at a capital with nothing between, or a camel-case word and its
     * parts (which cover the same characters). Tokens read in from elsewhere (an option's text) share
     * one range without being one name.
     */
    private boolean sameIdentifier(int a, int b) {
        if (readIn(a) || readIn(b)) {
            return false;
        }
        if (starts[b] < ends[a]) {
            return starts[b] >= starts[a];
        }
        int gap = starts[b] - ends[a];
        if (ends[a] == 0 || starts[b] >= text.length()) {
            return false;
        }
        char before = text.charAt(ends[a] - 1);
        char after = text.charAt(starts[b]);
        if (gap == 0) {
            return Character.isLetter(before) && Character.isLetter(after);
        }
        char between = text.charAt(ends[a]);
        return gap == 1 && (between == '_' || between == '.') && Character.isLetterOrDigit(before)
                && Character.isLetterOrDigit(after);
    }

    /** Share of words that are function words; prose is around 0.4–0.5, keyword lists near 0. */
    double functionWordRatio() {
        return wordCount == 0 ? 0 : (double) functionWordCount / wordCount;
    }
}
