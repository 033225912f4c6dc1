package dev.interviewcoach.graders.semantic.internal;

import dev.interviewcoach.graders.EvidenceMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds rubric ideas said in other words: each wording of an idea against each sentence of the
 * answer, by the cosine of their sentence embeddings. The answer's sentences are embedded in one
 * batch per answer; the wordings once and then kept ({@link VectorCache}). Only sentences are
 * compared (three words or more, one of them a grammar word, not a mere echo of the question), so a
 * list of terms finds nothing here. A match quotes the whole sentence that made it.
 */
final class SemanticMatcher implements EvidenceMatcher {
    private final ModelSpec model;
    private final MatchSettings settings;
    private final VectorCache cache;

    SemanticMatcher(ModelSpec model, MatchSettings settings, VectorCache cache) {
        this.model = model;
        this.settings = settings;
        this.cache = cache;
    }

    @Override
    public String id() {
        return "semantic";
    }

    @Override
    public List<Optional<EvidenceMatch>> match(MatchRequest request) {
        var result = new ArrayList<Optional<EvidenceMatch>>(request.ideas().size());
        var questionStems = stemsOf(request.question());
        var pieces = candidates(request.answer(), questionStems);
        if (pieces.isEmpty()) {
            request.ideas().forEach(i -> result.add(Optional.empty()));
            return result;
        }
        Encoder encoder = Encoder.of(model);
        var texts = new ArrayList<String>(pieces.size());
        // each piece whole; then, for criteria only, the predicates of the pieces that define the question's
        // subject (a misconception is judged on the whole sentence: its order and subject carry the claim)
        int[] predicateOf = new int[pieces.size()];
        java.util.Arrays.fill(predicateOf, -1);
        for (var p : pieces) {
            texts.add(p.clean(request.answer()));
        }
        var predicates = new ArrayList<String>();
        for (int i = 0; i < pieces.size(); i++) {
            String predicate = predicate(pieces.get(i), request.answer(), questionStems);
            if (!predicate.equals(texts.get(i))) {
                predicateOf[i] = predicates.size();
                predicates.add(predicate);
            }
        }
        // one batch: the model's cost is mostly per call
        var all = new ArrayList<String>(texts.size() + predicates.size());
        all.addAll(texts);
        all.addAll(predicates);
        float[][] embedded = encoder.embed(all);
        float[][] vectors = java.util.Arrays.copyOfRange(embedded, 0, texts.size());
        float[][] predicateVectors = java.util.Arrays.copyOfRange(embedded, texts.size(), embedded.length);
        var pieceStems = new ArrayList<Set<String>>(pieces.size());
        for (var p : pieces) {
            pieceStems.add(Words.contentStems(p.words()));
        }
        for (var idea : request.ideas()) {
            var wordings = idea.paraphrases().stream().filter(w -> !w.isBlank()).toList();
            if (wordings.isEmpty()) {
                result.add(Optional.empty());
                continue;
            }
            float[][] ideaVectors = cache.vectors("wording", wordings, encoder);
            double best = -1;
            int bestPiece = -1;
            for (int v = 0; v < ideaVectors.length; v++) {
                // a sentence that says the opposite of a misconception's wording does not claim it
                List<String> claimed = idea.claim() ? wordsOf(wordings.get(v)) : List.of();
                Set<String> anchors = settings.anchored() ? stemsOf(wordings.get(v)) : Set.of();
                if (settings.anchored()) {
                    anchors.removeAll(questionStems);
                }
                for (int s = 0; s < pieces.size(); s++) {
                    if (settings.anchored() && java.util.Collections.disjoint(anchors, pieceStems.get(s))) {
                        continue;
                    }
                    if (idea.claim() && (Opposition.opposes(pieces.get(s).words(), claimed)
                            || Opposition.universalMissing(pieces.get(s).words(), claimed))) {
                        continue;
                    }
                    double sim = Vectors.cosine(ideaVectors[v], vectors[s]);
                    if (!idea.claim() && predicateOf[s] >= 0) {
                        sim = Math.max(sim, Vectors.cosine(ideaVectors[v], predicateVectors[predicateOf[s]]));
                    }
                    if (sim > best) {
                        best = sim;
                        bestPiece = s;
                    }
                }
            }
            double credit = idea.claim() ? (best >= settings.claim() ? 1 : 0) : settings.credit(best);
            if (credit > 0) {
                var piece = pieces.get(bestPiece);
                result.add(Optional.of(new EvidenceMatch(credit, piece.start(), piece.end())));
            } else {
                result.add(Optional.empty());
            }
        }
        return result;
    }

    /** Verbs that say what the subject before them is: "A dead-letter queue is …", "Idempotent means …". */
    private static final Set<String> COPULAS = Set.of("is", "are", "means", "mean");

    /**
     * The text the model also reads for a piece, for criteria: a sentence that opens by naming what the
     * question asks about and saying what it is ("A dead-letter queue is where messages go when they
     * can't be processed") is read from after its verb as well. The subject is the question's, so it says nothing of the answer, yet it
     * dominates the sentence's embedding: every definition of the term, right or wrong, lies close to
     * every other, and far from a wording of the idea that does not repeat the term.
     */
    static String predicate(Segments.Piece piece, String answer, Set<String> questionStems) {
        var words = piece.words();
        int i = 0;
        boolean named = false;
        while (i < words.size() && !COPULAS.contains(words.get(i))) {
            String w = words.get(i);
            if (!Words.GRAMMAR.contains(w)) {
                if (!questionStems.contains(Words.stem(w))) {
                    return piece.clean(answer);
                }
                named = true;
            }
            i++;
        }
        if (!named || i >= words.size() || words.size() - i - 1 < 3) {
            return piece.clean(answer);
        }
        return String.join(" ", words.subList(i + 1, words.size()));
    }

    private static List<String> wordsOf(String text) {
        return Segments.of(text).pieces().stream().flatMap(p -> p.words().stream()).toList();
    }

    private static Set<String> stemsOf(String text) {
        return new java.util.HashSet<>(Words.contentStems(
                Segments.of(text).pieces().stream().flatMap(p -> p.words().stream()).toList()));
    }

    /** The answer's sentences worth comparing: within the window, sentence-like, not echoes of the question. */
    static List<Segments.Piece> candidates(String answer, Set<String> questionStems) {
        var out = new ArrayList<Segments.Piece>();
        for (var p : Segments.of(answer).pieces()) {
            if (Words.sentenceLike(p.words()) && !Words.echoes(p.words(), questionStems)
                    && !p.clean(answer).isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }
}
