package dev.interviewcoach.graders.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Misspellings read as the rubric word they slip from: "update it everywere" says "everywhere". A
 * content word of the answer is read as a word of the rubric's evidence when it is no English word
 * (not in the bundled list of English words from SCOWL, nor a word the challenge itself writes in its
 * prompt, scenario, reference answer or misconceptions), is written in lowercase letters (a capital
 * at most at its start: no identifier, acronym or code), has five letters or more, and is one edit
 * from that evidence word with the same first letter. A real word is never read as another ("route"
 * is never "router"); a term of the trade the list lacks is read as a rubric word only when it is one
 * slip from it; and what is read depends on the answer and the challenge alone, never on what was
 * graded before.
 */
final class Typos {
    /** The shortest word read as a misspelling: one edit turns shorter words into too many others. */
    static final int MIN_LENGTH = 5;
    /**
     * One slip at most (a letter added, dropped, changed or two swapped): two would read terms of the
     * trade the word list lacks as other words ("checksum" as "checkout").
     */
    static final int MAX_EDITS = 1;
    /** At most this many words of one answer are looked up, so a hostile answer costs what a long one does. */
    static final int MAX_LOOKUPS = 2_000;
    private static final String RESOURCE = "/dev/interviewcoach/graders/english-words.txt.gz";

    /** The evidence's words of {@link #MIN_LENGTH} letters or more by first letter, and the stem each is read as. */
    private final Map<Character, List<String>> targets;
    private final Map<String, String> stemOf;

    /** The stems those words are read as: an answer's word with one of them is no misspelling. */
    private final Set<String> evidenceStems;

    /** Other words the challenge writes (its prompt, scenario, reference answer, misconceptions): never slips. */
    private final Set<String> known;

    private Typos(Map<String, String> stemOf, Set<String> known) {
        this.stemOf = stemOf;
        this.known = known;
        this.evidenceStems = new HashSet<>(stemOf.values());
        var byLetter = new HashMap<Character, List<String>>();
        stemOf.keySet().stream().sorted()
                .forEach(w -> byLetter.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w));
        this.targets = byLetter;
    }

    /**
     * The misspellings of the words of a rubric's evidence: each phrase is read as content is, and
     * each plain word of it of {@link #MIN_LENGTH} letters or more is kept with the stem the
     * matching uses for it.
     */
    static Typos of(List<String> phrases, List<String> ownTexts) {
        var known = new HashSet<String>();
        for (String text : ownTexts) {
            for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                if (w.length() >= MIN_LENGTH) {
                    known.add(w);
                }
            }
        }
        var stemOf = new HashMap<String, String>();
        for (String phrase : phrases) {
            AnalyzedText t = TextAnalyzer.content(phrase);
            for (int i = 0; i < t.size; i++) {
                String surface = phrase.substring(t.starts[i], t.ends[i]);
                if (t.kinds[i] == AnalyzedText.CONTENT && surface.length() >= MIN_LENGTH && plainWord(surface)) {
                    stemOf.putIfAbsent(surface.toLowerCase(Locale.ROOT), t.stems[i]);
                }
            }
        }
        return new Typos(Map.copyOf(stemOf), Set.copyOf(known));
    }

    /** Reads no misspellings. */
    static Typos none() {
        return new Typos(Map.of(), Set.of());
    }

    /**
     * Replaces, in place, the stem of each content token that misspells an evidence stem by that stem.
     *
     * @param tokens the answer's tokens, after the vocabulary is folded in
     * @param text the answer
     */
    void correct(TokenList tokens, String text) {
        if (targets.isEmpty()) {
            return;
        }
        int lookups = 0;
        for (int i = 0; i < tokens.size && lookups < MAX_LOOKUPS; i++) {
            if (tokens.kinds[i] != AnalyzedText.CONTENT || tokens.virtual[i]
                    || tokens.ends[i] - tokens.starts[i] < MIN_LENGTH || evidenceStems.contains(tokens.stems[i])
                    || English.STEMS.contains(tokens.stems[i])) {
                // most words: the stem of an English word, looked up without copying the word
                continue;
            }
            if (!plainWord(text, tokens.starts[i], tokens.ends[i])) {
                continue;
            }
            String lower = text.substring(tokens.starts[i], tokens.ends[i]).toLowerCase(Locale.ROOT);
            if (stemOf.containsKey(lower) || English.WORDS.contains(lower) || known.contains(lower)) {
                continue;
            }
            lookups++;
            var candidates = targets.get(lower.charAt(0));
            if (candidates == null) {
                continue;
            }
            int near = Spelling.nearest(lower, candidates, MAX_EDITS);
            if (near >= 0) {
                tokens.stems[i] = stemOf.get(candidates.get(near));
            }
        }
    }

    /** Lowercase letters, with a capital at most at the start. */
    private static boolean plainWord(String surface) {
        return plainWord(surface, 0, surface.length());
    }

    private static boolean plainWord(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || i == start && c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /** The English words and their stems, loaded once on first use. */
    private static final class English {
        static final Set<String> WORDS = load();
        static final Set<String> STEMS = stems(WORDS);

        private static Set<String> stems(Set<String> words) {
            var stemmer = new org.tartarus.snowball.ext.EnglishStemmer();
            var out = new HashSet<String>(words.size() * 2);
            for (String w : words) {
                stemmer.setCurrent(w);
                stemmer.stem();
                out.add(stemmer.getCurrent());
            }
            return out;
        }

        private static Set<String> load() {
            try (InputStream in = Typos.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing grader resource " + RESOURCE);
                }
                var reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
                var words = new HashSet<String>(150_000);
                String line;
                while ((line = reader.readLine()) != null) {
                    if (!line.isEmpty() && !line.startsWith("#")) {
                        words.add(line);
                    }
                }
                return words; // never changed after this; a HashSet answers faster than an immutable copy
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read grader resource " + RESOURCE, e);
            }
        }
    }
}
