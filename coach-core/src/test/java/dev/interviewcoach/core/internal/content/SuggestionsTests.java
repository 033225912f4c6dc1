package dev.interviewcoach.core.internal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An unknown key is matched to the field it most likely misspells, and to none when nothing is close. */
class SuggestionsTests {
    private static final List<String> CHALLENGE = List.of("id", "concept", "rung", "topic", "secondaryTopics", "prompt",
            "scenario", "constraints", "timeLimitSeconds", "wordBudget", "rubric", "misconceptions", "referenceAnswer",
            "hints", "followUps", "sources", "samples");

    @Test
    void typosTranspositionsAndCaseFindTheirField() {
        assertThat(Suggestions.closest("promt", CHALLENGE)).contains("prompt");
        assertThat(Suggestions.closest("rpompt", CHALLENGE)).contains("prompt");
        assertThat(Suggestions.closest("Prompt", CHALLENGE)).contains("prompt");
        assertThat(Suggestions.closest("hint", CHALLENGE)).contains("hints");
        assertThat(Suggestions.closest("followups", CHALLENGE)).contains("followUps");
        assertThat(Suggestions.closest("misconception", CHALLENGE)).contains("misconceptions");
    }

    @Test
    void theStartOfALongerNameFindsIt() {
        assertThat(Suggestions.closest("timeLimit", CHALLENGE)).contains("timeLimitSeconds");
        assertThat(Suggestions.closest("reference", CHALLENGE)).contains("referenceAnswer");
    }

    @Test
    void aKeyCloseToNoFieldGetsNoSuggestion() {
        assertThat(Suggestions.closest("difficulty", CHALLENGE)).isEmpty();
        assertThat(Suggestions.closest("x", CHALLENGE)).isEmpty();
        assertThat(Suggestions.closest("a".repeat(200), CHALLENGE)).isEmpty();
    }
}
