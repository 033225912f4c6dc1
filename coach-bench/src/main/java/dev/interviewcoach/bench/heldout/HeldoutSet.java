package dev.interviewcoach.bench.heldout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The independent answer set in {@code eval/heldout/answers.yaml}: answers with a human score 0–5. */
record HeldoutSet(List<Item> items) {
    static final Path FILE = Path.of("eval", "heldout", "answers.yaml");
    /** The independent answers to follow-up questions, in the same form. */
    static final Path FOLLOW_UPS = Path.of("eval", "followups", "answers.yaml");
    /** A second, independent scoring of some answers: {@code id<TAB>score<TAB>reason}, {@code #} comments. */
    static final Path SECOND = Path.of("eval", "heldout", "second-scores.tsv");

    /** One answer: its challenge, half, what its author meant it to be, the human score and the text. */
    record Item(String id, String challengeId, String split, String intended, String voice, int score, String reason, String text) {}

    static HeldoutSet read(Path file) throws IOException {
        JsonNode root;
        try (var in = Files.newInputStream(file)) {
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        var items = new ArrayList<Item>();
        for (JsonNode a : root.path("answers")) {
            items.add(new Item(a.path("id").asText(), a.path("challenge").asText(), a.path("split").asText(),
                    a.path("intended").asText(), a.path("voice").asText(), a.path("score").asInt(),
                    a.path("reason").asText(), a.path("text").asText()));
        }
        return new HeldoutSet(List.copyOf(items));
    }

    /** The second scoring, answer id to score; empty when the file is absent. */
    static java.util.Map<String, Integer> secondScores(Path file) throws IOException {
        var scores = new java.util.HashMap<String, Integer>();
        if (!Files.exists(file)) {
            return scores;
        }
        int line = 0;
        for (String row : Files.readAllLines(file)) {
            line++;
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            String[] cells = row.split("\t", 3);
            if (cells.length < 2 || !cells[1].matches("[0-5]")) {
                throw new IOException(file + ":" + line + ": expected id<TAB>score 0-5<TAB>reason");
            }
            if (scores.put(cells[0], Integer.parseInt(cells[1])) != null) {
                throw new IOException(file + ":" + line + ": answer " + cells[0] + " scored twice");
            }
        }
        return scores;
    }

    List<Item> split(String name) {
        return items.stream().filter(i -> i.split().equals(name)).toList();
    }
}
