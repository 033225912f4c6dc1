package dev.interviewcoach.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.StateKey;
import dev.interviewcoach.spi.AttemptQuery;
import dev.interviewcoach.spi.MemoryStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program appending to a SQLite store is killed with SIGKILL at random points, again and again: the
 * store always opens cleanly afterwards, every attempt whose commit had returned is there, exactly,
 * and no commit is there in part.
 */
class SqliteCrashTests {
    private static final int KILLS = 6;

    @TempDir
    Path directory;

    @Test
    void killingAnAppendingProgramLosesNoAcknowledgedAttemptAndLeavesNoHalfWrittenOne() throws Exception {
        Path file = directory.resolve("crash.db");
        var random = new Random(20261203L);
        var acknowledged = new ArrayList<String>();
        for (int run = 0; run < KILLS; run++) {
            Process child = Children.start(CrashingAppender.class, file.toString(), "run" + run);
            int killAfter = 1 + random.nextInt(40);
            try (var output = Children.output(child)) {
                String line;
                while ((line = output.readLine()) != null) {
                    acknowledged.add(line);
                    if (--killAfter == 0) {
                        // land somewhere inside the next commit, not just between two
                        Thread.sleep(random.nextInt(15));
                        // SIGKILL through the process handle, which (unlike Process.destroyForcibly)
                        // leaves our end of the pipe open: ids printed before the kill still arrive
                        child.toHandle().destroyForcibly();
                    }
                }
            }
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as("killed, not finished").isNotZero();
            checkStore(file, acknowledged, run + 1);
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(KILLS);
    }

    private static void checkStore(Path file, List<String> acknowledged, int kills) {
        try (MemoryStore store = JdbcMemoryStores.sqlite(file)) {
            List<Attempt> kept = store.attempts(AttemptQuery.all(CrashingAppender.LEARNER));
            List<String> ids = kept.stream().map(Attempt::id).toList();
            assertThat(ids).doesNotHaveDuplicates().containsAll(acknowledged);
            // beyond those, at most the one commit in flight at each kill, and only whole
            assertThat(ids.size() - acknowledged.size()).isBetween(0, kills);
            kept.forEach(a -> assertThat(a).isEqualTo(CrashingAppender.attemptFor(a.id())));
            // every commit saved the state and its attempt together: one version per attempt
            long version = store.load(new StateKey(CrashingAppender.LEARNER, "backend")).orElseThrow().storeVersion();
            assertThat(version).isEqualTo(kept.size());
        }
    }
}
