package dev.interviewcoach.graders.internal;

import dev.interviewcoach.api.EvidenceSpan;
import dev.interviewcoach.graders.EvidenceMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where an answer says each idea of a compiled rubric: first by words (a paraphrase's words in one
 * sentence, near paraphrases, echoes discounted), then, for what words did not find, by any extra
 * {@link EvidenceMatcher}s in one call each. A matcher's match is kept only when its span has the
 * idea's polarity (a span that negates an idea stated positively says the opposite).
 */
final class IdeaMatches {
    /** Credit for evidence made only of words the question itself says together. */
    static final double ECHO_CREDIT = 0.25;
    /** Credit for an idea said with all words of a paraphrase but one. */
    static final double NEAR_CREDIT = 0.5;

    /** The best finding for one idea: its credit and span, if any. */
    record Found(double credit, EvidenceSpan span) {
        static final Found NONE = new Found(0, null);
    }

    final Found[][] criteria;
    final Found[][] misconceptions;

    private IdeaMatches(Found[][] criteria, Found[][] misconceptions) {
        this.criteria = criteria;
        this.misconceptions = misconceptions;
    }

    static IdeaMatches find(CompiledRubric rubric, AnalyzedText answer, List<EvidenceMatcher> matchers) {
        var criteria = new Found[rubric.criteria.size()][];
        for (int c = 0; c < criteria.length; c++) {
            var ideas = rubric.criteria.get(c).ideas();
            criteria[c] = new Found[ideas.size()];
            for (int i = 0; i < ideas.size(); i++) {
                criteria[c][i] = lexical(ideas.get(i), answer, rubric.questionStems);
            }
        }

        var misconceptions = new Found[rubric.misconceptions.size()][];
        for (int m = 0; m < misconceptions.length; m++) {
            var ideas = rubric.misconceptions.get(m).ideas();
            misconceptions[m] = new Found[ideas.size()];
            for (int i = 0; i < ideas.size(); i++) {
                misconceptions[m][i] = claim(ideas.get(i), answer);
            }
        }
        for (var matcher : matchers) {
            consult(matcher, rubric, answer, criteria, misconceptions);
        }
        var doubted = Unsure.covered(answer);
        for (int c = 0; c < criteria.length; c++) {
            dropContradicted(rubric.criteria.get(c).counter(), answer, criteria[c]);
            dropRetracted(answer, criteria[c]);
            Unsure.halve(answer, doubted, criteria[c]);
        }
        dropInsideMisconceptions(criteria, misconceptions);
        Labels.dropUnderOtherLabels(rubric, answer, criteria);
        Subjects.dropSaidOfOthers(rubric.subjects, answer, criteria);
        return new IdeaMatches(criteria, misconceptions);
    }

    private static Found lexical(CompiledRubric.Idea idea, AnalyzedText answer, Set<String> questionStems) {
        Found best = Found.NONE;
        for (var phrase : idea.phrases()) {
            var match = phrase.find(answer, questionStems);
            if (match.isPresent()) {
                double value = match.get().echoed() ? ECHO_CREDIT : 1.0;
                if (value > best.credit()) {
                    best = new Found(value, match.get().span());
                }
                if (value == 1.0) {
                    return best;
                }
            }
        }
        if (best.credit() < NEAR_CREDIT) {
            for (var phrase : idea.phrases()) {
                var near = phrase.findNear(answer, questionStems);
                if (near.isPresent() && !near.get().echoed()) {
                    return new Found(NEAR_CREDIT, near.get().span());
                }
            }
        }
        return best;
    }

    /** Evidence in a sentence that makes a claim contradicting the criterion does not count. */
    private static void dropContradicted(List<CompiledRubric.Idea> counter, AnalyzedText answer, Found[] found) {
        if (counter.isEmpty()) {
            return;
        }
        var contradicted = new java.util.HashSet<Integer>();
        for (var idea : counter) {
            var claim = claim(idea, answer);
            if (claim.span() != null) {
                contradicted.add(answer.sentenceAt(claim.span().start()));
            }
        }
        for (int i = 0; i < found.length; i++) {
            if (found[i].span() != null && contradicted.contains(answer.sentenceAt(found[i].span().start()))) {
                found[i] = Found.NONE;
            }
        }
    }

    /**
     * Evidence the next sentence plainly withdraws ("Raise the timeout. That won't help.") does not
     * count: the candidate names the idea to set it aside.
     */
    private static void dropRetracted(AnalyzedText answer, Found[] found) {
        for (int i = 0; i < found.length; i++) {
            var span = found[i].span();
            if (span == null) {
                continue;
            }
            int last = -1;
            for (int t = 0; t < answer.size && answer.starts[t] < span.end(); t++) {
                last = t;
            }
            if (last >= 0 && NextSentence.retracts(answer, last)) {
                found[i] = Found.NONE;
            }
        }
    }

