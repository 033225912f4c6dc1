package dev.interviewcoach.cli.internal;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.GradeStatus;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.core.AnswerTooLargeException;
import dev.interviewcoach.core.CoachSession;
import dev.interviewcoach.core.Feedback;
import dev.interviewcoach.core.LearnerBusyException;
import dev.interviewcoach.core.StaleStepException;
import dev.interviewcoach.core.Step;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Instant;
import java.util.Optional;

/**
 * The candidate's journey in the terminal: asks the coach for the next step, shows it, reads the
 * answer, submits it and shows the feedback, until the candidate stops, the session length is up or
 * the scope of the command is done. Every answer is stored when its feedback shows, and the open
 * question is kept by the coach, so stopping at any point loses nothing.
 */
final class Journey {
    /** Which steps this run takes. */
    enum Scope {
        ALL, DIAGNOSIS, REVIEWS, BOSS,
        /** The boss question, asked again when it was passed. */
        BOSS_AGAIN;

        boolean boss() {
            return this == BOSS || this == BOSS_AGAIN;
        }
    }

    /** Where answers come from: the candidate at the console, or a script. */
    @FunctionalInterface
    interface AnswerSource {
        AnswerReader.Result answer(Step step);
    }

    /** The exit code after Ctrl-C. */
    static final int INTERRUPTED = 130;
    /** The exit code when the grader failed on several answers in a row and the run stopped. */
    static final int GRADER_DOWN = 3;
    /** After how many answers in a row the grader failed on the run stops: going on would only gather ungraded answers. */
    static final int FAILURES_BEFORE_STOP = 3;

    private final CoachSession session;
    private final Console console;
    private final Clock clock;
    private final AnswerSource source;

    /** The command line that runs a command again with this run's options ("" for the journey). */
    private java.util.function.UnaryOperator<String> again = command -> command.isEmpty() ? GlobalOptions.program() : GlobalOptions.program() + " " + command;

    /**
     * This journey, naming the command lines that go on with the options it was run with.
     *
     * @param again the command line for a command ("" for the journey)
     * @return this journey
     */
    Journey again(java.util.function.UnaryOperator<String> again) {
        this.again = again;
        return this;
    }

    /** Whether a scripted candidate answers (the demo), not the person at the terminal. */
    private boolean scripted;

    /**
     * This journey, answered by a script: its end does not invite the person to go on with it.
     *
     * @return this journey
     */
    Journey scripted() {
        scripted = true;
        return this;
    }

    /** Whether diagnostic questions, their answers and feedback are left out (the demo's). */
    private boolean diagnosisHidden;
    /** How many hidden diagnostic questions were summed up so far. */
    private int hiddenShown;

    /**
     * This journey, showing of each diagnostic question only its number, concept, rung and grade: the
     * demo's diagnosis asks what a newcomer's own diagnosis asks next, and its questions with strong
     * answers and their feedback would give that away.
     *
     * @return this journey
     */
    Journey hidingDiagnosis() {
        diagnosisHidden = true;
        return this;
    }

    Journey(CoachSession session, Console console, Clock clock, AnswerSource source) {
        this.session = session;
        this.console = console;
        this.clock = clock;
        this.source = source;
    }

    static AnswerSource fromConsole(Console console, Clock clock, int maxBytes) {
        var reader = new AnswerReader(console, clock, maxBytes);
        return step -> reader.read(step.challenge().prompt(), step.challenge().hints(), step.shownAt(), step.hintsGiven());
    }

