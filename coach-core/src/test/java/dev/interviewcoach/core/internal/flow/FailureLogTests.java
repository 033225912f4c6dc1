package dev.interviewcoach.core.internal.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** A grader's failure is logged by type and stack, so it can be found, without the message that may quote the answer. */
class FailureLogTests {
    private static String printed(Throwable t) {
        var out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    @Test
    void theLoggedCopyKeepsEveryTypeAndFrameOfTheChainAndNoMessage() {
        var cause = new IllegalStateException("client said: the answer was 'my secret answer'");
        var failure = new IllegalArgumentException("score must be in [0, 1] for 'my secret answer'", cause);

        var logged = WithheldMessage.of(failure);

        String text = printed(logged);
        assertThat(text).doesNotContain("secret").contains(IllegalArgumentException.class.getName())
                .contains(IllegalStateException.class.getName()).contains("FailureLogTests");
        assertThat(logged.getStackTrace()).isEqualTo(failure.getStackTrace());
        assertThat(logged.getCause().getStackTrace()).isEqualTo(cause.getStackTrace());
    }

    @Test
    void aCycleInTheCauseChainEndsTheCopy() {
        var a = new RuntimeException("a");
        var b = new RuntimeException("b", a);
        a.initCause(b);

        var logged = WithheldMessage.of(b);

        int depth = 0;
        for (Throwable t = logged; t != null; t = t.getCause()) {
            depth++;
        }
        assertThat(depth).isLessThanOrEqualTo(9);
    }
}
