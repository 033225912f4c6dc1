package dev.interviewcoach.graders.internal;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.spi.GraderCapability;
import dev.interviewcoach.spi.GradingRequest;
import java.util.EnumSet;
import java.util.Objects;

/**
 * Grades an answer by its similarity to the challenge's reference answer alone, for content without
 * a rubric: weighted coverage of the reference's content words (misspellings tolerated), BM25 and
 * adjacent word pairs, combined by {@link ReferenceSettings}. Each reference word weighs its IDF, and
 * words that also stand in the question are demoted, so echoing the question earns little.
 *
 * <p>Abstains when the reference answer is blank or has no content word. Deterministic,
 * thread-safe, linear in the answer; failures become {@link Grade#error} grades.
 */
public final class ReferenceGrader extends BuiltInGrader {
    static final String ID = "reference";
    static final String VERSION = "1.0";

    private final TermStatistics statistics;
    private final ReferenceSettings settings;
    private final ChallengeCache<CompiledReference> cache;

    /**
     * A grader with the given word statistics and settings.
     *
     * @param statistics document frequencies for IDF weights
     * @param settings how words are weighed and features combined
     */
    public ReferenceGrader(TermStatistics statistics, ReferenceSettings settings) {
        super(ID, VERSION, EnumSet.of(GraderCapability.DETERMINISTIC, GraderCapability.IN_PROCESS));
        this.statistics = Objects.requireNonNull(statistics, "statistics");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.cache = new ChallengeCache<>(c -> CompiledReference.compile(c, statistics, settings.questionWeight()));
    }

    /**
     * The raw feature values of an answer, for fitting weights on scored answers.
     *
     * @param challenge the challenge, with a reference answer that has content words
     * @param answerText the answer
     * @return feature values indexed by {@link ReferenceFeature#ordinal()}
     * @throws IllegalArgumentException when the reference answer has no content word
     */
    public double[] features(Challenge challenge, String answerText) {
        CompiledReference ref = compiled(challenge);
        if (ref == null) {
            throw new IllegalArgumentException("the reference answer of " + challenge.id() + " has no content word");
        }
        return ReferenceFeatures.compute(ref, TextAnalyzer.analyze(answerText), settings.k1(), settings.b()).values();
    }

    private CompiledReference compiled(Challenge challenge) {
        if (challenge.referenceAnswer().isBlank()) {
            return null;
        }
        CompiledReference ref = cache.get(challenge);
        return ref.stems.length == 0 || !(ref.totalWeight > 0) ? null : ref;
    }

    /** The share of the reference's words at or above which an answer may be the reference's words listed. */
    static final double LISTED_WORDS = 0.9;
    /**
     * References with fewer distinct content words than this are too short for the share to say
     * anything: nine in ten of five words is what a terse right answer uses.
     */
    static final int LISTED_MIN_VOCABULARY = 20;
    /** Below this share of the reference's own grammar-word share, such an answer is a list, not prose. */
    static final double LISTED_GRAMMAR = 0.6;

    /**
     * Whether the answer is the reference's words with the sentences taken out: long, using nearly every
     * content word of the reference, with far fewer grammar words than the reference's own prose. The
     * reference answer itself, or an answer that says it again in sentences, is not; a right answer
     * rarely uses nine in ten of a long reference's words, and then in sentences.
     */
    static boolean listsTheReference(CompiledReference ref, AnalyzedText answer) {
        if (ref.stems.length < LISTED_MIN_VOCABULARY || answer.wordCount < Guards.LONG_SOUP_WORDS
                || answer.functionWordRatio() >= LISTED_GRAMMAR * ref.grammarShare) {
            return false;
        }
        // words the analysis joins only in their order ("load balancer", "5 s") are left out: a list has no order
        int words = 0;
        int used = 0;
        for (String stem : ref.stems) {
            if (stem.indexOf('_') < 0) {
                words++;
                if (answer.positions.containsKey(stem)) {
                    used++;
                }
            }
        }
        return words > 0 && used >= LISTED_WORDS * words;
    }

    @Override
    Grade gradeOrThrow(GradingRequest request) {
        CompiledReference ref = compiled(request.challenge());
        if (ref == null) {
            return Grade.abstain(ID, VERSION, request.challenge().referenceAnswer().isBlank()
                    ? "the challenge has no reference answer"
                    : "the reference answer has no content word to compare with");
        }
        AnalyzedText answer = TextAnalyzer.analyze(request.answer().text());
        var result = ReferenceFeatures.compute(ref, answer, settings.k1(), settings.b());
        // A bare list of the reference's terms is not an answer: the rubric grader's soup guard applies.
        // A long bare list of the reference's terms is not an answer. Short lists are often fine answers
        // to short questions ("push, pop, peek"), so only a long one with no sentence around it earns nothing.
        double score = Guards.isLongSoup(answer) || listsTheReference(ref, answer) ? 0 : settings.score(result.values());
        return ReferenceExplain.grade(ref, answer, result, score);
    }
}
