package dev.interviewcoach.graders.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Cuts text into tokens with Lucene's standard tokenizer (Unicode word boundaries), lowercases them,
 * drops possessives, stems content words with the Snowball English (Porter2) stemmer and marks
 * function words and negators. On top of that it reads what candidates write the way a person
 * would: identifiers split into words ({@code next_cursor}, {@code createdAt}), comparison
 * operators as words ({@code <} is "less than"), the shared {@linkplain Vocabulary domain
 * vocabulary} folded onto canonical tokens, British spellings read as American ones, "un-" words as negations ("unauthenticated" is "not
 * authenticated"), an option letter of the question ("(d)") read as that option's text, and
 * layout ignored (a hard-wrapped line does not end a sentence; soft hyphens vanish).
 * Thread-safe and linear in the text. An answer's analysis keeps nothing of it after it returns;
 * content's analysis ({@link #content}) remembers its words' stems for later ones ({@link Stems}).
 */
final class TextAnalyzer {
    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            stream = new LowerCaseFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    };

    private TextAnalyzer() {}

    private static boolean hasLetterOrDigit(String surface) {
        for (int i = 0; i < surface.length(); ) {
            int c = surface.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    static AnalyzedText analyze(String text) {
        return analyze(text, Map.of());
    }

    /**
     * Analyzes content (a rubric paraphrase, a prompt, a reference answer), remembering the stems of
     * its words for later analyses; answers go through {@link #analyze(String, Map)}, which remembers
     * nothing.
     *
     * @param text the content's text
     * @return the analysis
     */
    static AnalyzedText content(String text) {
        return analyzed(text, Map.of(), Stems.forContent(), Typos.none());
    }

    /**
     * Analyzes a text.
     *
     * @param text the text
     * @param options the question's lettered options ({@code 'd'} → "The username is already
     *     taken."), read in where the text names one by its letter; empty when the question has none
     */
    static AnalyzedText analyze(String text, Map<Character, String> options) {
        return analyzed(text, options, Stems.forAnswer(), Typos.none());
    }

    /**
     * Analyzes an answer to a rubric, reading its misspellings of the rubric's evidence as the words
     * they misspell ({@link Typos}).
     *
     * @param text the answer
     * @param options the question's lettered options, as in {@link #analyze(String, Map)}
     * @param typos the misspellings to read
     */
    static AnalyzedText analyze(String text, Map<Character, String> options, Typos typos) {
        return analyzed(text, options, Optional.empty(), Stems.forAnswer(), typos);
    }

    /**
     * Analyzes an answer to a rubric whose question offers two alternatives: an opening of a few words
     * that names one reads the question in with it ({@link Alternatives}).
     *
     * @param text the answer
     * @param options the question's lettered options, as in {@link #analyze(String, Map)}
     * @param alternatives the question's alternatives, if it offers two
     * @param typos the misspellings to read
     */
    static AnalyzedText analyze(String text, Map<Character, String> options, Optional<Alternatives> alternatives,
            Typos typos) {
        return analyzed(text, options, alternatives, Stems.forAnswer(), typos);
    }

    private static AnalyzedText analyzed(String text, Map<Character, String> options, Stems stems, Typos typos) {
        return analyzed(text, options, Optional.empty(), stems, typos);
    }

    private static AnalyzedText analyzed(String text, Map<Character, String> options, Optional<Alternatives> alternatives,
            Stems stems, Typos typos) {
        TokenList tokens = tokens(text, options, alternatives, stems);
        Quantities.fold(tokens, text);
        Rates.fold(tokens, text);
        Vocabulary.standard().fold(tokens, text);
        typos.correct(tokens, text);
        return new AnalyzedText(text, tokens, Negation.sententialScope(text, tokens));
    }

    /** The tokens of a text before the vocabulary is folded in. */
    static TokenList tokens(String text, Map<Character, String> options, Stems stems) {
        return tokens(text, options, Optional.empty(), stems);
    }

    private static TokenList tokens(String text, Map<Character, String> options, Optional<Alternatives> alternatives,
            Stems stems) {
        // Options are read before the text: the analyzer's stream for this thread is reused.
        var optionTokens = new HashMap<Character, TokenList>();
        options.forEach((letter, option) -> optionTokens.put(letter, tokens(option, Map.of(), stems)));
        var choices = new HashMap<String, TokenList>();
        alternatives.ifPresent(a -> {
            choices.put(a.withLeft(), tokens(a.withLeft(), Map.of(), stems));
            choices.put(a.withRight(), tokens(a.withRight(), Map.of(), stems));
        });
        var out = new TokenList();
        int sentence = 0;
        int previousEnd = 0;
        boolean[] fence = {false};
        try (TokenStream ts = ANALYZER.tokenStream("answer", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                int start = offset.startOffset();
                int end = offset.endOffset();
                if (Layout.sentenceBreak(text, previousEnd, start, fence) && out.size > 0) {
                    if (sentence == 0) {
                        readInChoice(text, out, alternatives, choices);
                    }
                    sentence++;
                }
                Symbols.read(text, previousEnd, start, sentence, out);
                previousEnd = end;
                String surface = Layout.stripFormatting(term.toString().replace('\u2019', '\''));
                if (surface.isEmpty() || !hasLetterOrDigit(surface)) {
                    continue; // an emoji or pictograph says nothing a rubric reads, and keeps no words apart
                }
                int parameter = PathParameters.at(text, start, end);
                if (parameter != PathParameters.NONE) {
                    if (parameter == PathParameters.FIRST) {
                        out.add(stems.stem("id"), start, end, AnalyzedText.CONTENT, sentence, false);
                    }
                    continue;
                }
                Character option = Options.named(text, start, end, surface, options);
                if (option != null) {
                    TokenList read = optionTokens.get(option);
                    for (int i = 0; i < read.size; i++) {
                        out.add(read.stems[i], start, end, read.kinds[i], sentence, true);
                    }
                    out.wordCount += read.wordCount;
                    out.functionWordCount += read.functionWordCount;
                    out.grammarWordCount += read.grammarWordCount;
                    continue;
                }
                var parts = Identifiers.split(text, start, end);
                if (parts == null) {
                    word(text, surface, start, end, sentence, out, stems);
                } else {
                    if (Identifiers.isCamelCase(text, start, end)) {
                        // "HttpOnly" is also "httponly", as a rubric written in lowercase has it.
                        word(text, surface, start, end, sentence, out, stems);
                    }
                    for (int p = 0; p < parts.length; p += 2) {
                        String part = text.substring(parts[p], parts[p + 1]).toLowerCase(java.util.Locale.ROOT);
                        word(text, part, parts[p], parts[p + 1], sentence, out, stems);
                    }
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (sentence == 0 && out.size > 0) {
            readInChoice(text, out, alternatives, choices);
        }
        if (Layout.sentenceBreak(text, previousEnd, text.length(), fence) && out.size > 0) {
            sentence++;
        }
        Symbols.read(text, previousEnd, text.length(), sentence, out);
        Negation.dropNonNegating(text, out);
        alternatives.ifPresent(a -> markBothAlternatives(text, out, a));
        return out;
    }

    /** Marks the sentences that name both alternatives, each by its first word as written. */
    private static void markBothAlternatives(String text, TokenList out, Alternatives alternatives) {
        var left = new java.util.BitSet();
        var right = new java.util.BitSet();
        for (int i = 0; i < out.size; i++) {
            if (out.virtual[i]) {
                continue;
            }
            // compared in place: a long answer is not copied word by word
            if (writes(text, out, i, alternatives.leftFirst())) {
                left.set(out.sentences[i]);
            } else if (writes(text, out, i, alternatives.rightFirst())) {
                right.set(out.sentences[i]);
            }
        }
        left.and(right);
        out.bothAlternatives = left;
    }

    /** Whether token {@code i} is the word as written, in any case. */
    private static boolean writes(String text, TokenList out, int i, String word) {
        return out.ends[i] - out.starts[i] == word.length() && text.regionMatches(true, out.starts[i], word, 0, word.length());
    }

    /**
     * After a text's first sentence: when it is a few words that open with one of the question's two
     * alternatives ("After the commit."), the question as it reads with that alternative is read in,
     * within that sentence and quoted as it, as an option is for its letter.
     */
    private static void readInChoice(String text, TokenList out, Optional<Alternatives> alternatives,
            Map<String, TokenList> choices) {
        if (alternatives.isEmpty() || out.wordCount > Alternatives.MOST_WORDS) {
            return;
        }
        var chosen = alternatives.get().chosenBy(text.substring(out.starts[0], out.ends[0]));
        if (chosen.isEmpty()) {
            return;
        }
        TokenList read = choices.get(chosen.get());
        int start = out.starts[0];
        int end = out.ends[out.size - 1];
        for (int i = 0; i < read.size; i++) {
            out.add(read.stems[i], start, end, read.kinds[i], 0, true);
        }
    }

    private static void word(String text, String surface, int start, int end, int sentence, TokenList out,
            Stems stems) {
        boolean letters = Character.isLetter(surface.codePointAt(0));
        // "no" in "no-cache" or "if" in "If-None-Match" is part of a term, not prose.
        boolean hyphenated = hyphenAt(text, start - 1) || hyphenAt(text, end);
        if (letters) {
            out.wordCount++;
        }
        var wordKind = WordLists.kind(surface);
        if (wordKind == WordLists.Kind.NEGATOR && !sqlKeyword(text, start, end) || deniedSubject(text, surface, end)
                || surface.equals("non") && hyphenAt(text, end)) {
            out.add(surface, start, end, AnalyzedText.NEGATOR, sentence, false);
            out.functionWordCount += hyphenated ? 0 : 1;
            out.grammarWordCount += hyphenated ? 0 : 1;
        } else if (wordKind == WordLists.Kind.FUNCTION) {
            out.add(surface, start, end, AnalyzedText.FUNCTION, sentence, false);
            out.functionWordCount += hyphenated ? 0 : 1;
            out.grammarWordCount += hyphenated ? 0 : 1;
        } else {
            String positive = Negation.unPrefixed(surface);
            if (positive != null) {
                out.add("not", start, end, AnalyzedText.NEGATOR, sentence, false);
                out.add(stems.stem(positive), start, end, AnalyzedText.CONTENT, sentence, false);
            } else {
                out.add(stems.stem(surface), start, end, AnalyzedText.CONTENT, sentence, false);
            }
            if (wordKind == WordLists.Kind.PROSE && !hyphenated) {
                out.functionWordCount++;
            } else if (CodeKeywords.structure(text, start, end, sentence, out)) {
                // "CREATE TABLE … BIGINT NOT NULL": SQL's own grammar, so a DDL answer reads as statements, not soup
                out.functionWordCount++;
                out.grammarWordCount++;
            }
        }
    }

    /** Subjects that deny what their verb says: "nothing is deleted", "nobody can read it". */
    private static final java.util.Set<String> DENIED_SUBJECTS = java.util.Set.of("nothing", "nobody", "noone");
    /** Verbs right after such a subject that make it the subject of a clause. */
    private static final java.util.Set<String> SUBJECT_VERBS = java.util.Set.of("is", "are", "was", "were", "gets", "get",
            "got", "will", "would", "can", "could", "should", "must", "may", "ever", "has", "had", "stores", "keeps",
            "reads", "sees", "changes", "happens");

    /**
     * "Nothing is deleted": a subject that denies the clause it opens, followed directly by its verb. As
     * an object ("it returns nothing", "nothing else") it is left alone: there it names an empty result
     * and denies nothing around it.
     */
    private static boolean deniedSubject(String text, String surface, int end) {
        char first = surface.charAt(0);
        if (first != 'n' && first != 'N' || !DENIED_SUBJECTS.contains(surface.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        int at = end;
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        int to = at;
        while (to < text.length() && Character.isLetter(text.charAt(to))) {
            to++;
        }
        return to > at && SUBJECT_VERBS.contains(text.substring(at, to).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean hyphenAt(String text, int at) {
        return at >= 0 && at < text.length() && (text.charAt(at) == '-' || text.charAt(at) == '_');
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
}
