package dev.interviewcoach.bench.progression;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.api.Track;
import dev.interviewcoach.bench.Bench;
import dev.interviewcoach.core.Coach;
import dev.interviewcoach.core.MemoryStores;
import dev.interviewcoach.core.TrackLoader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * {@code ./bench/run progression-sim [learners] [seed] [steps] [--world NAME]}: simulated learners (see {@link SimLearner})
 * coached through the public {@code Coach} API with a simulated grader, against a plain linear
 * curriculum (concept by concept, rung by rung up to the boss rung, moving up on a pass, then round
 * again) on copies of the same learners graded the same way.
 *
 * <p>Boss-ready means every concept the boss question covers truly holds DESIGN. Populations:
 * {@code mixed} (general level U[0, 4.5], concepts ±1), {@code junior} (U[0, 1.5]), {@code uneven}
 * (each concept weak or strong) and {@code harsh} (mixed, graded with 25 % slips, 20 % lucky answers,
 * noise 0.2). {@code --world} runs them in another {@link World} (learners who forget faster, learn
 * slower or gain nothing from follow-ups and hints; a lenient or strict grader).
 */
public final class ProgressionSim implements Bench.Benchmark {
    private static final int PER_DAY = 12;
    private static final int IDLE_DAYS = 30;
    private static final Instant START = Instant.parse("2026-12-03T08:00:00Z");
    private static final String TRACK = "backend";

    /** What one population's run measured. */
    private record Tally(String name, long ours, long linear, int learners, int unlocks, int falseUnlocks,
            long steps, long repeats, int maxRun, long followUps, long recoveries, long reviews, long bossSteps,
            int oursCensored, int linearCensored, Spent spent) {
        double ratio() {
            return linear == 0 ? 0 : (double) ours / linear;
        }
    }

    @Override
    public void run(String[] arguments) {
        World world = World.STANDARD;
        var positional = new ArrayList<String>();
        for (int a = 0; a < arguments.length; a++) {
            if (arguments[a].equals("--world") && a + 1 < arguments.length) {
                world = World.named(arguments[++a]);
            } else {
                positional.add(arguments[a]);
            }
        }
        String[] args = positional.toArray(String[]::new);
        int learners = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261203L;
        int maxSteps = args.length > 2 ? Integer.parseInt(args[2]) : 400;
        var loader = TrackLoader.discover();
        Track track = loader.load(TRACK);
        var tallies = new ArrayList<Tally>();
        for (var population : List.of("mixed", "junior", "uneven", "harsh")) {
            var profile = (population.equals("harsh") ? SimGrader.Profile.harsh() : SimGrader.Profile.standard())
                    .shifted(world.shift());
            var t = population(population, profile, world, loader, track, learners, seed, maxSteps);
            tallies.add(t);
            System.out.printf(Locale.ROOT, "%-7s learners %d  ratio %.3f (ours %d / linear %d attempts, censored %d / %d)"
                    + "  false unlock %d/%d  repeat %.4f  max run %d  follow-up %.3f  recovery %.3f  review %.3f"
                    + "  boss steps/learner %.2f%n", t.name(), t.learners(), t.ratio(), t.ours(), t.linear(),
                    t.oursCensored(), t.linearCensored(), t.falseUnlocks(), t.unlocks(),
                    (double) t.repeats() / t.steps(), t.maxRun(), (double) t.followUps() / t.steps(),
                    (double) t.recoveries() / t.steps(), (double) t.reviews() / t.steps(),
                    (double) t.bossSteps() / t.learners());
            System.out.println("        " + t.spent());
        }
        long ours = 0;
        long linear = 0;
        int unlocks = 0;
        int falseUnlocks = 0;
        long steps = 0;
        long repeats = 0;
        int maxRun = 0;
        long followUps = 0;
        long recoveries = 0;
        var perPopulation = new StringBuilder();
        for (var t : tallies) {
            ours += t.ours();
            linear += t.linear();
            unlocks += t.unlocks();
            falseUnlocks += t.falseUnlocks();
            steps += t.steps();
            repeats += t.repeats();
            maxRun = Math.max(maxRun, t.maxRun());
            followUps += t.followUps();
            recoveries += t.recoveries();
            perPopulation.append(String.format(Locale.ROOT, " ratio_%s=%.3f", t.name(), t.ratio()));
        }
        System.out.printf(Locale.ROOT, "progression-sim: learners=%d seed=%d ratio=%.3f false_unlock=%.3f repeat_rate=%.4f "
                + "max_run=%d follow_up_share=%.3f recovery_share=%.3f%s%n", learners, seed, (double) ours / linear,
                unlocks == 0 ? 0 : (double) falseUnlocks / unlocks, (double) repeats / steps, maxRun,
                (double) followUps / steps, (double) recoveries / steps,
                world == World.STANDARD ? perPopulation : perPopulation + " world=" + world.name());
    }

