package dev.interviewcoach.graders.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Closed compounds and their open forms ({@code compounds.txt} beside this module's classes):
 * "rollback" and "roll back", "timeout" and "time out". In an answer the two open words side by side
 * also stand for the closed form (the analysis adds that reading and replaces nothing, so "rolls it
 * back" keeps its "roll" and its "back"); a rubric phrase written with the open words side by side is
 * also compiled in the closed form. A closed word in an answer never stands for one open word alone:
 * "during a failover" does not say "fail". Immutable once loaded; thread-safe.
 */
final class Compounds {
    static final String RESOURCE = "/dev/interviewcoach/graders/compounds.txt";
    private static final Compounds STANDARD = load();

    /** First open stem → (second open stem → closed stem). */
    private final Map<String, Map<String, String>> joins = new HashMap<>();

    private Compounds() {}

    static Compounds standard() {
        return STANDARD;
    }

    /** The closed form that {@code first} followed by {@code second} also stands for, or null. */
    String joined(String first, String second) {
        var next = joins.get(first);
        return next == null ? null : next.get(second);
    }

    private static Compounds load() {
        var compounds = new Compounds();
        KeyedLines.read(RESOURCE, "closed: open words", compounds::add);
        return compounds;
    }

    private void add(String closedText, String openText, int number) {
        TokenList closed = TextAnalyzer.tokens(closedText, Map.of(), Stems.forContent());
        TokenList open = TextAnalyzer.tokens(openText, Map.of(), Stems.forContent());
        if (closed.size != 1 || open.size != 2 || closed.kinds[0] != AnalyzedText.CONTENT
                || open.kinds[0] != AnalyzedText.CONTENT) {
            throw new IllegalStateException(RESOURCE + ":" + number
                    + ": expected one word, then two words of which the first is a content word");
        }
        joins.computeIfAbsent(open.stems[0], s -> new HashMap<>(2)).put(open.stems[1], closed.stems[0]);
    }
}
