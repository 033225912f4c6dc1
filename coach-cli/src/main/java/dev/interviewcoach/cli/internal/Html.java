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
