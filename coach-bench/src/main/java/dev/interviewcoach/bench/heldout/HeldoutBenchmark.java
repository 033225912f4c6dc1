package dev.interviewcoach.bench.heldout;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.Track;
import dev.interviewcoach.core.Graders;
import dev.interviewcoach.core.PassPolicy;
import dev.interviewcoach.core.TrackLoader;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GradingRequest;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./bench/run grading-heldout [--grader NAME] [--set KEY=VALUE]... [--show dev]}: how a grader agrees with the
 * independent answer set's human scores. Reports, per half, Spearman's rank correlation, the share
 * of answers scored 4–5 that pass the coach's default pass policy, the share scored 0–1 that pass,
 * the share of fluent-but-wrong answers (written to be wrong and scored 0–2) that pass, and the
 * median grade of the 4–5 answers. The last line is the test half, with the dev half's figures
 * after it under {@code dev_} keys, and, where a second scoring exists ({@code
 * eval/heldout/second-scores.tsv}), the two human scorings' agreement on the test half ({@code
 * human_spearman}, the ceiling a grader can be held to) and the grader's Spearman against the second
 * scoring ({@code spearman_second}).
 */
public final class HeldoutBenchmark {
    private HeldoutBenchmark() {}

    /** Figures for one half. */
    /**
     * One half's figures. {@code spearmanLowTied} is the Spearman correlation with the scores 0 and 1
     * read as one: how well the grader ranks everything except a wrong answer (0) below a poor one (1).
     * The gap between it and {@code spearman} is what telling those two apart is worth.
     */
    record Figures(int n, double spearman, double strongPass, double poorPass, double wrongPass, double medianStrong,
            double spearmanLowTied) {
        String keys(String prefix) {
            return String.format(Locale.ROOT, "%sspearman=%.3f %sstrong_pass=%.3f %spoor_pass=%.3f %swrong_pass=%.3f "
                    + "%smedian_strong=%.3f %sn=%d %sspearman_0_1_tied=%.3f", prefix, spearman, prefix, strongPass,
                    prefix, poorPass, prefix, wrongPass, prefix, medianStrong, prefix, n, prefix, spearmanLowTied);
        }
    }

    /**
     * Runs the benchmark.
     *
     * @param args {@code --grader NAME} (default {@code rubric}), {@code --set KEY=VALUE} for each grader
     *     property, {@code --show dev} to list the dev half, {@code --explain ID}
     *     to print an answer with its criteria, evidence and misconceptions (dev half only: test answers
     *     are measured, never studied)
     * @throws Exception when the set cannot be read
     */
    public static void run(String[] args) throws Exception {
        run(args, "grading-heldout", HeldoutSet.FILE, HeldoutSet.SECOND);
    }

    /**
     * {@code ./bench/run grading-followups [--grader NAME] [--set KEY=VALUE]... [--show dev]}: the same
     * figures on the independent follow-up answer set ({@code eval/followups/answers.yaml}), each answer
     * graded against its follow-up as the coach asks it ({@link Challenge#followUpChallenge}).
     *
     * @param args as for {@link #run(String[])}
     * @throws Exception when the set cannot be read
     */
    public static void followUps(String[] args) throws Exception {
        run(args, "grading-followups", HeldoutSet.FOLLOW_UPS, null);
    }

