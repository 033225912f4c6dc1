package dev.interviewcoach.cli.internal;

import dev.interviewcoach.api.EvidenceSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** HTML text helpers: escaping and marking evidence in an answer. */
final class Html {
    private Html() {}

    static String esc(String s) {
        var out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' || c == 0xFFFE || c == 0xFFFF) {
                        out.append('\uFFFD');
                    } else if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) && !(Character.isLowSurrogate(c) && i > 0
                            && Character.isHighSurrogate(s.charAt(i - 1)))) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * A long answer as a report shows it: its first {@code head} characters (ended at a word), then, for
     * every span that lies after them, the passage with about {@code context} characters around it, each
     * part escaped with its spans inside {@code <mark>}; every stretch left out is said, with its length
     * ("… 1,234 more characters not shown"), so neither the cut nor the evidence quoted after it is lost.
     * An answer no longer than {@code head} is shown whole, as {@link #marked(String, List)} shows it.
     *
     * @param answer the answer
     * @param spans the evidence to mark, as offsets into the answer
     * @param head how many characters are shown from the start at least
     * @param context how many characters are shown before and after a passage quoted after the head
     * @return the HTML, with each omission in a {@code <span class="cut">}
     */
    static String marked(String answer, List<EvidenceSpan> spans, int head, int context) {
        if (answer.length() <= head) {
            return marked(answer, spans);
        }
        var valid = new ArrayList<>(spans.stream().filter(s -> s.end() <= answer.length() && s.end() > s.start()).toList());
        valid.sort(Comparator.comparingInt(EvidenceSpan::start));
        int headEnd = boundary(answer, lastSpace(answer, head - 200, head).orElse(head));
        for (var span : valid) {
            // a passage that starts in the head is shown whole with it
            if (span.start() < headEnd && span.end() > headEnd) {
                headEnd = span.end();
            }
        }
        var windows = new ArrayList<int[]>();
        windows.add(new int[] {0, headEnd});
        for (var span : valid) {
            if (span.end() <= headEnd) {
                continue;
            }
            int from = Math.max(0, span.start() - context);
            from = firstSpace(answer, from, span.start()).map(i -> i + 1).orElse(boundary(answer, from));
            int to = Math.min(answer.length(), span.end() + context);
            to = lastSpace(answer, span.end(), to).orElse(boundary(answer, to));
            var last = windows.get(windows.size() - 1);
            // a gap shorter than the line that would say it is shown instead
            if (from - last[1] < 60) {
                last[1] = Math.max(last[1], to);
            } else {
                windows.add(new int[] {from, to});
            }
        }
        var out = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < windows.size(); i++) {
            int from = windows.get(i)[0];
            int to = windows.get(i)[1];
            if (from > shown) {
                out.append("<span class=\"cut\">… ").append(count(answer, shown, from)).append(" characters not shown")
                        .append(i == 1 ? " (the passages the grade quoted from the rest of the answer follow, each "
                                + "with a little of what surrounds it)" : "").append(" …</span>");
            }
            var inside = new ArrayList<EvidenceSpan>();
            for (var span : valid) {
                if (span.start() < to && span.end() > from) {
                    inside.add(new EvidenceSpan(Math.max(span.start(), from) - from, Math.min(span.end(), to) - from));
                }
            }
            String part = answer.substring(from, to);
            out.append(marked(part, inside));
            shown = to;
        }
        if (shown < answer.length()) {
            out.append("<span class=\"cut\">… ").append(count(answer, shown, answer.length()))
                    .append(windows.size() > 1 ? " more characters not shown, to the end of the answer"
                            : " more characters not shown").append("</span>");
        }
        return out.toString();
    }

    /** How many characters (code points) a stretch of text holds, as a reader counts them: "1,234". */
    private static String count(String text, int from, int to) {
        return String.format(java.util.Locale.ROOT, "%,d", text.codePointCount(from, to));
    }

    /** The last white space in {@code [from, to)}, if any. */
    private static java.util.Optional<Integer> lastSpace(String text, int from, int to) {
        for (int i = Math.min(to, text.length()) - 1; i >= Math.max(0, from); i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return java.util.Optional.of(i);
            }
        }
        return java.util.Optional.empty();
    }

    /** The first white space in {@code [from, to)}, if any. */
    private static java.util.Optional<Integer> firstSpace(String text, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return java.util.Optional.of(i);
            }
        }
        return java.util.Optional.empty();
    }

    /** A position moved off the middle of a surrogate pair, so no character is cut in two. */
    private static int boundary(String text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))
                && Character.isHighSurrogate(text.charAt(at - 1)) ? at - 1 : at;
    }

    /** The answer, escaped, with the given spans inside {@code <mark>}. */
    static String marked(String answer, List<EvidenceSpan> spans) {
        var sorted = new ArrayList<>(spans.stream().filter(s -> s.end() <= answer.length() && s.end() > s.start()).toList());
        sorted.sort(Comparator.comparingInt(EvidenceSpan::start));
        var out = new StringBuilder();
        int at = 0;
        for (var span : sorted) {
            int start = Math.max(at, span.start());
            if (span.end() <= start) {
                continue;
            }
            out.append(esc(answer.substring(at, start))).append("<mark>")
                    .append(esc(answer.substring(start, span.end()))).append("</mark>");
            at = span.end();
        }
        return out.append(esc(answer.substring(at))).toString();
    }
}
