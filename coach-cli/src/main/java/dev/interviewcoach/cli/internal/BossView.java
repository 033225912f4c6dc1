package dev.interviewcoach.cli.internal;

import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.api.Track;
import dev.interviewcoach.core.BossStatus;
import dev.interviewcoach.core.CoachSession;
import dev.interviewcoach.core.Step;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * {@code coach boss}: whether it asks the boss question, and what it says when it does not: the coach's
 * own {@link BossStatus} in words (passed, open behind another step, or waiting and on what), so it agrees
 * with the session and the report.
 */
final class BossView {
    private BossView() {}

    /**
     * Whether {@code coach boss} goes on to ask for a step: the boss question is pending, open, or passed
     * and to be asked again ({@code retake}, which asks the session for it); otherwise prints where it
     * stands and asks nothing.
     *
     * @throws CliFailure when {@code retake} cannot be done (exit code 1, as other refusals): the boss
     *     question was not passed (and is not open either), or a diagnosis started again comes first
     */
    static boolean toAsk(CoachSession session, Console console, boolean retake, UnaryOperator<String> again,
            ZoneId zone) {
        boolean pending = session.state().pendingStep().map(p -> p.reason() == StepReason.BOSS).orElse(false);
        if (pending) {
            return true;
        }
        var statuses = session.bosses();
        if (retake) {
            checkRetake(session, again);
            var passed = statuses.stream().filter(b -> b.state() == BossStatus.State.PASSED).findFirst();
            if (passed.isPresent()) {
                session.askBossAgain(passed.get().challengeId());
                return true;
            }
            console.println(console.style().wrap("You have not passed the boss question yet; it is open, so this asks it "
                    + "as `" + again.apply("boss") + "` does.", ""));
        }
        if (statuses.stream().anyMatch(b -> b.state() == BossStatus.State.OPEN)) {
            return true;
        }
        console.println(statuses(session, Optional.empty(), again, zone, console.style()));
        return false;
    }

    /**
     * Refuses {@code coach boss --again} when it cannot ask the boss question again, before anything is said
     * or changed: the boss question was not passed (and is not open or waiting for an answer either), or
     * a diagnosis started again comes first.
     *
     * @throws CliFailure exit code 1, as other refusals
     */
    static void checkRetake(CoachSession session, UnaryOperator<String> again) {
        if (session.state().pendingStep().map(p -> p.reason() == StepReason.BOSS).orElse(false)) {
            return;
        }
        var statuses = session.bosses();
        boolean passed = statuses.stream().anyMatch(b -> b.state() == BossStatus.State.PASSED);
        if (passed && !session.diagnosisProgress().complete()) {
            throw CliFailure.failed("The diagnosis you started again comes first: `" + again.apply("")
                    + "` goes on with it, and `" + again.apply("boss --again") + "` asks the boss question once it "
                    + "is complete. Nothing was changed.");
        }
        if (!passed && statuses.stream().noneMatch(b -> b.state() == BossStatus.State.OPEN)) {
            throw notPassed(again);
        }
    }

    /** The refusal of {@code coach boss --again} before the boss question was passed. */
    static CliFailure notPassed(UnaryOperator<String> again) {
        return CliFailure.failed("You have not passed the boss question yet, so there is none to answer again: `"
                + again.apply("boss") + "` says what it waits for. Nothing was changed.");
    }

    /** Where each boss question of the track stands, as the coach decides it, after the step chosen first if any. */
    static String statuses(CoachSession session, Optional<Step> first, UnaryOperator<String> again, ZoneId zone,
            Style style) {
        var statuses = session.bosses();
        if (statuses.isEmpty()) {
            return style.wrap("This track has no boss question.", "");
        }
        boolean placed = session.diagnosisProgress().complete();
        var out = new java.util.ArrayList<String>();
        for (var status : statuses) {
            out.add(render(status, first, placed, session.track(), zone, again, style));
        }
        return String.join("\n", out);
    }

    /**
     * The status of one boss question.
     *
     * @param status the coach's status
     * @param first the step chosen before it, when one is: said for an open boss question
     * @param placed whether the diagnosis has placed the learner: before, a boss question waits for all of it
     * @param track the track, for the concepts' titles
     * @param zone the zone the day of the last answer is shown in
     * @param again the command line for a command
     * @param style the output style
     * @return the text, wrapped
     */
    static String render(BossStatus status, Optional<Step> first, boolean placed, Track track, ZoneId zone,
            UnaryOperator<String> again, Style style) {
        return switch (status.state()) {
            case PASSED -> style.wrap("You passed the boss question" + lastAnswer(status, zone) + ". A passed boss "
                    + "question does not come back by itself: `" + again.apply("boss --again") + "` asks it again, and `"
                    + again.apply("") + "` goes on with practice and reviews.", "");
            case OPEN -> style.wrap("The boss question is open: every concept it covers holds " + status.rung()
                    + " on your own answers. " + first.map(s -> "Question " + s.number() + " comes first (" + s.why()
                    + "): ").orElse("A question chosen before it comes first: ") + "`" + again.apply("") + "` asks it, "
                    + "and the boss question follows once no review, follow-up or recovery comes before it.", "");
            case WAITING -> placed ? waiting(status, track, zone, again, style) : style.wrap("The boss question is not "
                    + "open yet: it comes after the diagnosis and practice, once every concept it covers holds "
                    + status.rung() + " confirmed by your own answers. `" + again.apply("") + "` starts with the "
                    + "diagnosis.", "");
        };
    }

