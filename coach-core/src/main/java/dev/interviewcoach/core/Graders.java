package dev.interviewcoach.core;

import dev.interviewcoach.api.CoachException;
import dev.interviewcoach.core.internal.Discovery;
import dev.interviewcoach.core.internal.grading.CompositeGrader;
import dev.interviewcoach.core.internal.grading.Fallback;
import dev.interviewcoach.graders.BuiltInGraders;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GraderProvider;
import dev.interviewcoach.spi.GraderSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The built-in graders, their composition, and discovery by name.
 *
 * <pre>{@code
 * Grader quick  = Graders.fallback(hostGrader, Graders.rubric());       // rubric grades when the first abstains or fails
 * Grader blend  = Graders.composite(Graders.weight(Graders.rubric(), 3), Graders.weight(other, 1));
 * Grader named  = Graders.byName("rubric");                             // via ServiceLoader
 * }</pre>
 *
 * <p>For a slow or remote grader (an LLM), prefer the coach's own {@link Coach.Builder#fallbackGrader}
 * to {@code fallback}: the coach's timeout covers the grader it is given whole, so a fallback composed
 * inside it never grades when the first grader is still waiting at the timeout, while the coach's
 * fallback grades after it.
 *
 * @since 0.1
 */
public final class Graders {
    /**
     * The system property that picks a provider when two supply the same grader name: a provider's
     * class name, or several separated by commas (for each name, the first listed that has it).
     */
    public static final String PROVIDER_PROPERTY = "interviewcoach.grader.provider";

    /**
     * The class name of the provider of the built-in graders ({@code rubric}, {@code reference}), for
     * {@link #PROVIDER_PROPERTY} when a provider of your own also names one of them.
     *
     * @since 0.1
     */
    public static final String BUILT_IN_PROVIDER = "dev.interviewcoach.graders.internal.BuiltInGraderProvider";

    private Graders() {}

    /**
     * The default grader: checks each rubric criterion's evidence in the answer (stemmed, order- and
     * negation-aware), detects the challenge's misconceptions, reports evidence spans and per-dimension
     * results, and discounts keyword soup and echoes of the question. Offline and deterministic.
     *
     * @return the rubric grader
     */
    public static Grader rubric() {
        return BuiltInGraders.rubric();
    }

    /**
     * A grader for content without a rubric: scores an answer by its similarity to the challenge's
     * reference answer alone. It combines the weighted share of the reference's content words the
     * answer uses (misspellings tolerated), a BM25 score and the share of the reference's adjacent word
     * pairs the answer keeps together; words that also stand in the question count a quarter, so
     * echoing the question earns little. Its feedback names the ideas of the reference (sentences or
     * clauses) that were missed, with the key words missing, and its evidence spans are the matched
     * words.
     *
     * <p>Without a corpus every content word weighs the same (words of ordinary prose half); see
     * {@link #reference(Collection)} for IDF weights. The grader abstains when the challenge's reference
     * answer is blank. Offline, deterministic and linear in the answer.
     *
     * @return the reference grader
     * @since 0.1
     */
    public static Grader reference() {
        return BuiltInGraders.reference();
    }

    /**
     * The {@linkplain #reference() reference grader} with IDF weights from document frequencies over
     * the given texts: words that occur in many of them weigh less. Useful corpora are the reference
     * answers of a track, or answers collected so far (their texts only, without scores).
     *
     * @param corpus the texts to count document frequencies over; copied, so later changes are not seen
     * @return the reference grader with corpus IDF weights
     * @since 0.1
     */
    public static Grader reference(Collection<String> corpus) {
        return BuiltInGraders.reference(corpus);
    }

    /**
     * A grader with its weight in a composite.
     *
     * @param grader the grader
     * @param weight its positive weight
     * @return the weighted part
     */
    public static WeightedGrader weight(Grader grader, double weight) {
        return new WeightedGrader(grader, weight);
    }

    /**
     * Combines graders by weight: the score is the weighted mean of the graders that scored; one
     * that abstains or fails is left out and named in the grade's message. Each part's grade is checked
     * as the coach checks its grader's: a part whose grade is not signed with the part's own id and
     * version, or does not fit the question (evidence quoted from outside the answer, a criterion,
     * dimension or misconception the question does not have, one named twice), counts as failed and is
     * left out the same way, with what did not fit, wherever it stands among the parts. The grade's misconceptions
     * are those any part found, its dimensions the parts' weighted means; its criterion results and
     * feedback come whole from one part, so that they agree: the heaviest part that grades criteria
     * (the first of equal weight), else the heaviest part. Its message gives every part's score and
     * weight. The grade is signed by the composite ({@code composite(a,b)}).
     *
     * @param parts the weighted graders
     * @return the composite grader
     */
    public static Grader composite(WeightedGrader... parts) {
        return new CompositeGrader(List.of(parts));
    }

    /**
     * A fallback chain: the first grader that scores grades. Each member's grade is checked as the coach
     * checks its grader's: a member whose grade is not signed with the member's own id and version, or
     * does not fit the question (evidence quoted from outside the answer, a criterion, dimension or
     * misconception the question does not have, one named twice), counts as failed, and the next member
     * grades. The grade is signed by the chain ({@code fallback(a,b)}, as every grade names the grader
     * that gave it); its message names the member that scored and why the ones before it did not (what
     * did not fit, for a grade that did not).
     *
     * @param chain the graders, in order
     * @return the chain
     */
    public static Grader fallback(Grader... chain) {
        return new Fallback(List.of(chain));
    }

