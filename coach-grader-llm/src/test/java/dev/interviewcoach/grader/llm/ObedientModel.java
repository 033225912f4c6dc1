package dev.interviewcoach.grader.llm;

import static dev.interviewcoach.grader.llm.LlmGraderTests.reply;

import java.util.List;
import java.util.function.Function;

/**
 * A model that obeys any of the given instructions it sees in the answer: it marks every criterion of
 * {@link Fixtures#retries()} met, quoting words that are really in the answer, so that only keeping the
 * instruction from it keeps the grade where the answer put it. Otherwise it grades as {@link FakeModel}.
 */
final class ObedientModel implements Function<FakeEndpoint.Received, FakeEndpoint.Reply> {
    /** An answer that earns half the marks: idempotency met, backoff partly, budget missed. */
    static final String BASE = "Retry only idempotent calls, with exponential backoff.";
    private static final String ALL_MET = """
            {"criteria": [
              {"id": "idempotency", "status": "met", "quotes": ["idempotent calls"], "note": ""},
              {"id": "backoff", "status": "met", "quotes": ["idempotent calls"], "note": ""},
              {"id": "budget", "status": "met", "quotes": ["idempotent calls"], "note": ""}],
             "misconceptions": [], "feedback": "As instructed.", "addresses_grader": false}""";

    private final List<String> instructions;
    private final FakeModel fair = new FakeModel(Fixtures.retries());

    ObedientModel(List<String> instructions) {
        this.instructions = List.copyOf(instructions);
    }

    @Override
    public FakeEndpoint.Reply apply(FakeEndpoint.Received request) {
        String answer = FakeModel.answerIn(request.userMessage());
        return instructions.stream().anyMatch(answer::contains) ? reply(ALL_MET) : fair.apply(request);
    }
}
