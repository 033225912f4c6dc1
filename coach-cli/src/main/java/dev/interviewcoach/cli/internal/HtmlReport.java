package dev.interviewcoach.cli.internal;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.CriterionOutcome;
import dev.interviewcoach.api.EvidenceSpan;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.api.Track;
import dev.interviewcoach.core.Readiness;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The readiness report as one self-contained HTML file: inline CSS and SVG, no scripts and nothing
 * fetched. It holds the readiness map (one SVG cell per concept × rung) with where the boss question stands, the
 * scores over time, mastery over time, and every answered challenge with its grade and the evidence quoted from the answer.
 */
final class HtmlReport {
    static final int CELL_W = 96;
    /** Room after the cells for a row's held rung and next review. */
    static final int TAIL_W = 300;
    static final int CELL_H = 34;
    static final int LABEL_W = 220;

    /** How much of an answer is shown from its start, in characters: the rest only around its quoted evidence. */
    static final int ANSWER_SHOWN = 4000;
    /** How many characters of the answer are shown either side of a passage quoted after {@link #ANSWER_SHOWN}. */
    static final int QUOTE_CONTEXT = 120;

    private HtmlReport() {}

    /**
     * The report.
     *
     * @param boss the line on the boss question, as {@link BossView#reportLine} says it, or "" for none
     */
    static String render(Readiness readiness, Track track, List<Attempt> attempts, String boss) {
        var html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Interview readiness · ").append(Html.esc(readiness.learnerId())).append("</title>\n")
                .append("<style>").append(CSS).append("</style>\n</head>\n<body>\n");
        html.append("<header><h1>Interview readiness</h1><p class=\"meta\">").append(Html.esc(readiness.learnerId()))
                .append(" · ").append(Html.esc(track.title())).append(" · as of ").append(readiness.asOf())
                .append(readiness.interviewDate().map(d -> " · interview on " + d).orElse(""))
                .append(String.format(Locale.ROOT, " · overall <strong>%d %%</strong>", Scores.percent(readiness.overall())))
                .append("</p></header>\n");
        html.append("<section id=\"map\"><h2>Readiness map</h2>\n").append(mapSvg(readiness, CellAnswers.of(attempts)))
                .append("<p class=\"legend\">Each cell is one concept × rung, shaded by the mastery estimate. "
                        + ReadinessMap.MARKS_LEGEND + " · ◆ held by the diagnosis "
                        + "only · blank: no answers yet. A cell's tooltip counts the answers given at that concept and rung "
                        + "only, and says which were follow-ups, reviews or diagnosis questions there; the boss question's "
                        + "answers are in no cell. A passing answer also moves the estimates of the rungs below it, so an "
                        + "estimate may rest on more answers than its cell counts, and the tooltip says so.</p>\n");
        html.append(misconceptions(readiness, track));
        if (!boss.isEmpty()) {
            html.append("<p class=\"boss\">").append(Html.esc(boss).replaceAll("`([^`]+)`", "<code>$1</code>"))
                    .append("</p>\n");
        }
        html.append("</section>\n");
        html.append("<section id=\"over-time\"><h2>Scores over time</h2>\n").append(TimeChart.svg(attempts))
                .append("<p class=\"legend\">Each dot is a graded answer; the line is the mean of the last five.</p></section>\n");
        html.append("<section id=\"mastery-time\"><h2>Mastery over time</h2>\n").append(MasteryChart.svg(attempts, track.concepts(), today(readiness)))
                .append("<p class=\"legend\">One line per concept: its mastery averaged over the five rungs, after each "
                        + "answer, as the coach recorded it when the answer was stored (a rung no stored answer has "
                        + "moved yet counts 0 here, while the map above shows its current estimate, the diagnosis's "
                        + "included).</p>"
                        + "</section>\n");
        html.append("<section id=\"answers\"><h2>Answered challenges</h2>\n");
        var recent = new ArrayList<>(attempts);
        java.util.Collections.reverse(recent);
        for (var attempt : recent.subList(0, Math.min(recent.size(), 200))) {
            html.append(attempt(attempt, track));
        }
        if (attempts.isEmpty()) {
            html.append("<p>No answers yet.</p>\n");
        }
        html.append("</section>\n</body>\n</html>\n");
        return html.toString();
    }

