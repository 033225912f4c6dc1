package dev.interviewcoach.graders.internal;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.Evidence;
import dev.interviewcoach.api.Misconception;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A challenge's rubric and misconceptions analyzed once, ready to match against many answers. */
final class CompiledRubric {
    /** One idea of a criterion or misconception: matched when any of its phrases is. */
    record Idea(List<Phrase> phrases) {}

    /** A criterion's ideas, and the claims that contradict it (counter-evidence). */
    record CompiledCriterion(Criterion criterion, List<Idea> ideas, List<Idea> counter) {}

    record CompiledMisconception(Misconception misconception, List<Idea> ideas) {}

    final Challenge challenge;
    final List<CompiledCriterion> criteria;
    final List<CompiledMisconception> misconceptions;
    /** Stems of the question itself: evidence made only of these is an echo. */
    final Set<String> questionStems;
    /** Pairs of neighbouring stems in the question: an answer that only repeats them adds nothing. */
    final Set<Long> questionPairs;
    /**
     * Runs of {@value Guards#COPY_RUN} neighbouring content stems of the question and its scenario: the
     * words of an answer that only ever stand in such a run were copied, not written.
     */
    final Set<Long> copyGrams;
    /** The question's lettered options, which an answer may name by letter. */
    final Map<Character, String> options;
    /** The two alternatives the question offers, which an answer may open by naming one. */
    final java.util.Optional<Alternatives> alternatives;
    /** Every content stem of the criteria's evidence: an answer that uses nearly all of them is a word dump. */
    final Set<String> evidenceStems;
    /** The misspellings of that evidence an answer is read with. */
    final Typos typos;
    /** Each criterion's name for {@link Labels}: the stems of its id no other criterion's id has. */
    final List<Set<String>> labelNames;
    /** Each criterion's contrasted term for {@link Subjects}, or null when the criteria contrast none. */
    final String[] subjects;

    private CompiledRubric(Challenge challenge, List<CompiledCriterion> criteria,
            List<CompiledMisconception> misconceptions, Set<String> questionStems, Set<Long> questionPairs,
            Set<Long> copyGrams, Map<Character, String> options) {
        this.challenge = challenge;
        this.copyGrams = copyGrams;
        this.criteria = criteria;
        this.misconceptions = misconceptions;
        this.questionStems = questionStems;
        this.questionPairs = questionPairs;
        this.options = options;
        this.alternatives = Alternatives.of(challenge.prompt().text());
        this.labelNames = Labels.names(criteria);
        this.subjects = Subjects.of(criteria, questionStems);
        var stems = new HashSet<String>();
        for (var c : criteria) {
            for (var idea : c.ideas()) {
                for (var phrase : idea.phrases()) {
                    stems.addAll(java.util.Arrays.asList(phrase.stems));
                }
            }
        }
        this.evidenceStems = Set.copyOf(stems);
        var sources = new java.util.ArrayList<String>();
        for (var c : criteria) {
            for (var idea : c.ideas()) {
                for (var phrase : idea.phrases()) {
                    sources.add(phrase.source);
                }
            }
        }
        // words the challenge itself writes are words, not slips: its prompt, scenario and reference answer
        var own = new ArrayList<String>(List.of(challenge.prompt().text(), challenge.referenceAnswer()));
        challenge.prompt().scenario().ifPresent(own::add);
        misconceptions.forEach(m -> m.ideas().forEach(i -> i.phrases().forEach(p -> own.add(p.source))));
        this.typos = Typos.of(sources, own);
    }

    static CompiledRubric compile(Challenge challenge) {
        var question = TextAnalyzer.content(challenge.prompt().text());
        // a question that offers two alternatives says each only as a choice: read once with each
        var readings = Alternatives.of(challenge.prompt().text())
                .map(a -> List.of(TextAnalyzer.content(a.questionWithLeft()), TextAnalyzer.content(a.questionWithRight())))
                .orElse(List.of(question));
        var criteria = new ArrayList<CompiledCriterion>();
        for (var c : challenge.rubric().criteria()) {
            criteria.add(new CompiledCriterion(c, ideas(c.evidence(), false, readings, question),
                    ideas(c.counterEvidence(), true, readings, question)));
        }
        var misconceptions = new ArrayList<CompiledMisconception>();
        for (var m : challenge.misconceptions()) {
            misconceptions.add(new CompiledMisconception(m, ideas(m.evidence(), true, readings, question)));
        }
        var stems = new HashSet<String>();
        for (int i = 0; i < question.size; i++) {
            if (question.kinds[i] == AnalyzedText.CONTENT) {
                stems.add(question.stems[i]);
            }
        }
        var shown = TextAnalyzer.content(challenge.prompt().scenario().map(s -> s + "\n\n").orElse("")
                + challenge.prompt().text());
        return new CompiledRubric(challenge, List.copyOf(criteria), List.copyOf(misconceptions), Set.copyOf(stems),
                Guards.pairs(question), Guards.grams(shown), Options.of(challenge.prompt().text()));
    }

    private static List<Idea> ideas(List<Evidence> evidence, boolean ordered, List<AnalyzedText> readings,
            AnalyzedText question) {
        var out = new ArrayList<Idea>();
        for (var e : evidence) {
            var phrases = new ArrayList<Phrase>();
            e.paraphrases().forEach(p -> Phrase.compileAll(p, ordered).forEach(ph -> phrases.add(ph.inQuestion(readings, question))));
            out.add(new Idea(List.copyOf(phrases)));
        }
        return List.copyOf(out);
    }
}
