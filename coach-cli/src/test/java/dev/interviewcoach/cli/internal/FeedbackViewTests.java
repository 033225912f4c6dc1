package dev.interviewcoach.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.EvidenceSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Evidence is quoted to the learner in whole words, whatever piece of a word a grader's span covers. */
class FeedbackViewTests {
    @Test
    void aSpanEndingOrStartingInsideAWordIsQuotedAsTheWholeWord() {
        String answer = "Split firstName and lastName into two columns.";
        int start = answer.indexOf("firstName");
        int end = answer.indexOf("lastName") + "last".length();
        assertThat(FeedbackView.quotes(List.of(new EvidenceSpan(start, end)), answer))
                .isEqualTo(" — “firstName and lastName”");
        int key = answer.indexOf("columns");
        assertThat(FeedbackView.quotes(List.of(new EvidenceSpan(key + 1, key + 4)), answer)).isEqualTo(" — “columns”");
    }

    @Test
    void aSpanOnWholeWordsIsQuotedAsItIs() {
        String answer = "Use a cache, then expire it.";
        var span = new EvidenceSpan(answer.indexOf("cache"), answer.indexOf("cache") + 5);
        assertThat(FeedbackView.wholeWords(span, answer)).isSameAs(span);
        assertThat(FeedbackView.quotes(List.of(span), answer)).isEqualTo(" — “cache”");
    }
}
