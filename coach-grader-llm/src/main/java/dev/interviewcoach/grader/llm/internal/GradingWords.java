package dev.interviewcoach.grader.llm.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The words of grading in the languages answers are most often written in, read from
 * {@code grading-words.txt} beside this class: per language the orders given to a grader (ignore,
 * forget, give), the words of the grading (criteria, instructions, marks), the phrases that claim a
 * grade on their own (full marks), and the verdicts a criterion can be given (met, fulfilled). A
 * sentence in any of these languages that claims a grade, or that gives an order about the grading,
 * speaks to the grader.
 */
final class GradingWords {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}");
    /** The words of every language listed (after the constants that reading them needs). */
    static final GradingWords ALL = load("grading-words.txt");

    /** One language's orders, grading words and claims, each a pattern or empty when it lists none. */
    private record Language(Optional<Pattern> orders, Optional<Pattern> grading, Optional<Pattern> claims) {
        boolean addressesGrader(String text) {
            return found(claims, text) || (found(orders, text) && found(grading, text));
        }

        private static boolean found(Optional<Pattern> p, String text) {
            return p.isPresent() && p.get().matcher(text).find();
        }
    }

    private final List<Language> languages;
    private final String verdicts;
    private final String outcomes;

    private GradingWords(List<Language> languages, String verdicts, String outcomes) {
        this.languages = List.copyOf(languages);
        this.verdicts = verdicts;
        this.outcomes = outcomes;
    }

    /**
     * The text as it is read: compatibility forms folded (full-width letters, ligatures) and invisible
     * format characters (zero-width spaces, soft hyphens, direction marks) taken out, so that neither
     * hides a word.
     *
     * @param text the text
     * @return the text to match
     */
    static String normalize(String text) {
        return INVISIBLE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
    }

    /**
     * Whether a normalized sentence claims a grade or gives an order about the grading in one of the
     * languages listed.
     *
     * @param text the sentence, {@linkplain #normalize normalized}
     * @return whether it does
     */
    boolean addressesGrader(String text) {
        return languages.stream().anyMatch(l -> l.addressesGrader(text));
    }

    /** The verdicts of every language as one regular expression: words enough next to a criterion id. */
    String verdicts() {
        return verdicts;
    }

    /** The verdicts that are also everyday words, as one regular expression. */
    String outcomes() {
        return outcomes;
    }

    private static GradingWords load(String resource) {
        Map<String, Map<String, List<String>>> byLanguage = new LinkedHashMap<>();
        try (InputStream in = GradingWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + resource + " is missing");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] parts = l.split("\\s+", 3);
                if (parts.length < 3 || !List.of("order", "grading", "claim", "verdict", "outcome").contains(parts[1])) {
                    throw new IllegalStateException(resource + " line " + number + " is not 'language kind phrase'");
                }
                byLanguage.computeIfAbsent(parts[0], k -> new LinkedHashMap<>())
                        .computeIfAbsent(parts[1], k -> new ArrayList<>()).add(regex(parts[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var languages = new ArrayList<Language>();
        var verdicts = new ArrayList<String>();
        var outcomes = new ArrayList<String>();
        for (var kinds : byLanguage.values()) {
            languages.add(new Language(pattern(kinds.get("order")), pattern(kinds.get("grading")), pattern(kinds.get("claim"))));
            verdicts.addAll(kinds.getOrDefault("verdict", List.of()));
            outcomes.addAll(kinds.getOrDefault("outcome", List.of()));
        }
        return new GradingWords(languages, alternatives(verdicts), alternatives(outcomes));
    }

    /** The regular expressions as alternatives; none matches nothing. */
    private static String alternatives(List<String> regexes) {
        return regexes.isEmpty() ? "(?!)" : "(?:" + String.join("|", regexes) + ")";
    }

    private static Optional<Pattern> pattern(List<String> regexes) {
        return regexes == null ? Optional.empty() : Optional.of(Pattern.compile(String.join("|", regexes), FLAGS));
    }

    /**
     * A phrase as a regular expression: its words at word edges, separated by any white space; a star
     * is any letters, or next to a character of a script written without spaces, no word edge at all.
     */
    private static String regex(String phrase) {
        String p = normalize(phrase).toLowerCase(Locale.ROOT);
        var sb = new StringBuilder();
        if (!p.startsWith("*")) {
            sb.append("(?<![\\p{L}\\p{N}])");
        }
        String[] words = p.split("\\s+");
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            if (w > 0) {
                sb.append("\\s+");
            }
            boolean head = word.startsWith("*");
            boolean tail = word.length() > 1 && word.endsWith("*");
            String core = word.substring(head ? 1 : 0, word.length() - (tail ? 1 : 0));
            if (head && !unspaced(core.codePointAt(0))) {
                sb.append("\\p{L}*");
            }
            sb.append(Pattern.quote(core));
            if (tail && !unspaced(core.codePointBefore(core.length()))) {
                sb.append("\\p{L}*");
            }
        }
        if (!p.endsWith("*")) {
            sb.append("(?![\\p{L}\\p{N}])");
        }
        return "(?:" + sb + ")";
    }

    /** Whether a character belongs to a script whose words are not separated by spaces. */
    private static boolean unspaced(int codePoint) {
        var script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