    private static Tally population(String name, SimGrader.Profile profile, World world, TrackLoader loader, Track track,
            int learners, long seed, int maxSteps) {
        var index = new HashMap<String, Integer>();
        track.concepts().forEach(c -> index.put(c.id(), index.size()));
        var boss = track.bossChallenges().get(0);
        var covered = new LinkedHashSet<Integer>();
        covered.add(index.get(boss.conceptId()));
        boss.rubric().dimensions().forEach(d -> d.conceptIds().forEach(c -> covered.add(index.get(c))));
        var clock = new SimClock();
        var grader = new SimGrader(profile, index);
        var coach = Coach.builder().tracks(loader).grader(grader).memoryStore(MemoryStores.inMemory()).clock(clock)
                .attemptIds(counter()).build();
        long ours = 0;
        long linear = 0;
        int unlocks = 0;
        int falseUnlocks = 0;
        long steps = 0;
        long repeats = 0;
        int maxRun = 0;
        long followUps = 0;
        long recoveries = 0;
        long reviews = 0;
        long bossSteps = 0;
        int oursCensored = 0;
        int linearCensored = 0;
        int counted = 0;
        var spent = new Spent();
        for (int i = 0; i < learners; i++) {
            long stream = seed * 1_000_003L + name.hashCode() * 7919L + i;
            var learner = SimLearner.draw(name, track.concepts().size(), new SplittableRandom(stream), world);
            if (ready(learner, covered, 0)) {
                continue;
            }
            counted++;
            var twin = learner.copy();
            var session = coach.session(LearnerId.of("sim-" + name + "-" + i), TRACK);
            var random = new SplittableRandom(~stream);
            long day = 0;
            int inDay = 0;
            int taken = 0;
            int readyAt = -1;
            boolean unlocked = false;
            String previous = "";
            int run = 0;
            int idle = 0;
            while (taken < maxSteps && idle < IDLE_DAYS && (readyAt < 0 || !unlocked)) {
                clock.at(START.plus(Duration.ofDays(day)).plus(Duration.ofMinutes(3L * inDay)));
                if (readyAt < 0 && ready(learner, covered, day)) {
                    readyAt = taken;
                }
                var next = session.next();
                if (next.isEmpty() || inDay >= PER_DAY) {
                    idle += next.isEmpty() ? 1 : 0;
                    day++;
                    inDay = 0;
                    continue;
                }
                idle = 0;
                var step = next.get();
                Challenge ch = step.challenge();
                if (step.reason() == StepReason.BOSS) {
                    bossSteps++;
                    if (!unlocked) {
                        unlocked = true;
                        unlocks++;
                        if (!ready(learner, covered, day)) {
                            falseUnlocks++;
                        }
                    }
                }
                followUps += step.reason() == StepReason.FOLLOW_UP ? 1 : 0;
                recoveries += step.reason() == StepReason.RECOVERY ? 1 : 0;
                reviews += step.reason() == StepReason.REVIEW ? 1 : 0;
                run = ch.id().equals(previous) ? run + 1 : 1;
                repeats += run > 1 ? 1 : 0;
                maxRun = Math.max(maxRun, run);
                previous = ch.id();
                if (readyAt < 0) {
                    spent.count(step.reason(), ch, learner, index, day);
                }
                grader.answering(learner, day, random);
                // a simulated learner answers within a minute, inside every time limit
                session.submit(Answer.of("a simulated answer").withTimeTaken(Duration.ofSeconds(60)));
                teach(learner, index, ch, step.reason(), day);
                taken++;
                inDay++;
                steps++;
            }
            if (readyAt < 0) {
                readyAt = maxSteps;
                oursCensored++;
            }
            ours += readyAt;
            int lin = linear(twin, track, index, covered, profile, new SplittableRandom(~stream), maxSteps);
            if (lin >= maxSteps) {
                linearCensored++;
            }
            linear += lin;
        }
        return new Tally(name, ours, linear, counted, unlocks, falseUnlocks, steps, repeats, maxRun, followUps,
                recoveries, reviews, bossSteps, oursCensored, linearCensored, spent);
    }

    private static java.util.function.Supplier<String> counter() {
        var n = new java.util.concurrent.atomic.AtomicLong();
        return () -> "a" + n.incrementAndGet();
    }

    private static void teach(SimLearner learner, Map<String, Integer> index, Challenge ch, StepReason reason, long day) {
        var teaching = reason == StepReason.FOLLOW_UP ? SimLearner.Teaching.FOLLOW_UP
                : reason == StepReason.RECOVERY ? SimLearner.Teaching.HINT : SimLearner.Teaching.PLAIN;
        if (ch.isMultiDimensional()) {
            Set<String> concepts = new LinkedHashSet<>();
            ch.rubric().dimensions().forEach(d -> concepts.addAll(d.conceptIds()));
            concepts.forEach(c -> learner.practise(index.get(c), ch.level().rank(), day, teaching));
        } else {
            learner.practise(index.get(ch.conceptId()), ch.level().rank(), day, teaching);
        }
    }

    static boolean ready(SimLearner learner, Set<Integer> covered, long day) {
        return covered.stream().allMatch(c -> learner.holds(c, ChallengeLevel.DESIGN.rank(), day));
    }

    /** The linear curriculum's attempts to boss-ready, capped at {@code maxSteps}. */
    private static int linear(SimLearner learner, Track track, Map<String, Integer> index, Set<Integer> covered,
            SimGrader.Profile profile, SplittableRandom random, int maxSteps) {
        var grader = new SimGrader(profile, index);
        int concept = 0;
        int rung = 1;
        int[] asked = new int[track.concepts().size() * 5];
        for (int taken = 0; taken < maxSteps; taken++) {
            long day = taken / PER_DAY;
            if (ready(learner, covered, day)) {
                return taken;
            }
            grader.answering(learner, day, random);
            var level = ChallengeLevel.values()[rung - 1];
            var candidates = track.challenges(track.concepts().get(concept).id(), level);
            asked[concept * 5 + rung - 1]++;
            double score = grader.score(concept, rung);
            learner.practise(concept, rung, day, SimLearner.Teaching.PLAIN);
            if (!candidates.isEmpty() && score >= 0.6) {
                rung++;
                if (rung > ChallengeLevel.DESIGN.rank()) {
                    rung = 1;
                    concept = (concept + 1) % track.concepts().size();
                }
            }
        }
        return maxSteps;
    }

    /** A UTC clock the simulation sets. */
    private static final class SimClock extends Clock {
        private Instant now = START;

        void at(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the simulation clock stays in UTC");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
