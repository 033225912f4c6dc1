package dev.interviewcoach.graders.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Answers written as labelled sections ("Dirty read: …", "- Atomicity: …") attribute what each section
 * says to its label. Evidence for one criterion found in a section labelled with another criterion's
 * name, in an answer that also has a section labelled with the first criterion's own name, is the
 * definition of the other term: a candidate who swaps two definitions has not given either.
 * A criterion's name is the words of its id ("non-repeatable-read"), less those other criteria's ids
 * share ("read").
 */
final class Labels {
    /** How far into a line its label's colon may stand. */
    private static final int LABEL_REACH = 48;
    /** Lines looked at for labels: an answer of labelled sections has a handful; a hostile one, no end. */
    private static final int MAX_LINES = 400;

    private Labels() {}

    /** The distinctive stems of each criterion's id, in rubric order (empty when it has none). */
    static List<Set<String>> names(List<CompiledRubric.CompiledCriterion> criteria) {
        var stems = new ArrayList<Set<String>>();
        for (var c : criteria) {
            stems.add(stems(c.criterion().id().replace('-', ' ')));
        }
        var out = new ArrayList<Set<String>>();
        for (int i = 0; i < stems.size(); i++) {
            var own = new HashSet<>(stems.get(i));
            for (int j = 0; j < stems.size(); j++) {
                if (j != i) {
                    own.removeAll(stems.get(j));
                }
            }
            out.add(Set.copyOf(own));
        }
        return List.copyOf(out);
    }

    /**
     * Drops evidence found under another criterion's label when the answer labels a section with the
     * evidence's own criterion as well.
     */
    static void dropUnderOtherLabels(CompiledRubric rubric, AnalyzedText answer, IdeaMatches.Found[][] criteria) {
        var names = rubric.labelNames;
        var labelled = new boolean[names.size()];
        boolean any = false;
        int lines = 0;
        for (int start = 0; start < answer.text.length() && lines++ < MAX_LINES; start = nextLine(answer.text, start)) {
            var label = label(answer.text, start);
            for (int c = 0; c < names.size(); c++) {
                if (!label.isEmpty() && !names.get(c).isEmpty() && label.containsAll(names.get(c))) {
                    labelled[c] = true;
                    any = true;
                }
            }
        }
        if (!any) {
            return;
        }
        for (int c = 0; c < criteria.length; c++) {
            if (!labelled[c]) {
                continue;
            }
            for (int i = 0; i < criteria[c].length; i++) {
                var span = criteria[c][i].span();
                if (span == null) {
                    continue;
                }
                var label = label(answer.text, lineStart(answer.text, span.start()));
                if (label.isEmpty() || overlaps(label, names.get(c))) {
                    continue;
                }
                for (int d = 0; d < names.size(); d++) {
                    if (d != c && labelled[d] && !names.get(d).isEmpty() && label.containsAll(names.get(d))) {
                        criteria[c][i] = IdeaMatches.Found.NONE;
                        break;
                    }
                }
            }
        }
    }

    private static boolean overlaps(Set<String> a, Set<String> b) {
        for (String s : b) {
            if (a.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** The stems of a line's label: the words before a colon near its start, after any bullet; or none. */
    private static Set<String> label(String text, int lineStart) {
        // looked for only as far as a label may reach: a long line without a colon costs nothing more
        int colon = -1;
        for (int c = lineStart; c < text.length() && c - lineStart <= LABEL_REACH; c++) {
            char ch = text.charAt(c);
            if (ch == '\n') {
                break;
            }
            if (ch == ':') {
                colon = c;
                break;
            }
        }
        if (colon < 0) {
            return Set.of();
        }
        // "a: b" inside a URL or a time is no label; a label's colon ends its words
        if (colon + 1 < text.length() && !Character.isWhitespace(text.charAt(colon + 1))) {
            return Set.of();
        }
        return stems(text.substring(lineStart, colon));
    }

    private static int lineStart(String text, int offset) {
        int at = text.lastIndexOf('\n', Math.max(0, offset - 1));
        return at < 0 ? 0 : at + 1;
    }

    private static int nextLine(String text, int start) {
        int at = text.indexOf('\n', start);
        return at < 0 ? text.length() : at + 1;
    }

    private static Set<String> stems(String words) {
        var t = TextAnalyzer.content(words);
        var out = new HashSet<String>();
        for (int i = 0; i < t.size; i++) {
            // "non" is a negator in "non-repeatable" and a word in the id "non repeatable": both name it
            if (t.kinds[i] != AnalyzedText.FUNCTION) {
                out.add(t.stems[i]);
            }
        }
        return out;
    }
}