    static String mapSvg(Readiness readiness, CellAnswers answers) {
        var levels = ChallengeLevel.values();
        int width = LABEL_W + CELL_W * levels.length + TAIL_W;
        int height = 30 + CELL_H * readiness.concepts().size() + 10;
        var svg = new StringBuilder();
        svg.append("<svg id=\"readiness-map\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"Mastery per concept and rung\">\n");
        for (int j = 0; j < levels.length; j++) {
            svg.append(String.format(Locale.ROOT, "<text class=\"col\" x=\"%d\" y=\"20\">%s</text>\n",
                    LABEL_W + j * CELL_W + CELL_W / 2, levels[j]));
        }
        svg.append(String.format(Locale.ROOT, "<text class=\"tail\" x=\"%d\" y=\"20\">held / next review</text>\n",
                LABEL_W + levels.length * CELL_W + 10));
        int i = 0;
        for (var concept : readiness.concepts()) {
            int y = 30 + i * CELL_H;
            svg.append(String.format(Locale.ROOT, "<text class=\"row\" x=\"%d\" y=\"%d\">%s</text>\n", LABEL_W - 8,
                    y + CELL_H / 2 + 5, Html.esc(concept.title())));
            for (int j = 0; j < levels.length; j++) {
                svg.append(cell(concept, levels[j], answers, LABEL_W + j * CELL_W, y));
            }
            // the held rung and the next review, as the terminal's map closes each row
            svg.append(String.format(Locale.ROOT, "<text class=\"tail\" x=\"%d\" y=\"%d\">%s</text>\n",
                    LABEL_W + levels.length * CELL_W + 10, y + CELL_H / 2 + 5, Html.esc(ReadinessMap.tail(concept, readiness))));
            i++;
        }
        return svg.append("</svg>\n").toString();
    }

    private static String cell(Readiness.Concept concept, ChallengeLevel level, CellAnswers answers, int x, int y) {
        var rung = ReadinessMap.rung(concept, level);
        double p = rung.map(Readiness.Rung::probability).orElse(0.0);
        String fill = rung.isPresent() ? color(p) : "#f2f2f2";
        String mark = rung.map(r -> ReadinessMap.mark(r.status()))
                .orElse(ReadinessMap.heldByPlacement(concept, level) ? "◆" : "");
        // the label and the tooltip give the same figure, cut as the terminal's map cuts it
        String percent = Scores.percent(p) + "%";
        String label = rung.map(r -> percent + " " + mark).orElse(mark);
        String title = concept.title() + " · " + level + rung.map(r -> ": mastery " + percent + ", "
                + ReadinessMap.words(r.status()) + " · " + answers.describe(concept.conceptId(), level)
                + weighs(r, answers.total(concept.conceptId(), level)))
                .orElse(": no answers yet");
        return String.format(Locale.ROOT, "<g class=\"cell\" data-concept=\"%s\" data-rung=\"%s\" data-mastery=\"%.3f\">"
                + "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"4\" fill=\"%s\"/>"
                + "<text x=\"%d\" y=\"%d\">%s</text><title>%s</title></g>\n",
                Html.esc(concept.conceptId()), level, p, x + 2, y + 2, CELL_W - 4, CELL_H - 4, fill,
                x + CELL_W / 2, y + CELL_H / 2 + 5, Html.esc(label), Html.esc(title));
    }

    /**
     * That an estimate rests on more answers than its cell's own, when it does: a passing answer on a rung
     * above, or a boss answer, moves it too.
     */
    private static String weighs(Readiness.Rung rung, int here) {
        return rung.evidenceCount() > here ? " · the estimate weighs " + rung.evidenceCount()
                + (rung.evidenceCount() == 1 ? " answer" : " answers") + " in all: a "
                + "passing answer on a rung above, or the boss question, moves it too" : "";
    }

