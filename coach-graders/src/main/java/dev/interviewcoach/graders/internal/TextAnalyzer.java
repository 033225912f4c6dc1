package dev.interviewcoach.graders.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Cuts text into tokens with Lucene's standard tokenizer (Unicode word boundaries), lowercases them,
 * drops possessives, stems content words with the Snowball English (Porter2) stemmer and marks
 * function words and negators. Thread-safe; linear in the text.
 */
public final class TextAnalyzer {
    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            stream = new LowerCaseFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    };

    /** Stems of words seen before: stemming is pure, and answers reuse a small vocabulary. Bounded. */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> STEMS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED_STEMS = 100_000;
    private static final int MAX_CACHED_WORD = 40;

    private TextAnalyzer() {}

    /**
     * Only tokenizes, with the same Lucene chain the grader uses; the baseline of the throughput benchmark.
     *
     * @param text the text
     * @return the number of tokens
     */
    public static int countTokens(String text) {
        try (TokenStream ts = ANALYZER.tokenStream("answer", new StringReader(text))) {
            ts.reset();
            int n = 0;
            while (ts.incrementToken()) {
                n++;
            }
            ts.end();
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AnalyzedText analyze(String text) {
        int capacity = 16;
        String[] stems = new String[capacity];
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        byte[] kinds = new byte[capacity];
        int[] sentences = new int[capacity];
        int sentence = 0;
        int n = 0;
        int words = 0;
        int functionWords = 0;
        var stemmer = new EnglishStemmer();
        try (TokenStream ts = ANALYZER.tokenStream("answer", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (n == capacity) {
                    capacity *= 2;
                    stems = Arrays.copyOf(stems, capacity);
                    starts = Arrays.copyOf(starts, capacity);
                    ends = Arrays.copyOf(ends, capacity);
                    kinds = Arrays.copyOf(kinds, capacity);
                    sentences = Arrays.copyOf(sentences, capacity);
                }
                if (n > 0 && sentenceBreak(text, ends[n - 1], offset.startOffset())) {
                    sentence++;
                }
                String surface = term.toString().replace('\u2019', '\'');
                boolean word = Character.isLetter(surface.codePointAt(0));
                // "no" in "no-cache" or "if" in "If-None-Match" is part of a term, not prose.
                boolean hyphenated = hyphenAt(text, offset.startOffset() - 1) || hyphenAt(text, offset.endOffset());
                if (word) {
                    words++;
                }
                byte kind;
                String stem;
                var wordKind = WordLists.kind(surface);
                if (wordKind == WordLists.Kind.NEGATOR && !sqlKeyword(text, offset.startOffset(), offset.endOffset())) {
                    kind = AnalyzedText.NEGATOR;
                    stem = surface;
                    functionWords += hyphenated ? 0 : 1;
                } else if (wordKind == WordLists.Kind.FUNCTION) {
                    kind = AnalyzedText.FUNCTION;
                    stem = surface;
                    functionWords += hyphenated ? 0 : 1;
                } else {
                    kind = AnalyzedText.CONTENT;
                    stem = stem(stemmer, surface);
                    if (wordKind == WordLists.Kind.PROSE && !hyphenated) {
                        functionWords++;
                    }
                }
                stems[n] = stem;
                starts[n] = offset.startOffset();
                ends[n] = offset.endOffset();
                kinds[n] = kind;
                sentences[n] = sentence;
                n++;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AnalyzedText(text, n, stems, starts, ends, kinds, sentences, words, functionWords);
    }

    private static boolean hyphenAt(String text, int at) {
        return at >= 0 && at < text.length() && (text.charAt(at) == '-' || text.charAt(at) == '_');
    }

    /** A full stop followed by space, or ! ? ; or a line break, ends a sentence. */
    static boolean sentenceBreak(String text, int from, int to) {
        for (int c = Math.max(0, from); c < to; c++) {
            char ch = text.charAt(c);
            if (ch == '!' || ch == '?' || ch == ';' || ch == '\n'
                    || (ch == '.' && (c + 1 >= text.length() || Character.isWhitespace(text.charAt(c + 1))))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "NOT" written in capitals before another capitalised word is SQL ({@code NOT NULL}, {@code NOT VALID},
     * {@code NOT EXISTS}), not a negation of the sentence.
     */
    private static boolean sqlKeyword(String text, int start, int end) {
        if (!text.startsWith("NOT", start) || end - start != 3) {
            return false;
        }
        int next = end;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        int upper = 0;
        while (next + upper < text.length() && Character.isUpperCase(text.charAt(next + upper))) {
            upper++;
        }
        return upper >= 2;
    }

    private static String stem(EnglishStemmer stemmer, String surface) {
        String cached = STEMS.get(surface);
        if (cached != null) {
            return cached;
        }
        String synonym = WordLists.SYNONYMS.get(surface);
        String stem;
        if (synonym != null) {
            stem = synonym;
        } else {
            stemmer.setCurrent(surface);
            stemmer.stem();
            String stemmed = stemmer.getCurrent();
            stem = WordLists.SYNONYMS.getOrDefault(stemmed, stemmed);
        }
        if (surface.length() <= MAX_CACHED_WORD) {
            if (STEMS.size() >= MAX_CACHED_STEMS) {
                STEMS.clear();
            }
            STEMS.put(surface, stem);
        }
        return stem;
    }
}
