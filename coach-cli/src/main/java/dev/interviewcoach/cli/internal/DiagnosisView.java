package dev.interviewcoach.cli.internal;

import dev.interviewcoach.api.Track;
import dev.interviewcoach.core.Feedback;
import dev.interviewcoach.core.Readiness;
import dev.interviewcoach.core.Step;

/** The lines the journey prints about the diagnosis: where it placed the learner, and a hidden question. */
final class DiagnosisView {
    private DiagnosisView() {}

    /**
     * One concept's line at the end of the diagnosis: where practice starts, and how sure the placement
     * is of a rung it holds (a few answers place a concept, and a guess should read as one).
     */
    static String placement(Readiness.Concept c) {
        String sure = c.heldBy() == Readiness.HeldBy.PLACEMENT
                ? String.format(java.util.Locale.ROOT, " (%d %% sure)", (int) Math.floor(c.placementConfidence() * 100))
                : "";
        return c.title() + ": " + c.heldRung().map(r -> "holds " + r + sure).orElse("starts at DEFINE");
    }

    /**
     * Where the diagnosis just placed the learner, concept by concept.
     *
     * @param report the command line that shows the report
     */
    static String placements(Readiness readiness, Style style, String report) {
        var out = new StringBuilder(style.bold("The diagnosis is complete. Where you start:")).append('\n');
        for (var c : readiness.concepts()) {
            out.append("  ").append(placement(c)).append('\n');
        }
        return out.append(style.wrap(style.dim("Practice starts at each concept's next rung; a rung the diagnosis placed "
                + "you on is a guess from a few answers, so practice also confirms it (DESIGN first: the boss question "
                + "needs it confirmed by your own answers). The mastery figures were "
                + "worked out again from the whole diagnosis (a rung you hold starts at about 75 %), so `" + report + "` "
                + "may show other figures than the feedback on single answers did; it shows the whole map."), ""))
                .toString();
    }

    /**
     * A hidden diagnostic question's one line: where it was asked and how the answer was graded; the
     * first such line says why the question is not shown.
     */
    static String hidden(Step step, Feedback feedback, Track track, boolean first) {
        var concept = track.concept(step.challenge().conceptId()).map(c -> c.title()).orElse(step.challenge().conceptId());
        String grade = feedback.grade().score().isPresent()
                ? "graded " + Scores.two(feedback.grade().score().getAsDouble())
                : "not graded";
        String line = "diagnosis: question " + step.number() + " (" + concept + ", " + step.challenge().level() + "): "
                + grade;
        return first ? "The demo's diagnosis runs without showing its questions and answers: they are the ones your own "
                + "diagnosis asks first.\n" + line : line;
    }

    /**
     * The feedback on the answer that completes the diagnosis, its mastery moves limited to the answer's own
     * concept: the placement then reads every diagnostic answer again and moves every concept, which the
     * placement lines that follow say; listed under this answer they would read as its doing.
     */
    static Feedback onItsConcept(Feedback feedback) {
        String concept = feedback.attempt().conceptId();
        var own = feedback.masteryChanges().stream().filter(c -> c.conceptId().equals(concept)).toList();
        return own.size() == feedback.masteryChanges().size() ? feedback : new Feedback(feedback.attempt(), feedback.passed(),
                feedback.followUps(), own, feedback.next(), feedback.discount());
    }
}
