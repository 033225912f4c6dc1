package dev.interviewcoach.cli.internal;

import dev.interviewcoach.core.CoachSession;
import dev.interviewcoach.core.Step;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Before a timed question, at a terminal: the candidate presses Enter when ready, and only then is the
 * question shown and its clock started, so reading the feedback before it (or the screen a run starts
 * with) takes none of its time.
 */
final class ReadyGate {
    private final CoachSession session;
    private final Console console;
    private final boolean person;
    private final UnaryOperator<String> again;

    /**
     * @param session the session
     * @param console the terminal
     * @param person whether a person answers (not a script, as in the demo)
     * @param again the command line that goes on, for a subcommand
     */
    ReadyGate(CoachSession session, Console console, boolean person, UnaryOperator<String> again) {
        this.session = session;
        this.console = console;
        this.person = person;
        this.again = again;
    }

    /** Whether a step is a timed question the person at the terminal is asked to be ready for. */
    boolean applies(Step step) {
        return person && console.interactive() && session.profile().pressure()
                && step.challenge().prompt().timeLimit().isPresent();
    }

    /**
     * The step waiting from an earlier run, when it is a timed question not shown yet (chosen with the
     * last answer, then left at the "ready?" prompt): asking for it starts its clock, so the candidate is
     * asked whether they are ready first. Read from the stored state, which shows nothing.
     */
    Optional<Step> waitingTimed() {
        var state = session.state();
        return state.pendingStep()
                .filter(p -> !p.shownAt().isAfter(state.updatedAt()) && state.stepsAnswered() > 0)
                .flatMap(p -> session.track().challenge(p.challengeId())
                        .map(c -> new Step(p.id(), c, p.reason(), p.why(), p.number(), p.shownAt())));
    }

    /**
     * Asks whether the candidate is ready for the next step, when it is a timed one. {@code chosenNow}:
     * the question was chosen by this run's {@code next()}, which started its stored clock; the answer
     * is timed from Enter, and stopping here says that the clock runs.
     *
     * @param next the step about to be shown, if any
     * @param chosenNow whether this run's {@code next()} chose it
     * @return empty to go on; an exit code when the candidate stops here instead
     */
    Optional<Integer> ask(Optional<Step> next, boolean chosenNow) {
        if (next.isEmpty() || !applies(next.get())) {
            return Optional.empty();
        }
        var challenge = next.get().challenge();
        var limit = challenge.prompt().timeLimit().orElseThrow();
        String concept = session.track().concept(challenge.conceptId()).map(c -> c.title()).orElse(challenge.conceptId());
        var style = console.style();
        console.println(style.wrap(String.format("Next is a timed question on %s · %s (%d:%02d). Press Enter when you are "
                + "ready: its clock starts when it is shown.", concept, challenge.level(), limit.toMinutes(),
                limit.toSecondsPart()), ""));
        Input in = console.readLine(typed -> "ready? ", false);
        if (in.kind() == Input.Kind.LINE && !in.text().strip().equals(":quit") && !in.text().strip().equals(":q")) {
            return Optional.empty();
        }
        boolean interrupted = in.kind() == Input.Kind.INTERRUPT;
        console.println(style.wrap(chosenNow
                ? "Stopped. Everything you answered is saved. The timed question was chosen just now, so its clock "
                        + "counts from now: later today it comes back with the time that is left, tomorrow afresh. "
                        + "Run `" + again.apply("") + "` to go on."
                : "Stopped. Everything you answered is saved, and the timed question waits for you: "
                        + "run `" + again.apply("") + "` to go on.", ""));
        return Optional.of(interrupted ? Journey.INTERRUPTED : 0);
    }
}
