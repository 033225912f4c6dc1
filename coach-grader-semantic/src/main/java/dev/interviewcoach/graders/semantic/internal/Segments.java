package dev.interviewcoach.graders.semantic.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * An answer cut into the pieces the model reads: sentences (ended by {@code . ! ? ;} before a space,
 * a blank line or a line break before a list item), a sentence longer than {@link #MAX_SEGMENT_WORDS} words cut into pieces of that
 * length, within a window of {@link #WINDOW_WORDS} words and {@link #MAX_SEGMENTS} pieces from the
 * start. What lies past the window is not read, and {@link #note()} says so.
 *
 * <p>A word is a run of letters and digits. The window keeps the cost of grading linear in the
 * answer's length up to the window and flat after it: the model reads at most
 * {@code MAX_SEGMENTS} pieces of at most {@code MAX_SEGMENT_WORDS} words.
 *
 * @param pieces the pieces read, in order
 * @param wordsRead the words in the pieces read
 * @param wordsTotal the words in the whole answer
 */
record Segments(List<Piece> pieces, int wordsRead, int wordsTotal) {
    /** The most words read from one answer. */
    static final int WINDOW_WORDS = dev.interviewcoach.graders.semantic.SemanticGraders.WINDOW_WORDS;
    /** The most words in one piece; longer sentences are cut (the model was trained on short texts). */
    static final int MAX_SEGMENT_WORDS = dev.interviewcoach.graders.semantic.SemanticGraders.MAX_SENTENCE_WORDS;
    /** The most pieces read from one answer. */
    static final int MAX_SEGMENTS = dev.interviewcoach.graders.semantic.SemanticGraders.MAX_SENTENCES;

    /** One piece of the answer: where it lies and the words in it. */
    record Piece(int start, int end, List<String> words) {
        /** The piece's text, cleaned of what the tokenizer cannot take (control characters, lone surrogates). */
        String clean(String answer) {
            var b = new StringBuilder(end - start);
            for (int i = start; i < end; i++) {
                char c = answer.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(answer.charAt(i + 1))) {
                    b.append(c).append(answer.charAt(++i));
                } else if (Character.isSurrogate(c) || Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF') {
                    b.append(' ');
                } else {
                    b.append(c);
                }
            }
            return b.toString().strip();
        }
    }

    Segments {
        pieces = List.copyOf(pieces);
    }

    /** Whether some of the answer was not read. */
    boolean truncated() {
        return wordsRead < wordsTotal;
    }

    /** What was not read, for the grade's message; empty when everything was read. */
    String note() {
        if (!truncated()) {
            return "";
        }
        return "semantic matching read the first " + wordsRead + " of " + wordsTotal + " words (whole sentences, "
                + "at most " + MAX_SEGMENTS + " of at most " + MAX_SEGMENT_WORDS + " words each, until " + WINDOW_WORDS
                + " words had been read); the rest of the answer was not read by the model";
    }

    /** Cuts a text into pieces within the window. */
    static Segments of(String text) {
        var pieces = new ArrayList<Piece>();
        var words = new ArrayList<String>();
        int pieceStart = -1;
        int pieceEnd = -1;
        int read = 0;
        int total = 0;
        boolean open = true;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                int s = i;
                while (i < n && Character.isLetterOrDigit(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                total++;
                if (open) {
                    if (pieceStart < 0) {
                        pieceStart = s;
                    }
                    pieceEnd = i;
                    words.add(text.substring(s, i).toLowerCase(java.util.Locale.ROOT));
                    read++;
                    if (words.size() == MAX_SEGMENT_WORDS) {
                        open = flush(pieces, words, pieceStart, pieceEnd, read);
                        pieceStart = -1;
                    }
                }
                continue;
            }
            i += Character.charCount(cp);
            boolean end = (cp == '\n' && breaksParagraph(text, i))
                    || ((cp == '.' || cp == '!' || cp == '?' || cp == ';')
                    && (i >= n || Character.isWhitespace(text.charAt(i))));
            if (end && open && !words.isEmpty()) {
                pieceEnd = i;
                open = flush(pieces, words, pieceStart, pieceEnd, read);
                pieceStart = -1;
            }
        }
        if (open && !words.isEmpty()) {
            flush(pieces, words, pieceStart, pieceEnd, read);
        }
        return new Segments(pieces, read, total);
    }

    /**
     * Whether the line break before {@code i} ends a sentence: a blank line or a list item follows
     * (a single line break inside a paragraph is text wrapped to a width, not a sentence's end).
     */
    private static boolean breaksParagraph(String text, int i) {
        int j = i;
        while (j < text.length() && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        if (j >= text.length()) {
            return true;
        }
        char c = text.charAt(j);
        return c == '\n' || c == '-' || c == '*' || c == '\u2022' || Character.isDigit(c) && j + 1 < text.length()
                && (text.charAt(j + 1) == '.' || text.charAt(j + 1) == ')');
    }

    /** Adds the piece; false when the window is full. */
    private static boolean flush(List<Piece> pieces, List<String> words, int start, int end, int read) {
        pieces.add(new Piece(start, end, List.copyOf(words)));
        words.clear();
        return pieces.size() < MAX_SEGMENTS && read < WINDOW_WORDS;
    }
}
