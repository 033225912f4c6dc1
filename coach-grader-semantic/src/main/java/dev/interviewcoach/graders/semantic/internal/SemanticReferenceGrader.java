package dev.interviewcoach.graders.semantic.internal;

import dev.interviewcoach.api.Grade;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GradingRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The answer against the reference answer by meaning: how much of the reference the answer says,
 * aligned word piece by word piece on the model's contextual token vectors ({@link TokenAlignment}),
 * blended with the square root of the share of the reference's content words the answer uses. Words
 * the prompt says count for nothing on either side, so repeating the question earns nothing; a list of
 * terms without grammar words is discounted. Every sentence the model reads is compared (an answer of
 * a few words can be right); what lies past the window is named in the grade's message. The feedback
 * names the reference sentences the answer did not cover.
 */
final class SemanticReferenceGrader implements Grader {
    static final String ID = "semantic";
    /**
     * A reference sentence counts as covered, in the feedback, from this mean best cosine of its
     * counted word pieces on (feedback only; the score does not use it).
     */
    static final double COVERED = 0.6;
    /** The grammar-word share of ordinary prose (about 0.4 in English) from which an answer counts in full. */
    static final double PROSE_GRAMMAR_SHARE = 0.2;
    /** Answers shorter than this many words are not judged as lists of terms (short answers are often fragments). */
    static final int SOUP_MIN_WORDS = 8;
    /** The grammar-word share at or below which an answer is a list of terms and earns nothing. */
    static final double LIST_GRAMMAR_SHARE = 0.04;

    private final ModelSpec model;
    private final double blend;
    private final VectorCache cache;

    /**
     * @param blend the weight of the embedding part; the rest goes to lexical coverage
     */
    SemanticReferenceGrader(ModelSpec model, double blend, VectorCache cache) {
        if (!(blend >= 0 && blend <= 1)) {
            throw new IllegalArgumentException("blend must be in [0, 1], got " + blend);
        }
        this.model = model;
        this.blend = blend;
        this.cache = cache;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "0.2+" + model.name() + (blend == 0.5 ? "" : String.format(Locale.ROOT, "+blend%.2f", blend));
    }

    @Override
    public Grade grade(GradingRequest request) {
        try {
            return gradeOrThrow(request);
        } catch (RuntimeException | LinkageError e) {
            return Grade.error(id(), version(), "semantic grading failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private Grade gradeOrThrow(GradingRequest request) {
        var challenge = request.challenge();
        String answer = request.answer().text();
        String referenceText = challenge.referenceAnswer();
        var reference = Segments.of(referenceText).pieces();
        if (reference.isEmpty()) {
            return Grade.abstain(id(), version(), "the challenge has no reference answer to compare with");
        }
        var segments = Segments.of(answer);
        var promptStems = Words.contentStems(Segments.of(challenge.prompt().fullText()).pieces().stream()
                .flatMap(p -> p.words().stream()).toList());
        // A list of terms is told from an answer by its grammar words, once it is long enough to be one.
        double prose = segments.wordsRead() < SOUP_MIN_WORDS ? 1 : Math.max(0, Math.min(1,
                (Words.grammarShare(segments.pieces()) - LIST_GRAMMAR_SHARE) / (PROSE_GRAMMAR_SHARE - LIST_GRAMMAR_SHARE)));

        double coverage = coverage(reference, segments.pieces(), promptStems);
        var covered = new double[reference.size()];
        double semantic = 0;
        var texts = new ArrayList<String>();
        for (var p : segments.pieces()) {
            String t = p.clean(answer);
            if (!t.isEmpty()) {
                texts.add(t);
            }
        }
        if (!texts.isEmpty()) {
            Encoder encoder = Encoder.of(model);
            var refTexts = new ArrayList<String>();
            reference.forEach(p -> refTexts.add(p.clean(referenceText)));
            var refs = cache.encodings(challenge.id() + '\u0000' + referenceText.hashCode(), refTexts, encoder);
            var alignment = TokenAlignment.recall(refs, encoder.encode(texts), promptStems);
            semantic = alignment.recall();
            covered = alignment.perSentence();
        }
        double score = prose * (blend * semantic + (1 - blend) * Math.sqrt(coverage));
        score = Math.max(0, Math.min(1, score));
        var grade = Grade.ok(score, List.of(), List.of(), List.of(),
                feedback(reference, covered, referenceText, semantic, coverage, prose), id(), version());
        return segments.truncated() ? grade.withMessage(segments.note()) : grade;
    }

    /** The share of the reference's content stems (not the prompt's) the answer uses. */
    static double coverage(List<Segments.Piece> reference, List<Segments.Piece> answer, Set<String> questionStems) {
        Set<String> wanted = new HashSet<>(Words.contentStems(reference.stream().flatMap(p -> p.words().stream()).toList()));
        wanted.removeAll(questionStems);
        if (wanted.isEmpty()) {
            return 0;
        }
        Set<String> said = Words.contentStems(answer.stream().flatMap(p -> p.words().stream()).toList());
        int found = 0;
        for (String w : wanted) {
            if (said.contains(w)) {
                found++;
            }
        }
        return (double) found / wanted.size();
    }

    private static String feedback(List<Segments.Piece> reference, double[] covered, String referenceText,
            double semantic, double coverage, double prose) {
        var missed = new ArrayList<String>();
        for (int r = 0; r < covered.length; r++) {
            if (covered[r] < COVERED) {
                missed.add("\u201c" + reference.get(r).clean(referenceText) + "\u201d");
            }
        }
        var b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Covered %d of %d points of the reference answer (meaning %.2f, words %.2f).",
                covered.length - missed.size(), covered.length, semantic, coverage));
        if (!missed.isEmpty()) {
            b.append(" Not covered: ").append(String.join(" ", missed));
        }
        if (prose < 1) {
            b.append(" The answer reads as a list of terms; say how they connect, in sentences.");
        }
        return b.toString();
    }
}
