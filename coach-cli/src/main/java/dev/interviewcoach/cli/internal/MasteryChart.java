package dev.interviewcoach.cli.internal;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Concept;
import dev.interviewcoach.api.MasteryChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The SVG chart of mastery over time: one line per concept, its mastery averaged over the five rungs,
 * read from what each stored answer moved ({@link Attempt#masteryChanges()}). A rung nobody has
 * answered counts 0. Where the diagnosis moved a rung between two answers, the line jumps at the next
 * answer on it, from the value the diagnosis left to the value the answer made.
 */
final class MasteryChart {
    private static final int W = 720;
    private static final int H = 220;
    private static final int PAD = 30;
    private static final int LEGEND_W = 250;
    private static final String[] COLOURS = {"#1e6e46", "#6a8fbf", "#b0602a", "#8a4fa0", "#b02a2a", "#2a8f8f",
        "#7a7a20", "#555555"};

    private MasteryChart() {}

    /** A concept's line: (answer index, mastery) points. */
    record Series(String conceptId, String title, List<double[]> points) {}

    /**
     * The concepts' lines, in the track's order, for concepts some answer moved.
     *
     * @param attempts the learner's attempts, oldest first
     * @param concepts the track's concepts
     * @return the lines
     */
    static List<Series> series(List<Attempt> attempts, List<Concept> concepts) {
        return series(attempts, concepts, Map.of());
    }

    /**
     * The concepts' lines, each ending where the learner stands now when that is given: the diagnosis
     * re-reads its answers once it places a concept, which no answer records, so without this end the
     * line would stop at the value before the placement while the readiness map shows the one after.
     *
     * @param attempts the learner's attempts, oldest first
     * @param concepts the track's concepts
     * @param now per concept, its mastery averaged over the five rungs today
     * @return the lines
     */
    static List<Series> series(List<Attempt> attempts, List<Concept> concepts, Map<String, Double> now) {
        int rungs = ChallengeLevel.values().length;
        var values = new LinkedHashMap<String, double[]>();
        var lines = new LinkedHashMap<String, List<double[]>>();
        for (var concept : concepts) {
            values.put(concept.id(), new double[rungs]);
            lines.put(concept.id(), new ArrayList<>());
        }
        for (int i = 0; i < attempts.size(); i++) {
            var moved = new LinkedHashMap<String, List<MasteryChange>>();
            for (var change : attempts.get(i).masteryChanges()) {
                if (values.containsKey(change.conceptId())) {
                    moved.computeIfAbsent(change.conceptId(), k -> new ArrayList<>()).add(change);
                }
            }
            for (Map.Entry<String, List<MasteryChange>> e : moved.entrySet()) {
                double[] v = values.get(e.getKey());
                var line = lines.get(e.getKey());
                if (line.isEmpty()) {
                    line.add(new double[] {i, mean(v)});
                }
                boolean jumped = false;
                for (var change : e.getValue()) {
                    jumped |= v[change.level().ordinal()] != change.before();
                    v[change.level().ordinal()] = change.before();
                }
                if (jumped) {
                    line.add(new double[] {i, mean(v)});
                }
                for (var change : e.getValue()) {
                    v[change.level().ordinal()] = change.after();
                }
                line.add(new double[] {i + 1, mean(v)});
            }
        }
        var out = new ArrayList<Series>();
        for (var concept : concepts) {
            var line = lines.get(concept.id());
            if (!line.isEmpty()) {
                double last = line.get(line.size() - 1)[1];
                double today = now.getOrDefault(concept.id(), last);
                if (today != last) {
                    line.add(new double[] {attempts.size(), last});
                }
                line.add(new double[] {attempts.size(), today});
                out.add(new Series(concept.id(), concept.title(), List.copyOf(line)));
            }
        }
        return out;
    }

    static String svg(List<Attempt> attempts, List<Concept> concepts) {
        return svg(attempts, concepts, Map.of());
    }

    /** The chart, each line ending at the learner's mastery today (see {@link #series(List, List, Map)}). */
    static String svg(List<Attempt> attempts, List<Concept> concepts, Map<String, Double> now) {
        var lines = series(attempts, concepts, now);
        var svg = new StringBuilder(String.format(Locale.ROOT, "<svg id=\"mastery-over-time\" xmlns=\"http://www.w3.org/2000/svg\" "
                + "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"Mastery over time\">\n",
                W + LEGEND_W, H, W + LEGEND_W, H));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>"
                + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>\n", PAD, H - PAD, W - 10, H - PAD, PAD, 10, PAD,
                H - PAD));
        svg.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"14\">1.0</text><text x=\"4\" y=\"%d\">0</text>\n", H - PAD));
        int n = Math.max(1, attempts.size());
        for (int s = 0; s < lines.size(); s++) {
            var series = lines.get(s);
            String colour = COLOURS[s % COLOURS.length];
            var points = new ArrayList<String>();
            for (double[] p : series.points()) {
                points.add(String.format(Locale.ROOT, "%.1f,%.1f", PAD + p[0] / n * (W - PAD - 20), y(p[1])));
            }
            svg.append(String.format(Locale.ROOT, "<polyline class=\"concept\" data-concept=\"%s\" fill=\"none\" stroke=\"%s\" "
                    + "stroke-width=\"2\" points=\"%s\"><title>%s</title></polyline>\n", Html.esc(series.conceptId()), colour,
                    String.join(" ", points), Html.esc(series.title())));
            int ly = 20 + s * 18;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"4\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>\n", W + 4, ly - 4, colour, W + 20, ly,
                    Html.esc(series.title())));
        }
        if (lines.isEmpty()) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">no mastery recorded yet</text>\n", W / 2 - 70, H / 2));
        }
        return svg.append("</svg>\n").toString();
    }

    private static double mean(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        return sum / v.length;
    }

    private static double y(double value) {
        return H - PAD - value * (H - PAD - 10);
    }
}