    /**
     * Evidence that shares words with a statement of one of the question's misconceptions does not
     * count: the words of a wrong claim are not credit for the idea they get wrong (and the feedback
     * does not quote one sentence both as met and as the misconception).
     */
    private static void dropInsideMisconceptions(Found[][] criteria, Found[][] misconceptions) {
        var wrong = new ArrayList<EvidenceSpan>();
        for (var ideas : misconceptions) {
            for (var found : ideas) {
                if (found.span() != null) {
                    wrong.add(found.span());
                }
            }
        }
        if (wrong.isEmpty()) {
            return;
        }
        for (var ideas : criteria) {
            for (int i = 0; i < ideas.length; i++) {
                var span = ideas[i].span();
                if (span != null && wrong.stream().anyMatch(w -> w.start() < span.end() && span.start() < w.end())) {
                    ideas[i] = Found.NONE;
                }
            }
        }
    }

    private static Found claim(CompiledRubric.Idea idea, AnalyzedText answer) {
        for (var phrase : idea.phrases()) {
            var match = phrase.find(answer, Set.of());
            if (match.isPresent()) {
                return new Found(1.0, match.get().span());
            }
        }
        return Found.NONE;
    }

    /** Asks one matcher about every idea words did not fully find, and keeps what it finds better. */
    private static void consult(EvidenceMatcher matcher, CompiledRubric rubric, AnalyzedText answer,
            Found[][] criteria, Found[][] misconceptions) {
        var queries = new ArrayList<EvidenceMatcher.Idea>();
        var targets = new ArrayList<int[]>();
        collect(rubric.criteria.stream().map(CompiledRubric.CompiledCriterion::ideas).toList(), criteria, false,
                queries, targets, 0);
        collect(rubric.misconceptions.stream().map(CompiledRubric.CompiledMisconception::ideas).toList(),
                misconceptions, true, queries, targets, 1);
        if (queries.isEmpty()) {
            return;
        }
        var request = new EvidenceMatcher.MatchRequest(answer.text, rubric.challenge.prompt().text(), queries);
        List<Optional<EvidenceMatcher.EvidenceMatch>> answers = matcher.match(request);
        if (answers == null || answers.size() != queries.size()) {
            throw new IllegalStateException("matcher " + matcher.id() + " answered " + (answers == null ? "null"
                    : answers.size() + " ideas") + " for " + queries.size());
        }
        for (int q = 0; q < queries.size(); q++) {
            var found = answers.get(q);
            if (found == null || found.isEmpty()) {
                continue;
            }
            var match = found.get();
            if (match.end() > answer.text.length()) {
                continue;
            }
            int[] target = targets.get(q);
            var ideas = target[0] == 0 ? rubric.criteria.get(target[1]).ideas() : rubric.misconceptions.get(target[1]).ideas();
            if (!samePolarity(ideas.get(target[2]), target[0] == 1, answer, match.start(), match.end())) {
                continue;
            }
            Found[][] table = target[0] == 0 ? criteria : misconceptions;
            if (match.credit() > table[target[1]][target[2]].credit()) {
                table[target[1]][target[2]] = new Found(match.credit(), new EvidenceSpan(match.start(), match.end()));
            }
        }
    }

    private static void collect(List<List<CompiledRubric.Idea>> groups, Found[][] found, boolean claim,
            List<EvidenceMatcher.Idea> queries, List<int[]> targets, int table) {
        for (int g = 0; g < groups.size(); g++) {
            for (int i = 0; i < groups.get(g).size(); i++) {
                if (found[g][i].credit() < 1.0) {
                    var idea = groups.get(g).get(i);
                    queries.add(new EvidenceMatcher.Idea(idea.phrases().stream().map(p -> p.source).distinct().toList(), claim));
                    targets.add(new int[] {table, g, i});
                }
            }
        }
    }

    /**
     * Whether the span negates the idea exactly when the idea's wordings are negations. For a criterion,
     * when some wording says the idea as a negation and another without one ("holding area for messages
     * that can't be processed", "where failed messages go"), a span either way may say it; a claim
     * (a misconception) is held to its first wording's polarity, since a false accusation costs the
     * learner more than a missed paraphrase.
     */
    private static boolean samePolarity(CompiledRubric.Idea idea, boolean claim, AnalyzedText answer, int start, int end) {
        if (idea.phrases().isEmpty()) {
            return false;
        }
        boolean spanNegated = false;
        for (int t = 0; t < answer.size; t++) {
            if (answer.starts[t] >= start && answer.ends[t] <= end
                    && (answer.kinds[t] == AnalyzedText.NEGATOR || answer.declaredFalse[t])) {
                spanNegated = true;
                break;
            }
        }
        if (claim) {
            return idea.phrases().get(0).negated == spanNegated;
        }
        for (var phrase : idea.phrases()) {
            if (phrase.negated == spanNegated) {
                return true;
            }
        }
        return false;
    }
}