    /** A green ramp from pale (0) to deep (1). */
    static String color(double p) {
        int r = (int) Math.round(235 - p * (235 - 30));
        int g = (int) Math.round(240 - p * (240 - 130));
        int b = (int) Math.round(235 - p * (235 - 70));
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    private static String misconceptions(Readiness readiness, Track track) {
        var all = readiness.concepts().stream().flatMap(c -> c.misconceptions().stream()).toList();
        if (all.isEmpty()) {
            return "<p>No misconceptions waiting to be cleared: none shown, or later answers cleared them.</p>\n";
        }
        var out = new StringBuilder();
        for (boolean confirmed : new boolean[] {true, false}) {
            var these = all.stream().filter(m -> m.confirmed() == confirmed).toList();
            if (these.isEmpty()) {
                continue;
            }
            out.append(confirmed ? "<h3>Confirmed misconceptions</h3>"
                    : "<h3>Flagged once</h3><p>Confirmed if it comes back; answers on its topic without it clear it.</p>");
            out.append("<ul class=\"misconceptions\">\n");
            these.forEach(m -> out.append("<li>").append(Html.esc(ReadinessMap.describe(m, track))).append(" (shown ")
                    .append(m.occurrences()).append("×)</li>\n"));
            out.append("</ul>\n");
        }
        return out.toString();
    }

    private static String attempt(Attempt attempt, Track track) {
        var out = new StringBuilder("<article class=\"attempt\">");
        var grade = attempt.grade();
        // a follow-up is asked on its original's criterion, in the words of the original's follow-up
        var followUp = FollowUpIds.of(attempt.challengeId());
        var challenge = track.challenge(followUp.map(FollowUpIds::originalId).orElse(attempt.challengeId()));
        out.append(heading(attempt, challenge, track));
        out.append("<p class=\"score\">").append(attempt.answer().skipped() ? "skipped (counted as 0)"
                : grade.score().isPresent() ? String.format(Locale.ROOT, "score %s · %s", Scores.two(grade.score().getAsDouble()),
                        dev.interviewcoach.core.PassPolicy.defaults().passes(grade) ? "passed" : "not yet")
                : Html.esc("not graded: " + grade.message().orElse(""))).append("</p>");
        counted(grade).ifPresent(c -> out.append("<p class=\"counted\">").append(Html.esc(c)).append("</p>"));
        String question = challenge.map(c -> followUp.flatMap(f -> c.followUps().stream()
                .filter(x -> x.criterionId().equals(f.criterionId())).findFirst().map(x -> x.question()))
                .orElse(c.prompt().text())).orElse("");
        if (!question.isEmpty()) {
            out.append("<p class=\"question\">").append(Html.esc(question)).append("</p>");
        }
        var spans = new ArrayList<EvidenceSpan>();
        String text = attempt.answer().text();
        grade.criteria().stream().filter(c -> c.outcome() != CriterionOutcome.MISSED)
                .forEach(c -> c.spans().forEach(span -> spans.add(FeedbackView.asSaid(span, text))));
        if (!text.isBlank()) {
            // a long answer is cut, and says so; the passages its grade quoted after the cut are still shown
            out.append("<blockquote>").append(Html.marked(text, spans, ANSWER_SHOWN, QUOTE_CONTEXT)).append("</blockquote>");
        }
        out.append("<ul class=\"criteria\">");
        for (var result : grade.criteria()) {
            String description = challenge.flatMap(c -> c.rubric().criterion(result.criterionId()))
                    .map(c -> c.description()).orElse(result.criterionId());
            String cls = result.outcome().toString().toLowerCase(Locale.ROOT).replace('_', '-');
            out.append("<li class=\"").append(cls).append("\">").append(Html.esc(description));
            String quoted = FeedbackView.quotes(result.spans(), text);
            if (!quoted.isEmpty()) {
                out.append(" <span class=\"quote\">").append(Html.esc(quoted.substring(3))).append("</span>");
            }
            String hint = FeedbackView.hint(result, description);
            if (result.outcome() != CriterionOutcome.MET && !hint.isBlank()) {
                out.append("<br><span class=\"expected\">Expected: ").append(Html.esc(hint)).append("</span>");
            }
            out.append("</li>");
        }
        out.append("</ul>");
        for (var m : grade.misconceptions()) {
            String shows = challenge.flatMap(c -> c.misconception(m.misconceptionId())).map(x -> x.shows())
                    .orElse(m.misconceptionId());
            out.append("<p class=\"misconception\">Misconception: ").append(Html.esc(shows))
                    .append("<br><span class=\"correction\">Correction: ")
                    .append(Html.esc(m.correction())).append("</span></p>");
        }
        return out.append("</article>\n").toString();
    }

    /**
     * An answer's heading: its concept and rung, or for a boss question covering several concepts, that it
     * is the boss question and how many it covers, as the terminal heads it; then when it was given.
     */
    private static String heading(Attempt attempt, Optional<Challenge> challenge, Track track) {
        long covered = challenge.map(StepView::conceptsCovered).orElse(0L);
        String time = attempt.at().toString().substring(0, 16);
        if (attempt.reason() == StepReason.BOSS && covered > 1) {
            return "<h3>Boss question · covers " + covered + " concepts · " + attempt.level() + " <small>" + time
                    + "</small></h3>";
        }
        String concept = track.concept(attempt.conceptId()).map(c -> c.title()).orElse(attempt.conceptId());
        return "<h3>" + Html.esc(concept) + " · " + attempt.level() + " <small>" + StepView.label(attempt.reason())
                + " · " + time + "</small></h3>";
    }

    /** Per concept, its mastery today averaged over the five rungs (a rung without an estimate counts 0). */
    static java.util.Map<String, Double> today(Readiness readiness) {
        var out = new java.util.HashMap<String, Double>();
        for (var c : readiness.concepts()) {
            double sum = 0;
            for (var r : c.rungs()) {
                sum += r.probability();
            }
            out.put(c.conceptId(), sum / ChallengeLevel.values().length);
        }
        return out;
    }

    /** The line a grade carries when time, words or hints made it count for less, if it does. */
    static Optional<String> counted(dev.interviewcoach.api.Grade grade) {
        return grade.message().map(m -> m.indexOf("Counted as evidence:")).filter(i -> i >= 0)
                .map(i -> grade.message().orElseThrow().substring(i));
    }

    private static final String CSS = """
            body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:60rem;\
            padding:0 1rem;color:#1d2327;background:#fff}
            h1{margin-bottom:.2rem}.meta{color:#555}section{margin:2rem 0}
            svg text{font:12px system-ui,sans-serif;fill:#1d2327}svg .col{text-anchor:middle;font-weight:600}
            svg .row{text-anchor:end}svg .cell text{text-anchor:middle}
            .legend{color:#555;font-size:13px}
            article.attempt{border-top:1px solid #ddd;padding:.6rem 0}article h3{margin:.2rem 0;font-size:16px}
            article small{color:#666;font-weight:400}.score{font-weight:600;margin:.2rem 0}
            .question{color:#333;font-style:italic}
            blockquote{margin:.4rem 0;padding:.4rem .8rem;background:#f7f7f5;border-left:3px solid #bbb;white-space:pre-wrap}
            mark{background:#d8f0c8}ul.criteria li.met::marker{content:"✓ ";color:#2a7a2a}
            ul.criteria li.partly-met::marker{content:"~ ";color:#a66f00}ul.criteria li.missed::marker{content:"✗ ";color:#b02a2a}
            .expected{color:#555}.misconception{color:#b02a2a}.misconception .correction{color:#1d2327}
            .boss{font-weight:600}
            blockquote .cut{display:block;margin:.3rem 0;color:#666;font-style:italic}
            """;
}