    int run(Scope scope) {
        Instant started = clock.instant();
        Optional<Duration> length = session.profile().sessionLength();
        int failedInARow = 0;
        String recap = "";
        if (scope.boss() && !BossView.toAsk(session, console, scope == Scope.BOSS_AGAIN, again, clock.getZone())) {
            return 0;
        }
        var gate = new ReadyGate(session, console, !scripted, again);
        var waitingStep = gate.waitingTimed();
        if (waitingStep.isPresent() && !accepts(scope, waitingStep.get())) {
            // refused before asking whether the candidate is ready, and before next() would start its clock
            inScope(scope, waitingStep.get());
            return 0;
        }
        var waiting = gate.ask(waitingStep, false);
        if (waiting.isPresent()) {
            return waiting.get();
        }
        // a step waiting from an earlier run was asked about above; one this run chooses is asked about below
        boolean firstOfRun = waitingStep.filter(gate::applies).isEmpty();
        boolean opensRun = true;
        while (true) {
            var style = console.style(); // the terminal's width now: it may have been resized since the last step
            Optional<Step> next = session.next();
            if (next.isEmpty()) {
                String ids = String.join(", ", session.track().concepts().stream().map(c -> c.id()).toList());
                var nextReview = nextReview();
                console.println(console.style().wrap("Nothing is left to ask on this track right now: every concept "
                        + "is held and no review is due" + nextReview.map(d -> " (the next on " + d + ")").orElse("")
                        + ". `" + again.apply("report") + "` shows where you stand; `" + again.apply("practice --concept ID")
                        + "` asks more on one concept anyway, questions you have not been asked first (" + ids + ").", ""));
                return 0;
            }
            Step step = next.get();
            if (!inScope(scope, step)) {
                return 0;
            }
            if (firstOfRun && !step.shownAt().isBefore(started)) {
                // chosen and shown by this run (a practice focus, or nothing waiting): its clock has not
                // run for the candidate yet, so a timed one waits for them to be ready, and counts from then
                var ready = gate.ask(next, true);
                if (ready.isPresent()) {
                    return ready.get();
                }
                if (gate.applies(step)) {
                    step = new Step(step.id(), step.challenge(), step.reason(), step.why(), step.number(), clock.instant());
                }
            }
            firstOfRun = false;
            boolean hidden = diagnosisHidden && step.reason() == StepReason.DIAGNOSTIC;
            if (!hidden) {
                var profile = session.profile();
                boolean unfocused = profile.focusConceptIds().isEmpty() && profile.focusTopicIds().isEmpty();
                console.println(StepView.render(step, session.track(), session.diagnosisProgress(), style,
                        console.interactive(), recap, unfocused));
            }
            if (!hidden && opensRun) {
                // a follow-up waiting from an earlier run: the question it follows, whose scenario it
                // refers to, scrolled away with that run
                StepView.followedQuestion(step, session.track(), style).ifPresent(console::println);
            }
            opensRun = false;
            var resumed = resumedClock(step);
            if (resumed.isPresent()) {
                console.println(style.wrap(style.yellow(resumed.get()), ""));
            }
            Feedback feedback;
            try {
                feedback = answer(step);
            } catch (Overtaken overtaken) {
                console.println(style.yellow("This question was answered in another session meanwhile; here is the current one."));
                showUnsent(step, overtaken.typed);
                // the last answer, and so its verdict, came from the other session: this one does not know it
                recap = "";
                continue;
            } catch (LearnerBusyException e) {
                console.println(style.yellow("Another session kept saving at the same moment; nothing was stored. "
                        + "Answer again."));
                continue;
            } catch (Stop stop) {
                showUnsent(step, stop.unsent);
                console.println(style.wrap(scripted ? "The scripted candidate stops here, at question " + step.number() + "."
                        : "Stopped. Everything you answered is saved, and question " + step.number()
                        + " waits for you: run `" + again.apply("") + "` to go on."
                        + (step.challenge().prompt().timeLimit().isPresent() ? " Its clock keeps running meanwhile: a "
                                + "timed question counts from when it was shown (on another day it starts afresh)." : ""), ""));
                return stop.interrupted ? INTERRUPTED : 0;
            }
            if (feedback == null) {
                continue;
            }
            style = console.style();
            boolean diagnosisEnds = step.reason() == StepReason.DIAGNOSTIC
                    && feedback.next().map(n -> n.reason() != StepReason.DIAGNOSTIC).orElse(true);
            if (hidden) {
                console.println(style.wrap(style.dim(DiagnosisView.hidden(step, feedback, session.track(),
                        hiddenShown++ == 0)), ""));
            }
            if (diagnosisEnds) {
                // where the diagnosis placed the candidate comes before what comes next
                if (!hidden) {
                    console.println(FeedbackView.renderWithoutNext(DiagnosisView.onItsConcept(feedback), step.challenge(), session.track(),
                            style));
                }
                console.println(DiagnosisView.placements(session.readiness(), style, again.apply("report")));
                if (!scripted && console.interactive() && session.profile().interviewDate().isEmpty()) {
                    InterviewDatePrompt.offer(console, LocalDate.ofInstant(clock.instant(), clock.getZone()),
                            date -> session.updateProfile(p -> p.withInterviewDate(date)),
                            again.apply("profile --interview-date=YYYY-MM-DD"));
                }
                String whatNext = FeedbackView.next(feedback, style);
                if (!whatNext.isEmpty()) {
                    console.println(whatNext.stripTrailing());
                }
            } else if (!hidden) {
                console.println(FeedbackView.render(feedback, step.challenge(), session.track(), style));
            }
            recap = hidden ? "" : recap(feedback, step);
            failedInARow = feedback.grade().status() == GradeStatus.ERROR ? failedInARow + 1 : 0;
            if (failedInARow >= FAILURES_BEFORE_STOP) {
                console.println(style.wrap(style.red("The grader (" + feedback.grade().graderId() + ") failed on your last "
                        + failedInARow + " answers, so what you answer now cannot count.") + " Your answers are stored; "
                        + "run `" + again.apply("") + "` again later to go on, or pick another grader with `--grader`.", ""));
                return GRADER_DOWN;
            }
            if (length.isPresent() && Duration.between(started, clock.instant()).compareTo(length.get()) >= 0) {
                console.println(style.wrap("That is the " + length.get().toMinutes() + " minutes you set for a session. "
                        + "Everything is saved; `" + again.apply("") + "` goes on from here next time.", ""));
                return 0;
            }
            var ready = gate.ask(feedback.next(), false);
            if (ready.isPresent()) {
                return ready.get();
            }
        }
    }