    private static String waiting(BossStatus status, Track track, ZoneId zone, UnaryOperator<String> again, Style style) {
        String head = status.lastAnswer().isPresent()
                ? "Your last answer to the boss question" + lastAnswer(status, zone) + " did not pass; it comes back "
                        + "once you have worked on what it waits for."
                : "The boss question is not open yet: it comes up once every concept it covers holds " + status.rung()
                        + " confirmed by your own answers (a placement alone does not count) and still well recalled, "
                        + "each passed at " + status.rung() + " or above again shortly before.";
        var out = new StringBuilder(style.wrap(head + " It waits for:", "")).append('\n');
        // a rung not confirmed, or faded, lacks a recent pass too as a rule, and one passing answer there works
        // on both: the lack of a recent pass is said only for a concept where it is all that is missing
        var unready = new HashSet<String>();
        status.waitingOn().stream().filter(g -> g.reason() != BossStatus.Reason.NO_RECENT_PASS
                && g.reason() != BossStatus.Reason.WEAKEST_IN_LAST_ANSWER).forEach(g -> unready.add(g.conceptId()));
        var byConcept = new LinkedHashMap<String, List<String>>();
        for (var gap : status.waitingOn()) {
            if (gap.reason() != BossStatus.Reason.NO_RECENT_PASS || !unready.contains(gap.conceptId())) {
                byConcept.computeIfAbsent(gap.conceptId(), c -> new ArrayList<>()).add(gap.why());
            }
        }
        byConcept.forEach((concept, whys) -> out.append(style.wrap("- " + title(track, concept) + ": "
                + String.join("; ", whys) + ".", "  ", "  ")).append('\n'));
        return out.append(style.wrap("`" + again.apply("") + "` works towards it.", "")).toString();
    }

    /**
     * Where the boss question stands, in one line for the readiness report, in the words {@code coach boss}
     * uses: passed (score, day), open, or not open yet and for which concepts (after an answer that did not
     * pass, or before any); "" for a track without one.
     */
    static String reportLine(CoachSession session, ZoneId zone, UnaryOperator<String> again) {
        boolean placed = session.diagnosisProgress().complete();
        return String.join(" ", session.bosses().stream()
                .map(status -> reportLine(status, placed, session.track(), zone, again)).toList());
    }

    private static String reportLine(BossStatus status, boolean placed, Track track, ZoneId zone,
            UnaryOperator<String> again) {
        return switch (status.state()) {
            case PASSED -> "You passed the boss question" + lastAnswer(status, zone) + ".";
            case OPEN -> "The boss question is open: every concept it covers holds " + status.rung() + " on your own "
                    + "answers, and `" + again.apply("") + "` asks it once no review, follow-up or recovery comes before it.";
            case WAITING -> !placed ? "The boss question is not open yet: it comes after the diagnosis and practice."
                    : (status.lastAnswer().isPresent() ? "Your last answer to the boss question" + lastAnswer(status, zone)
                            + " did not pass; it waits for: " : "You have not taken the boss question yet: it waits for: ")
                            + titles(status, track) + " (`" + again.apply("boss") + "` says what each needs).";
        };
    }

    /** The concepts a boss question waits for, apart where their titles hold an "and": "Caching; Testing and reliability". */
    private static String titles(BossStatus status, Track track) {
        return String.join("; ", status.waitingOn().stream().map(g -> title(track, g.conceptId())).distinct().toList());
    }

    /** " (0.79, on 2026-12-03)" for the last answer, or nothing. */
    private static String lastAnswer(BossStatus status, ZoneId zone) {
        return status.lastAnswer().map(a -> " (" + a.grade().score().stream()
                .mapToObj(s -> Scores.two(s) + ", ").findFirst().orElse("")
                + "on " + LocalDate.ofInstant(a.at(), zone) + ")").orElse("");
    }

    private static String title(Track track, String conceptId) {
        return track.concept(conceptId).map(c -> c.title()).orElse(conceptId);
    }
}
