package dev.interviewcoach.cli.internal;

import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.api.Track;
import dev.interviewcoach.core.DiagnosisProgress;
import dev.interviewcoach.core.Step;

/** Draws a question: where it stands in the journey, why it was chosen, the prompt and its limits. */
final class StepView {
    private StepView() {}

    static String render(Step step, Track track, DiagnosisProgress progress, Style style, boolean interactive) {
        return render(step, track, progress, style, interactive, "");
    }

    /**
     * The step, with a one-line recap of the last answer's verdict under its heading: the feedback
     * and a long question together can scroll the score off a short terminal.
     */
    static String render(Step step, Track track, DiagnosisProgress progress, Style style, boolean interactive,
            String recap) {
        return render(step, track, progress, style, interactive, recap, false);
    }

    /**
     * The step, saying under its why, when {@code focusCleared}, that the focus it names was cleared after
     * it was chosen: a question shown stays until it is answered or skipped, so its why can outlive the focus.
     */
    static String render(Step step, Track track, DiagnosisProgress progress, Style style, boolean interactive,
            String recap, boolean focusCleared) {
        var out = new StringBuilder();
        var challenge = step.challenge();
        long covered = conceptsCovered(challenge);
        // an integrated question is about every concept its dimensions cover, not the one it is filed under
        String concept = step.reason() == StepReason.BOSS && covered > 1 ? "covers " + covered + " concepts"
                : track.concept(challenge.conceptId()).map(c -> c.title()).orElse(challenge.conceptId());
        var head = new StringBuilder("Question " + step.number() + " · " + label(step.reason()) + " · " + concept
                + " · " + challenge.level());
        if (step.reason() == StepReason.DIAGNOSTIC && !progress.complete()) {
            // the estimate of questions left moves both ways as answers surprise it (12, 6, 2, 4, 1 read as
            // a counter that jumps): the head shows the bound, which only falls, and the end when it is near
            int left = Math.max(0, progress.estimatedLeft() - 1);
            head.append(" · diagnosis: question ").append(progress.asked() + 1).append(" of at most ")
                    .append(Math.max(progress.budget(), progress.asked() + 1))
                    .append(left == 0 ? ", likely the last" : "");
        }
        out.append('\n').append(style.wrap(style.bold(style.cyan(head.toString())), "")).append('\n');
        if (!recap.isEmpty()) {
            out.append(style.wrap(style.dim("Your last answer: ") + recap + style.dim(" (its feedback is above)"), ""))
                    .append('\n');
        }
        out.append(style.wrap(style.dim("Why: ") + step.why(), "")).append('\n');
        if (focusCleared && chosenForFocus(step)) {
            out.append(style.wrap(style.yellow("Your focus was cleared after this question was chosen for it; a question "
                    + "shown stays until you answer or skip it, and the ones after it cover every concept."), "")).append('\n');
        }
        out.append('\n').append(style.wrap(PromptLayout.of(step.promptText()), "  ")).append('\n');
        var prompt = challenge.prompt();
        var limits = new StringBuilder();
        prompt.timeLimit().ifPresent(t -> limits.append(String.format("Time limit %d:%02d", t.toMinutes(),
                t.toSecondsPart())));
        prompt.wordBudget().ifPresent(w -> limits.append(limits.length() > 0 ? " · " : "").append("about ")
                .append(w).append(" words"));
        if (limits.length() > 0) {
            out.append('\n').append(style.wrap(style.yellow(limits + (interactive ? " (the countdown runs in the prompt)"
                    : "")), "")).append('\n');
        }
        out.append(style.wrap(style.dim(AnswerReader.instructions(interactive)), ""));
        return out.toString();
    }

    /**
     * For a follow-up, the question it follows (with its scenario), for a run that opens on the
     * follow-up: the question and its logs were shown in an earlier run; empty for any other step.
     */
    static java.util.Optional<String> followedQuestion(Step step, Track track, Style style) {
        if (step.reason() != StepReason.FOLLOW_UP) {
            return java.util.Optional.empty();
        }
        // laid out as the question was when it was asked, its blocks kept whole, then dimmed line by line
        return FollowUpIds.of(step.challenge().id()).flatMap(ids -> track.challenge(ids.originalId()))
                .map(original -> style.wrap(style.dim("It follows up on this question, asked before:"), "") + "\n"
                        + String.join("\n", style.wrap(PromptLayout.of(original.prompt().fullText()), "    ").lines()
                                .map(l -> l.isBlank() ? l : style.dim(l)).toList()));
    }

    /** Whether practice chose the step for the learner's focus, as its why says (the coach's words for it). */
    static boolean chosenForFocus(Step step) {
        return step.reason() == StepReason.PRACTICE && step.why().startsWith("Your focus: ");
    }

    /** How many concepts a question's rubric dimensions cover: several for an integrated (boss) question. */
    static long conceptsCovered(dev.interviewcoach.api.Challenge challenge) {
        return challenge.rubric().dimensions().stream().flatMap(d -> d.conceptIds().stream()).distinct().count();
    }

    static String label(StepReason reason) {
        return switch (reason) {
            case DIAGNOSTIC -> "diagnosis";
            case PRACTICE -> "practice";
            case REVIEW -> "review";
            case FOLLOW_UP -> "follow-up";
            case RECOVERY -> "recovery";
            case BOSS -> "boss question";
        };
    }
}