    /** Whether a command of this scope asks the step, without a word. */
    private static boolean accepts(Scope scope, Step step) {
        return switch (scope) {
            case ALL -> true;
            case DIAGNOSIS -> step.reason() == StepReason.DIAGNOSTIC;
            case REVIEWS -> step.reason() == StepReason.REVIEW;
            case BOSS, BOSS_AGAIN -> step.reason() == StepReason.BOSS;
        };
    }

    /** Whether a command of this scope asks the step; when it does not, says what it waits for. */
    private boolean inScope(Scope scope, Step step) {
        if (accepts(scope, step)) {
            return true;
        }
        if (scope.boss()) {
            console.println(BossView.statuses(session, Optional.of(step), again, clock.getZone(), console.style()));
            return false;
        }
        String message = scope == Scope.DIAGNOSIS ? "The diagnosis is complete: `" + again.apply("report")
                + "` shows your placements, `" + again.apply("") + "` goes on with practice." : reviewsWait();
        console.println(console.style().wrap(message, ""));
        return false;
    }

    /** The earliest day a review of any concept falls due, if any rung has a card. */
    private java.util.Optional<java.time.LocalDate> nextReview() {
        return session.readiness().concepts().stream().flatMap(c -> c.nextReview().stream())
                .min(java.util.Comparator.naturalOrder());
    }

    /**
     * Why `review` has no review to ask: none is due yet (and when the next one is), or one is due but
     * the open question comes first, since a question shown is kept until it is answered or skipped.
     */
    private String reviewsWait() {
        var next = nextReview();
        var today = java.time.LocalDate.ofInstant(clock.instant(), clock.getZone());
        if (next.isPresent() && !next.get().isAfter(today)) {
            return "A review is due (since " + next.get() + "), but the question you have open comes first: "
                    + "`" + again.apply("") + "` shows it again; answer it, or :skip it, and the reviews follow.";
        }
        return "No review is due now" + next.map(d -> "; the next one is due on " + d).orElse("")
                + ". `" + again.apply("") + "` goes on with practice.";
    }

    /** A question shown this long before it is read again was shown before: its clock did not start now. */
    private static final Duration RESUMED_AFTER = Duration.ofSeconds(5);