    private static void run(String[] args, String name, java.nio.file.Path file, java.nio.file.Path secondFile)
            throws Exception {
        String graderName = "rubric";
        String show = null;
        var explain = new java.util.HashSet<String>();
        var properties = new java.util.TreeMap<String, String>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--grader" -> graderName = args[i + 1];
                case "--show" -> show = args[i + 1];
                case "--explain" -> explain.add(args[i + 1]);
                case "--set" -> {
                    String[] kv = args[i + 1].split("=", 2);
                    properties.put(kv[0], kv.length > 1 ? kv[1] : "");
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (!Files.exists(file)) {
            System.out.println(name + ": skipped=true reason=no_" + file.toString().replace('/', '_'));
            return;
        }
        var set = HeldoutSet.read(file);
        Track track = TrackLoader.discover().load("backend-go");
        var challenges = new HashMap<String, Challenge>();
        track.challenges().forEach(c -> challenges.put(c.id(), c));
        track.bossChallenges().forEach(c -> challenges.put(c.id(), c));
        Grader grader = Graders.byName(new dev.interviewcoach.spi.GraderSpec(graderName, properties));
        var pass = PassPolicy.threshold(0.6);
        var results = new HashMap<String, Map<HeldoutSet.Item, double[]>>();
        for (String half : List.of("dev", "test")) {
            var graded = new java.util.LinkedHashMap<HeldoutSet.Item, double[]>();
            for (var item : set.split(half)) {
                var challenge = challenge(challenges, item.challengeId());
                if (challenge == null) {
                    throw new IllegalStateException("the set names an unknown challenge " + item.challengeId());
                }
                var grade = asTheCoachReadsIt(grader, challenges, item.challengeId(), challenge, Answer.of(item.text()));
                graded.put(item, new double[] {grade.score().orElse(0), pass.passes(grade) ? 1 : 0});
                if (explain.contains(item.id())) {
                    System.out.println(Explanation.of(item, challenge, grade));
                }
                if (half.equals(show)) {
                    System.out.printf(Locale.ROOT, "%s %-45s human=%d grade=%.2f pass=%s intended=%s misconceptions=%d%n",
                            item.id(), item.challengeId(), item.score(), grade.score().orElse(-1), pass.passes(grade),
                            item.intended(), grade.misconceptions().size());
                }
            }
            results.put(half, graded);
        }
        var dev = figures(results.get("dev"));
        var test = figures(results.get("test"));
        System.out.println("dev:  " + dev.keys(""));
        System.out.println("test: " + test.keys(""));
        System.out.println(name + ": " + test.keys("") + " grader=" + graderName + " " + dev.keys("dev_")
                + (secondFile == null ? "" : second(results.get("test"), HeldoutSet.secondScores(secondFile))));
    }

    /**
     * The grade the coach keeps: for a follow-up partly met by its own evidence, with a deterministic
     * grader, the better of that and the reading against the whole criterion
     * ({@link Challenge#followUpOnWholeCriterion}).
     */
    private static dev.interviewcoach.api.Grade asTheCoachReadsIt(Grader grader, Map<String, Challenge> challenges,
            String id, Challenge challenge, Answer answer) {
        var grade = grader.grade(GradingRequest.of(challenge, answer));
        int at = id.indexOf(Challenge.FOLLOW_UP_ID_MARK);
        if (at < 0 || !grade.isScored() || grade.criteria().size() != 1
                || grade.criteria().get(0).outcome() != dev.interviewcoach.api.CriterionOutcome.PARTLY_MET
                || !grader.capabilities().contains(dev.interviewcoach.spi.GraderCapability.DETERMINISTIC)) {
            return grade;
        }
        var whole = challenges.get(id.substring(0, at)).followUpOnWholeCriterion(grade.criteria().get(0).criterionId());
        if (whole.isEmpty()) {
            return grade;
        }
        var second = grader.grade(GradingRequest.of(whole.get(), answer));
        return second.isScored() && second.score().getAsDouble() > grade.score().getAsDouble() ? second : grade;
    }

    /** A challenge of the track by id, or the follow-up a follow-up's id names; null when there is none. */
    private static Challenge challenge(Map<String, Challenge> challenges, String id) {
        int at = id.indexOf(Challenge.FOLLOW_UP_ID_MARK);
        if (at < 0) {
            return challenges.get(id);
        }
        var original = challenges.get(id.substring(0, at));
        return original == null ? null
                : original.followUpChallenge(id.substring(at + Challenge.FOLLOW_UP_ID_MARK.length())).orElse(null);
    }

    static Figures figures(Map<HeldoutSet.Item, double[]> graded) {
        var human = new ArrayList<Double>();
        var humanLowTied = new ArrayList<Double>();
        var ours = new ArrayList<Double>();
        int strong = 0;
        int strongPassed = 0;
        int poor = 0;
        int poorPassed = 0;
        int wrong = 0;
        int wrongPassed = 0;
        var strongScores = new ArrayList<Double>();
        for (var e : graded.entrySet()) {
            var item = e.getKey();
            double score = e.getValue()[0];
            boolean passed = e.getValue()[1] > 0;
            human.add((double) item.score());
            humanLowTied.add((double) Math.max(1, item.score()));
            ours.add(score);
            if (item.score() >= 4) {
                strong++;
                strongPassed += passed ? 1 : 0;
                strongScores.add(score);
            }
            if (item.score() <= 1) {
                poor++;
                poorPassed += passed ? 1 : 0;
            }
            if (item.intended().equals("wrong") && item.score() <= 2) {
                wrong++;
                wrongPassed += passed ? 1 : 0;
            }
        }
        return new Figures(graded.size(), Ranks.spearman(human, ours), share(strongPassed, strong),
                share(poorPassed, poor), share(wrongPassed, wrong), Ranks.median(strongScores),
                Ranks.spearman(humanLowTied, ours));
    }

    /** The second scoring's keys for the answers it scored, or nothing when it scored none of them. */
    static String second(Map<HeldoutSet.Item, double[]> graded, Map<String, Integer> second) {
        var first = new ArrayList<Double>();
        var other = new ArrayList<Double>();
        var ours = new ArrayList<Double>();
        for (var e : graded.entrySet()) {
            var score = second.get(e.getKey().id());
            if (score != null) {
                first.add((double) e.getKey().score());
                other.add((double) score);
                ours.add(e.getValue()[0]);
            }
        }
        if (first.isEmpty()) {
            return "";
        }
        return String.format(Locale.ROOT, " human_spearman=%.3f spearman_second=%.3f second_n=%d",
                Ranks.spearman(first, other), Ranks.spearman(other, ours), first.size());
    }

    private static double share(int part, int whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }
}
