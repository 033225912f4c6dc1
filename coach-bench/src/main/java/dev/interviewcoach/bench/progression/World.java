package dev.interviewcoach.bench.progression;

import java.util.List;
import java.util.Locale;

/**
 * How the simulated world behaves: how learners learn and forget and how the grader errs. The
 * {@code standard} world is the one the benchmark's goals are stated on; the others change one thing
 * each, so a policy that only works in one world shows it: learners who forget fast, who learn at half
 * the rate, who gain nothing extra from follow-ups and hints, and graders that score every answer
 * 0.12 higher or lower.
 *
 * @param name the world's name, as given to {@code --world}
 * @param firstStability days a concept's learned gain lasts (1/e) before any spaced practice
 * @param spacing how much practice on a later day multiplies that stability
 * @param rateFactor multiplies every learner's learning rate
 * @param followUpBoost how much more a follow-up teaches than a plain question
 * @param hintBoost how much more a recovery question with a hint teaches
 * @param shift added to every score the grader gives (before clamping)
 */
record World(String name, double firstStability, double spacing, double rateFactor, double followUpBoost,
        double hintBoost, double shift) {
    static final World STANDARD = new World("standard", 5, 1.6, 1, 1.6, 1.4, 0);

    /** Every world the benchmark knows, the standard one first. */
    static List<World> all() {
        return List.of(STANDARD,
                new World("fast-forget", 2, 1.3, 1, 1.6, 1.4, 0),
                new World("slow-learner", 5, 1.6, 0.5, 1.6, 1.4, 0),
                new World("no-boost", 5, 1.6, 1, 1, 1, 0),
                new World("lenient", 5, 1.6, 1, 1.6, 1.4, 0.12),
                new World("strict", 5, 1.6, 1, 1.6, 1.4, -0.12));
    }

    static World named(String name) {
        return all().stream().filter(w -> w.name.equals(name.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no world named '" + name + "'; known: "
                        + all().stream().map(World::name).toList()));
    }
}
