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

    List<Item> split(String name) {
        return items.stream().filter(i -> i.split().equals(name)).toList();
    }
}
