package dev.interviewcoach.graders.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * The domain vocabulary shared by all rubrics ({@code vocabulary.txt} beside this module's
 * classes): abbreviations, commands and synonyms, each variant folded onto one canonical token so
 * that rubric evidence and answers meet whichever variant either uses. Variants are stem sequences;
 * the longest variant starting at a token wins. Immutable once loaded; thread-safe.
 */
final class Vocabulary {
    static final String RESOURCE = "/dev/interviewcoach/graders/vocabulary.txt";
    /** The key of the lines that list words not to fold ({@link #unfolded}). */
    private static final String UNFOLDED = "unfolded";
    /** The start of the key of the lines that name things of a kind ({@link #kindOf}). */
    private static final String KIND_OF = "kind of ";
    private static final Vocabulary STANDARD = load();

    /** A trie node over stems: the canonical token where a variant ends here, and longer continuations. */
    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        String canonical;
    }

    private final Node root = new Node();
    /**
     * Words that share a variant's stem but not its meaning ("product" and "production", "authors" and
     * "authorization", "lives" and "liveness"): the {@code unfolded:} lines of the file. Such a word
     * keeps its own stem, so it neither meets the variant nor is met by it.
     */
    private final java.util.Set<String> unfolded = new java.util.HashSet<>();
    /** The stems of the unfolded words: only a token with one of these is looked at letter by letter. */
    private final java.util.Set<String> guardedStems = new java.util.HashSet<>();
    /**
     * Named things of a kind, each to the general word it also says: the {@code kind of ...:} lines of the
     * file ("kind of database: postgresql | mysql"). One way only: "read it from Postgres" says "read it
     * from the database", while "the database" names no product.
     */
    private final Map<String, String> kinds = new HashMap<>();

    private Vocabulary() {}

    static Vocabulary standard() {
        return STANDARD;
    }

    private static Vocabulary load() {
        var vocabulary = new Vocabulary();
        var kindLines = new java.util.LinkedHashMap<String, String>();
        KeyedLines.read(RESOURCE, "canonical: variant | ...", (canonical, variants, number) -> {
            if (canonical.startsWith(KIND_OF)) {
                kindLines.put(canonical.substring(KIND_OF.length()).strip(), variants);
                return;
            }
            if (canonical.equals(UNFOLDED)) {
                for (String word : variants.split("\\|")) {
                    vocabulary.unfold(word.strip());
                }
                return;
            }
            for (String variant : variants.split("\\|")) {
                vocabulary.add(canonical, variant.strip());
                if (isAbbreviation(variant.strip())) {
                    // an abbreviation's plural is written with a bare "s" ("TTLs", "txs"), which stemming keeps
                    vocabulary.add(canonical, variant.strip() + "s");
                }
            }
        });
        // read once every variant is known, so a named thing and its kind are folded as text is
        kindLines.forEach((general, named) -> {
            String kind = vocabulary.folded(general);
            for (String name : named.split("\\|")) {
                vocabulary.kinds.put(vocabulary.folded(name.strip()), kind);
            }
        });
        return vocabulary;
    }

    /** The one token a word is read as, its variants folded. */
    private String folded(String word) {
        TokenList tokens = TextAnalyzer.tokens(word, Map.of(), Stems.forContent());
        fold(tokens, word);
        if (tokens.size != 1) {
            throw new IllegalStateException(RESOURCE + ": a kind and the things of it must be one word each, got '"
                    + word + "'");
        }
        return tokens.stems[0];
    }

    /**
     * The general word a named thing also says: "postgresql" says "database", "redis" says "cache".
     *
     * @param token a folded token's stem
     * @return the general word's token, or null when the token names nothing of a listed kind
     */
    String kindOf(String token) {
        return kinds.get(token);
    }

    /** Whether a variant is an abbreviation: one word of two to four letters and no vowel ("ttl", "txn", "pk"). */
    static boolean isAbbreviation(String variant) {
        if (variant.length() < 2 || variant.length() > 4 || variant.endsWith("s")) {
            return false;
        }
        for (int i = 0; i < variant.length(); i++) {
            char ch = variant.charAt(i);
            if (!Character.isLetter(ch) || "aeiou".indexOf(ch) >= 0) {
                return false;
            }
        }
        return true;
    }

    private void unfold(String word) {
        TokenList tokens = TextAnalyzer.tokens(word, Map.of(), Stems.forContent());
        if (tokens.size != 1) {
            throw new IllegalStateException(RESOURCE + ": an unfolded entry must be one word, got '" + word + "'");
        }
        unfolded.add(word.toLowerCase(java.util.Locale.ROOT));
        guardedStems.add(tokens.stems[0]);
    }

    /** Whether the token is a word that shares a variant's stem but not its meaning. */
    private boolean unfolded(TokenList tokens, int token, String text) {
        if (!guardedStems.contains(tokens.stems[token])) {
            return false;
        }
        String word = text.substring(tokens.starts[token], tokens.ends[token]).toLowerCase(java.util.Locale.ROOT);
        if (word.endsWith("'s") || word.endsWith("\u2019s")) {
            word = word.substring(0, word.length() - 2);
        }
        return unfolded.contains(word);
    }

    private void add(String canonical, String variant) {
        TokenList tokens = TextAnalyzer.tokens(variant, Map.of(), Stems.forContent());
        Rates.fold(tokens, variant); // as text is read: "requests per second" is "request per_s" by then
        if (tokens.size == 0) {
            return;
        }
        Node node = root;
        for (int i = 0; i < tokens.size; i++) {
            node = node.next.computeIfAbsent(tokens.stems[i], s -> new Node());
        }
        node.canonical = canonical;
    }

    /**
     * Folds every variant in the token list onto its canonical token, in place: the merged token is
     * a content word spanning the variant's characters. A word the file lists as unfolded is left as it is.
     *
     * @param tokens the tokens
     * @param text the text they were read from
     */
    void fold(TokenList tokens, String text) {
        int out = 0;
        for (int i = 0; i < tokens.size; ) {
            Node node = root;
            int matchedEnd = -1;
            String canonical = null;
            for (int j = i; j < tokens.size && tokens.sentences[j] == tokens.sentences[i]; j++) {
                if (j == i && unfolded(tokens, j, text)) {
                    break; // a word of a longer variant ("live" of "time to live") still folds with it
                }
                node = node.next.get(tokens.stems[j]);
                if (node == null) {
                    break;
                }
                if (node.canonical != null) {
                    matchedEnd = j;
                    canonical = node.canonical;
                }
            }
            if (canonical == null) {
                tokens.move(i, out++);
                i++;
            } else {
                tokens.merge(i, matchedEnd, out++, canonical);
                i = matchedEnd + 1;
            }
        }
        tokens.size = out;
    }
}
