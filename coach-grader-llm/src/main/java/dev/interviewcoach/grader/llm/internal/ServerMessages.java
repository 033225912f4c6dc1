package dev.interviewcoach.grader.llm.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What of a server's own text is kept in a grade's message: a short error message, never for 401 and
 * 403 (whose messages may echo part of a key), never with the key in it, and never one that repeats any
 * of the request (the answer is in it, and the message is stored with the grade): a run of
 * {@value #RUN} characters, or {@value #WORDS} words in a row, that the request also holds is enough to
 * drop the whole text. The status code is always kept.
 */
final class ServerMessages {
    /** The shortest run of characters shared with the request that drops a server's text. */
    static final int RUN = 12;
    /** The fewest words in a row shared with the request that drop a server's text. */
    static final int WORDS = 3;
    private static final int KEPT = 160;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private ServerMessages() {}

    /**
     * The part of an error message to append after the status, e.g. {@code ": model not found"}.
     *
     * @param status the HTTP status
     * @param body the response body
     * @param sent the text sent (the answer is in it)
     * @param key the API key, if any
     * @return the suffix, possibly empty
     */
    static String summary(int status, String body, String sent, Optional<Secret> key) {
        if (status == 401 || status == 403) {
            return " (the credentials were refused)";
        }
        String message;
        try {
            JsonNode error = JSON.readTree(body).path("error");
            message = error.isTextual() ? error.asText() : error.path("message").asText("");
        } catch (JsonProcessingException | RuntimeException e) {
            message = "";
        }
        if (key.isPresent()) {
            message = message.replace(key.get().reveal(), "****");
        }
        message = message.replaceAll("\\p{Cntrl}", " ").strip();
        if (message.isEmpty()) {
            return "";
        }
        String kept = message.length() > KEPT ? message.substring(0, KEPT) + "…" : message;
        if (echoes(kept, sent)) {
            return " (its error message quotes the request, so it is not kept)";
        }
        return ": " + kept;
    }

    /**
     * Whether a text repeats any run of {@value #RUN} characters or {@value #WORDS} words in a row of the
     * text sent, ignoring case and runs of white space.
     *
     * @param text the server's text
     * @param sent the text sent
     * @return whether it repeats some of it
     */
    static boolean echoes(String text, String sent) {
        String m = squash(text);
        String t = squash(sent);
        for (int i = 0; i + RUN <= m.length(); i++) {
            if (t.contains(m.substring(i, i + RUN))) {
                return true;
            }
        }
        var sentRuns = new HashSet<>(runs(words(t)));
        return runs(words(m)).stream().anyMatch(sentRuns::contains);
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static List<String> words(String s) {
        return WORD.matcher(s).results().map(r -> r.group()).toList();
    }

    private static List<String> runs(List<String> words) {
        var runs = new ArrayList<String>();
        for (int i = 0; i + WORDS <= words.size(); i++) {
            runs.add(String.join(" ", words.subList(i, i + WORDS)));
        }
        return runs;
    }
}
