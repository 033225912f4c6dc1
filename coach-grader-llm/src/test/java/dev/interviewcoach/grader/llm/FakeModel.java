package dev.interviewcoach.grader.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.Evidence;
import dev.interviewcoach.api.Misconception;
import java.util.ArrayList;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A "model" that grades sensibly without being one: a criterion is met when enough of its ideas
 * appear in the answer (a paraphrase, as whole words, any case), partly met when some do, and each
 * found paraphrase is quoted as it stands in the answer. It reads the answer out of the delimited
 * user message, as a real model would have to.
 */
final class FakeModel implements Function<FakeEndpoint.Received, FakeEndpoint.Reply> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Challenge challenge;

    FakeModel(Challenge challenge) {
        this.challenge = challenge;
    }

    @Override
    public FakeEndpoint.Reply apply(FakeEndpoint.Received request) {
        return FakeEndpoint.Reply.ok(FakeEndpoint.completion(verdict(answerIn(request.userMessage())).toString(), "stop"));
    }

    /** The answer between the boundary lines of a user message. */
    static String answerIn(String user) {
        int newline = user.indexOf('\n');
        String boundary = user.substring("<<<ANSWER ".length(), newline);
        String close = "\nANSWER " + boundary + ">>>";
        return user.substring(newline + 1, user.lastIndexOf(close));
    }

    ObjectNode verdict(String answer) {
        var root = JSON.createObjectNode();
        var criteria = root.putArray("criteria");
        for (Criterion c : challenge.rubric().criteria()) {
            var quotes = new ArrayList<String>();
            int ideas = 0;
            for (Evidence e : c.evidence()) {
                var found = find(answer, e);
                if (found.isPresent()) {
                    ideas++;
                    quotes.add(found.get());
                }
            }
            var node = criteria.addObject().put("id", c.id())
                    .put("status", ideas >= c.minEvidence() ? "met" : ideas > 0 ? "partly" : "missed");
            quotes.forEach(node.putArray("quotes")::add);
            node.put("note", "");
        }
        var misconceptions = root.putArray("misconceptions");
        for (Misconception m : challenge.misconceptions()) {
            for (Evidence e : m.evidence()) {
                var found = find(answer, e);
                if (found.isPresent()) {
                    misconceptions.addObject().put("id", m.id()).putArray("quotes").add(found.get());
                    break;
                }
            }
        }
        root.put("feedback", "Graded by the fake model.");
        root.put("addresses_grader", false);
        return root;
    }

    private static Optional<String> find(String answer, Evidence evidence) {
        for (String p : evidence.paraphrases()) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(p) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(answer);
            if (m.find()) {
                return Optional.of(m.group());
            }
        }
        return Optional.empty();
    }
}
