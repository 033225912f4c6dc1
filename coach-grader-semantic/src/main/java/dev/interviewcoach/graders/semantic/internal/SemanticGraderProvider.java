package dev.interviewcoach.graders.semantic.internal;

import dev.interviewcoach.graders.BuiltInGraders;
import dev.interviewcoach.graders.EvidenceMatcher;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GraderProvider;
import dev.interviewcoach.spi.GraderSpec;
import java.util.Set;

/**
 * Provides {@code rubric+semantic} and {@code semantic} by name. Properties (all optional):
 * {@code model} ({@code all-minilm-l6-v2-q}, the default, or {@code e5-small-v2-q} or {@code bge-small-en-v15-q} when its artifact is
 * on the class path); for {@code semantic}, {@code blend} (the embedding part's weight, 0.5 by default);
 * for {@code rubric+semantic}, {@code full}, {@code partial} and {@code claim} (the similarities of
 * {@link MatchSettings}), {@code anchored} and {@code ceiling} (the most credit a criterion heard only by
 * the model earns).
 */
public final class SemanticGraderProvider implements GraderProvider {
    /** The rubric grader with the semantic matcher. */
    public static final String RUBRIC_SEMANTIC = "rubric+semantic";
    private static final VectorCache CACHE = new VectorCache();

    /** Creates the provider (called by {@link java.util.ServiceLoader}). */
    public SemanticGraderProvider() {}

    @Override
    public Set<String> names() {
        return Set.of(RUBRIC_SEMANTIC, SemanticReferenceGrader.ID);
    }

    @Override
    public Grader create(GraderSpec spec) {
        var allowed = spec.name().equals(RUBRIC_SEMANTIC) ? Set.of("model", "full", "partial", "claim", "anchored",
                "ceiling")
                : Set.of("model", "blend");
        for (String key : spec.properties().keySet()) {
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException("grader '" + spec.name() + "' takes the properties " + allowed
                        + ", not '" + key + "'");
            }
        }
        String name = spec.property("model").orElse(ModelSpec.MINILM_L6_V2_Q.name());
        ModelSpec model = ModelSpec.named(name).orElseThrow(() -> new IllegalArgumentException(
                "no semantic model named '" + name + "'; known: all-minilm-l6-v2-q, e5-small-v2-q, bge-small-en-v15-q"));
        if (!Encoder.onClassPath(model)) {
            // refused now, not as an error grade on every answer later
            throw new IllegalArgumentException("the model " + model.name() + " is not on the class path; add "
                    + model.artifact());
        }
        return switch (spec.name()) {
            case RUBRIC_SEMANTIC -> rubricSemantic(model, new MatchSettings(
                    number(spec, "full", MatchSettings.DEFAULT.full()),
                    number(spec, "partial", MatchSettings.DEFAULT.partial()),
                    number(spec, "claim", MatchSettings.DEFAULT.claim()),
                    spec.property("anchored").map(Boolean::parseBoolean).orElse(MatchSettings.DEFAULT.anchored()),
                    number(spec, "ceiling", MatchSettings.DEFAULT.ceiling())));
            case SemanticReferenceGrader.ID -> reference(model, number(spec, "blend", 0.5));
            default -> throw new IllegalArgumentException("no semantic grader named '" + spec.name() + "'; known: " + names());
        };
    }

    /** The rubric grader consulting the semantic matcher. */
    static Grader rubricSemantic(ModelSpec model, MatchSettings settings) {
        return new WindowedGrader(BuiltInGraders.rubric(matcher(model, settings)));
    }

    /**
     * The semantic matcher on the default model and settings.
     *
     * @return the matcher
     */
    public static EvidenceMatcher defaultMatcher() {
        return matcher(ModelSpec.MINILM_L6_V2_Q, MatchSettings.DEFAULT);
    }

    static SemanticMatcher matcher(ModelSpec model, MatchSettings settings) {
        return new SemanticMatcher(model, settings, CACHE);
    }

    static Grader reference(ModelSpec model, double blend) {
        return new SemanticReferenceGrader(model, blend, CACHE);
    }

    /**
     * Loads the default model now (once per JVM) and says how long loading took.
     *
     * @return the load time in nanoseconds
     */
    public static long loadDefault() {
        return Encoder.of(ModelSpec.MINILM_L6_V2_Q).loadNanos();
    }

    private static double number(GraderSpec spec, String key, double fallback) {
        var value = spec.property(key);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Double.parseDouble(value.get());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("property '" + key + "' of grader '" + spec.name()
                    + "' must be a number, got '" + value.get() + "'", e);
        }
    }
}
