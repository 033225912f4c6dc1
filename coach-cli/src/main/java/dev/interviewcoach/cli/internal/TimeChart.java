package dev.interviewcoach.cli.internal;

import dev.interviewcoach.api.Attempt;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The SVG chart of scores over time: a dot per graded answer and the mean of the last five as a line. */
final class TimeChart {
    private static final int W = 720;
    private static final int H = 200;
    private static final int PAD = 30;

    private TimeChart() {}

    static String svg(List<Attempt> attempts) {
        var scored = attempts.stream().filter(a -> a.grade().score().isPresent()).toList();
        var svg = new StringBuilder(String.format(Locale.ROOT, "<svg id=\"scores-over-time\" xmlns=\"http://www.w3.org/2000/svg\" "
                + "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"Scores over time\">\n", W, H, W, H));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>"
                + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>\n", PAD, H - PAD, W - 10, H - PAD, PAD, 10, PAD,
                H - PAD));
        svg.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"14\">1.0</text><text x=\"4\" y=\"%d\">0</text>\n", H - PAD));
        int n = scored.size();
        var line = new ArrayList<String>();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double score = scored.get(i).grade().score().getAsDouble();
            sum += score;
            if (i >= 5) {
                sum -= scored.get(i - 5).grade().score().getAsDouble();
            }
            double mean = sum / Math.min(i + 1, 5);
            double x = PAD + (n == 1 ? 0.5 : i / (double) (n - 1)) * (W - PAD - 20);
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#6a8fbf\"/>\n", x, y(score)));
            line.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y(mean)));
        }
        if (line.size() > 1) {
            svg.append("<polyline fill=\"none\" stroke=\"#1e6e46\" stroke-width=\"2\" points=\"")
                    .append(String.join(" ", line)).append("\"/>\n");
        }
        if (n == 0) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">no graded answers yet</text>\n", W / 2 - 60, H / 2));
        }
        return svg.append("</svg>\n").toString();
    }

    private static double y(double score) {
        return H - PAD - score * (H - PAD - 10);
    }
}