    /**
     * For a timed question shown before this run and still open, that its clock kept running and how
     * much of it is left, so the countdown does not start mid-way without a word.
     */
    private Optional<String> resumedClock(Step step) {
        var limit = step.challenge().prompt().timeLimit();
        Duration since = Duration.between(step.shownAt(), clock.instant());
        if (limit.isEmpty() || scripted || since.compareTo(RESUMED_AFTER) < 0) {
            return Optional.empty();
        }
        Duration left = limit.get().minus(since);
        String shown = "This timed question was shown " + minutes(since) + " ago and its clock kept running";
        return Optional.of(left.isNegative() || left.isZero()
                ? shown + ": its time (" + minutes(limit.get()) + ") is up, so an answer now counts as over time."
                : shown + ": " + minutes(left) + " of " + minutes(limit.get()) + " left.");
    }

    private static String minutes(Duration d) {
        long s = d.getSeconds();
        return String.format("%d:%02d", s / 60, s % 60);
    }

    /** What the candidate typed for a question and is not kept, as typed, line for line and unwrapped, so it can be copied back whole. */
    private void showUnsent(Step step, String typed) {
        if (typed.isBlank() || scripted) {
            return;
        }
        console.println(console.style().wrap(console.style().yellow("Not sent, so not kept: what you typed for question "
                + step.number() + " (copy it if you want it), between the lines:"), ""));
        console.println("-----");
        console.println(typed);
        console.println("-----");
    }

    private Feedback answer(Step step) {
        var result = source.answer(step);
        if (result instanceof AnswerReader.Quit quit) {
            throw new Stop(quit.interrupted(), quit.unsent());
        }
        if (result instanceof AnswerReader.Skipped) {
            try {
                return session.skip(step.id());
            } catch (StaleStepException e) {
                throw new Overtaken("");
            }
        }
        if (result instanceof AnswerReader.TooLarge big) {
            tooLarge(step, big.bytes(), big.atLeast(), big.text());
            return null;
        }
        var answered = (AnswerReader.Answered) result;
        try {
            return session.submit(step.id(), new Answer(answered.text(), answered.time(), answered.hintsUsed()));
        } catch (StaleStepException e) {
            throw new Overtaken(answered.text());
        } catch (AnswerTooLargeException e) {
            // the coach counts as the reader does; a coach with a lower limit refuses it here
            tooLarge(step, answered.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length, false,
                    answered.text());
            return null;
        }
    }

    /**
     * Says an answer was over the size limit, and hands it back as Ctrl-C does, between lines, so it can be
     * copied and shortened: the coach keeps nothing on disk but its store, so it is not saved anywhere. An
     * answer too long to have been held whole (a paste of a file by mistake) is not printed back.
     */
    private void tooLarge(Step step, long bytes, boolean atLeast, String text) {
        var style = console.style();
        console.println(style.wrap(style.red(String.format(java.util.Locale.ROOT, "That answer is %s%,d bytes; answers are "
                + "limited to %,d bytes.", atLeast ? "over " : "", bytes, Limits.maxAnswerBytes())) + " Nothing was "
                + "graded or stored; the question is still open: shorten the answer and send it again."
                + (text.isBlank() ? " It is too long to print back here." : ""), ""));
        showUnsent(step, text);
    }

    /** Another session of the learner answered the question first; what was typed for it here is not kept. */
    private static final class Overtaken extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String typed;

        Overtaken(String typed) {
            super(null, null, false, false);
            this.typed = typed;
        }
    }

    /** The candidate stopped. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final boolean interrupted;
        private final String unsent;

        Stop(boolean interrupted, String unsent) {
            super(null, null, false, false);
            this.interrupted = interrupted;
            this.unsent = unsent;
        }
    }

    /** The last answer's verdict in a few words, for the heading of the next question. */
    static String recap(Feedback feedback, Step answered) {
        var grade = feedback.grade();
        String what = "question " + answered.number() + " ";
        if (feedback.attempt().answer().skipped()) {
            return what + "skipped";
        }
        if (grade.score().isEmpty()) {
            return what + "not graded";
        }
        return what + String.format(java.util.Locale.ROOT, "scored %s, %s", Scores.two(grade.score().getAsDouble()),
                feedback.passed() ? "passed" : "not yet");
    }
}