    /**
     * Finds a grader by name among the {@link GraderProvider}s on the class or module path.
     *
     * @param name the grader name, e.g. {@code rubric}
     * @return a new grader
     * @throws CoachException when no provider has that name, or two do and the system property
     *     {@value #PROVIDER_PROPERTY} does not pick one
     * @throws IllegalArgumentException when the name is blank (a missing setting, not an unknown grader)
     */
    public static Grader byName(String name) {
        return byName(GraderSpec.of(name));
    }

    /**
     * Finds a grader by name and configures it, among the discovered {@link GraderProvider}s: those
     * the library's own class loader sees and those the current thread's context class loader sees
     * (a web container's or plug-in host's loader of the application).
     *
     * @param spec the name and properties
     * @return a new grader
     * @throws CoachException when no provider (or more than one, with none picked) has the name, or the
     *     provider refuses the properties
     */
    public static Grader byName(GraderSpec spec) {
        return byName(spec, Thread.currentThread().getContextClassLoader());
    }

    /**
     * Finds a grader by name and configures it, among the {@link GraderProvider}s the library's own
     * class loader and the given one see: for a host that loads graders through a class loader of
     * its own.
     *
     * @param spec the name and properties
     * @param loader a class loader to look for providers in besides the library's own; null for none
     * @return a new grader
     * @throws CoachException when no provider (or more than one, with none picked) has the name, or the
     *     provider refuses the properties
     * @since 0.1
     */
    public static Grader byName(GraderSpec spec, ClassLoader loader) {
        var providers = new ArrayList<GraderProvider>();
        var seen = new java.util.HashSet<Class<?>>();
        var loaders = new ArrayList<ClassLoader>();
        loaders.add(Graders.class.getClassLoader());
        if (loader != null && loader != Graders.class.getClassLoader()) {
            loaders.add(loader);
        }
        var broken = new ArrayList<String>();
        for (ClassLoader l : loaders) {
            var loaded = Discovery.load(ServiceLoader.load(GraderProvider.class, l));
            broken.addAll(loaded.broken());
            for (GraderProvider p : loaded.found()) {
                if (seen.add(p.getClass())) {
                    providers.add(p);
                }
            }
        }
        try {
            return select(providers, spec, System.getProperty(PROVIDER_PROPERTY));
        } catch (CoachException e) {
            if (broken.isEmpty()) {
                throw e;
            }
            throw new CoachException(e.getMessage() + " (" + broken.size() + " grader provider registration(s) "
                    + "could not be loaded: " + String.join("; ", broken) + ")", e);
        }
    }

    /**
     * The grader of the one provider that has the name; when several have it, the first of them the
     * system property lists (a comma-separated list of provider class names, which decides nothing for a
     * name only one provider has).
     */
    static Grader select(List<GraderProvider> providers, GraderSpec spec, String picked) {
        Objects.requireNonNull(spec, "spec");
        var candidates = providers.stream().filter(p -> p.names().contains(spec.name())).toList();
        if (candidates.isEmpty()) {
            var known = providers.stream().flatMap(p -> p.names().stream()).sorted().distinct().toList();
            throw new CoachException("no grader named '" + spec.name() + "'; known graders: " + known
                    + ". Add the module that provides it" + ownModule(spec.name()) + " (on the class path, or in a "
                    + "class loader passed to byName), or wire the grader with Coach.builder().grader(..)");
        }
        if (candidates.size() > 1) {
            String names = candidates.stream().map(p -> p.getClass().getName()).collect(Collectors.joining(" and "));
            if (picked == null || picked.isBlank()) {
                throw new CoachException("grader '" + spec.name() + "' is provided by " + names + "; pick one with -D"
                        + PROVIDER_PROPERTY + "=<provider class>[,<provider class>...]");
            }
            var pick = candidates.stream().filter(p -> listed(picked).contains(p.getClass().getName()))
                    .min(java.util.Comparator.comparingInt(p -> listed(picked).indexOf(p.getClass().getName())));
            if (pick.isEmpty()) {
                throw new CoachException("grader '" + spec.name() + "' is provided by " + names + ", and -D"
                        + PROVIDER_PROPERTY + "=" + picked + " names none of them");
            }
            candidates = List.of(pick.get());
        }
        try {
            return candidates.get(0).create(spec);
        } catch (IllegalArgumentException e) {
            // a provider's refusal of a property or value, as the name lookup promises: a CoachException
            throw new CoachException("grader '" + spec.name() + "' cannot be built from its properties: " + e.getMessage(), e);
        }
    }

    private static List<String> listed(String picked) {
        return java.util.Arrays.stream(picked.split(",")).map(String::strip).filter(n -> !n.isEmpty()).toList();
    }

    /** For a grader name this project's own modules provide, the artifact to add, in words; otherwise "". */
    private static String ownModule(String name) {
        return switch (name) {
            case "llm" -> ", dev.interviewcoach:coach-grader-llm,";
            case "semantic", "rubric+semantic" -> ", dev.interviewcoach:coach-grader-semantic,";
            default -> "";
        };
    }
}
