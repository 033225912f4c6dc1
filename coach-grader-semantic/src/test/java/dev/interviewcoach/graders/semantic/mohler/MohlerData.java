package dev.interviewcoach.graders.semantic.mohler;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.Evidence;
import dev.interviewcoach.api.Prompt;
import dev.interviewcoach.api.Rubric;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Mohler et al. (2011) short-answer set, read from the shared evaluation folder (never copied into
 * the repository): one row per student answer, with the challenge built from its question and
 * reference answer only.
 */
final class MohlerData {
    /** Where the set lives, relative to the repository root. */
    static final Path DEFAULT_FILE = Path.of("../shared/eval/mohler/mohler-2011.tsv");

    /**
     * One scored answer.
     *
     * @param qid assignment.question
     * @param fold the assignment, the unit left out
     * @param challenge the challenge made of the question and the reference answer
     * @param answer the student's answer
     * @param gold the mean of the two graders' scores, 0..5
     */
    record Row(String qid, int fold, Challenge challenge, String answer, double gold) {}

    private MohlerData() {}

    static List<Row> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split("\t", -1);
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            column.put(header[i].strip(), i);
        }
        var challenges = new HashMap<String, Challenge>();
        var rows = new ArrayList<Row>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String qid = field(f, column, "qid");
            String question = field(f, column, "question");
            String reference = field(f, column, "reference");
            var challenge = challenges.computeIfAbsent(qid, q -> challenge(q, question, reference));
            int fold = Integer.parseInt(qid.substring(0, qid.indexOf('.')));
            rows.add(new Row(qid, fold, challenge, field(f, column, "answer"), Double.parseDouble(field(f, column, "ave"))));
        }
        return List.copyOf(rows);
    }

    /**
     * A challenge whose only material is the question and the reference answer. The model requires a
     * rubric; its one criterion is the reference answer itself, which the reference grader ignores.
     */
    private static Challenge challenge(String qid, String question, String reference) {
        var criterion = Criterion.of("reference", 1, "Agrees with the reference answer.", List.of(Evidence.of(reference)));
        return Challenge.of("mohler." + qid, "mohler", ChallengeLevel.DEFINE, "mohler",
                Prompt.of(question), Rubric.of(List.of(criterion)), reference);
    }

    /** A field, with spreadsheet-style quoting ("" for ") removed. */
    private static String field(String[] fields, Map<String, Integer> column, String name) {
        Integer i = column.get(name);
        if (i == null || i >= fields.length) {
            throw new IllegalArgumentException("missing column " + name);
        }
        String s = fields[i];
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).replace("\"\"", "\"");
        }
        return s;
    }
}
