package dev.interviewcoach.graders.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Answers that contrast the terms a question asks about ("a stub …, a mock …") attribute what each
 * sentence says to the term it names. A criterion about one of those terms (its description is about
 * the term, its id names it, and so does the question) is not met by evidence in a sentence whose
 * nearest term before the evidence is another one of them, when the answer names the criterion's own
 * term as well: a candidate who says "a mock just returns canned answers" and "a stub records the
 * calls" has swapped the two, and given neither.
 */
final class Subjects {
    /** Words a criterion's description opens with before naming what it is about. */
    private static final Set<String> REPORTING = stems("says say explains explain gives give mentions mention names "
            + "name describes describe defines define states state notes note shows show lists list argues argue "
            + "recognises recognizes recognize identifies identify distinguishes distinguish compares compare picks "
            + "pick treats treat chooses choose recommends recommend proposes propose correct concrete fitting clear");

    /**
     * Terms of backend talk that questions set side by side as alternatives, each group one choice: a
     * criterion is about one of them only when another criterion of the same question is about another
     * of the same group. Plain words ("read", "one", "request") name no alternative and are left out.
     */
    private static final List<Set<String>> CONTRASTS = List.of(
            stems("stub stubs mock mocks fake fakes spy spies"),
            stems("unit integration"),
            stems("optimistic pessimistic"),
            stems("put patch post"),
            stems("offset cursor keyset"),
            stems("horizontal vertical"),
            stems("monolith microservices"),
            stems("401 403"),
            stems("natural surrogate"),
            stems("l4 l7"),
            stems("lru lfu"),
            stems("bigint uuid"),
            stems("rest grpc graphql"),
            stems("sli slo sla"),
            stems("consumer provider"));

    private Subjects() {}

    /**
     * Each criterion's term, in rubric order (null where it has none), or null when fewer than two
     * criteria are about distinct terms: then there is no contrast to keep apart.
     */
    static String[] of(List<CompiledRubric.CompiledCriterion> criteria, Set<String> questionStems) {
        String[] out = new String[criteria.size()];
        for (int c = 0; c < out.length; c++) {
            var criterion = criteria.get(c).criterion();
            String subject = firstTopicWord(criterion.description());
            if (subject != null && questionStems.contains(subject) && idNames(criterion.id(), subject)) {
                out[c] = subject;
            }
        }
        boolean any = false;
        for (int c = 0; c < out.length; c++) {
            var group = groupOf(out[c]);
            boolean contrasted = false;
            for (int d = 0; d < out.length && group != null && !contrasted; d++) {
                contrasted = out[d] != null && !out[d].equals(out[c]) && group.contains(out[d]);
            }
            if (!contrasted) {
                out[c] = null;
            }
            any |= contrasted;
        }
        return any ? out : null;
    }

    /**
     * Whether a criterion's id names the term: as a word ("mock-returns-canned"), or as the initials of
     * a run of its words, numbers kept whole ("layer-7" names L7, "service-level-objective" SLO).
     */
    static boolean idNames(String id, String term) {
        if (stems(id.replace('-', ' ')).contains(term)) {
            return true;
        }
        String[] words = id.toLowerCase(java.util.Locale.ROOT).split("-");
        for (int from = 0; from < words.length; from++) {
            var initials = new StringBuilder();
            for (int to = from; to < words.length && !words[to].isEmpty(); to++) {
                String w = words[to];
                initials.append(Character.isDigit(w.charAt(0)) ? w : w.substring(0, 1));
                if (to > from && initials.toString().equals(term)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> groupOf(String stem) {
        if (stem == null) {
            return null;
        }
        for (var group : CONTRASTS) {
            if (group.contains(stem)) {
                return group;
            }
        }
        return null;
    }

    private static String firstTopicWord(String description) {
        var t = TextAnalyzer.content(description);
        for (int i = 0; i < t.size; i++) {
            if (t.kinds[i] == AnalyzedText.CONTENT && !REPORTING.contains(t.stems[i])) {
                return t.stems[i];
            }
        }
        return null;
    }

    /** Drops evidence said of another of the contrasted terms (see the class comment). */
    static void dropSaidOfOthers(String[] subjects, AnalyzedText answer, IdeaMatches.Found[][] criteria) {
        if (subjects == null) {
            return;
        }
        var terms = new HashSet<String>();
        for (String s : subjects) {
            if (s != null) {
                terms.add(s);
            }
        }
        for (int c = 0; c < criteria.length; c++) {
            String own = subjects[c];
            if (own == null || !answer.positions.containsKey(own)) {
                continue;
            }
            for (int i = 0; i < criteria[c].length; i++) {
                var span = criteria[c][i].span();
                if (span != null && saidOfOther(answer, span.start(), own, terms)) {
                    criteria[c][i] = IdeaMatches.Found.NONE;
                }
            }
        }
    }

    /** Whether the nearest contrasted term before the offset, in its sentence, is another one than {@code own}. */
    private static boolean saidOfOther(AnalyzedText answer, int offset, String own, Set<String> terms) {
        int token = 0;
        while (token < answer.size && answer.starts[token] < offset) {
            token++;
        }
        if (token >= answer.size) {
            return false;
        }
        boolean other = false;
        for (int t = token - 1; t >= 0 && answer.sentences[t] == answer.sentences[token]; t--) {
            if (answer.kinds[t] == AnalyzedText.CONTENT && terms.contains(answer.stems[t])) {
                if (answer.stems[t].equals(own)) {
                    return false;
                }
                other = true;
            }
        }
        // a sentence that names the criterion's own term anywhere compares the two: no swap to see
        for (int t = token; other && t < answer.size && answer.sentences[t] == answer.sentences[token]; t++) {
            if (answer.kinds[t] == AnalyzedText.CONTENT && answer.stems[t].equals(own)) {
                return false;
            }
        }
        return other;
    }

    private static Set<String> stems(String words) {
        var t = TextAnalyzer.content(words);
        var out = new HashSet<String>();
        for (int i = 0; i < t.size; i++) {
            if (t.kinds[i] == AnalyzedText.CONTENT) {
                out.add(t.stems[i]);
            }
        }
        return Set.copyOf(out);
    }
}
