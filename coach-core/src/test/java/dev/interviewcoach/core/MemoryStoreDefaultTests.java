package dev.interviewcoach.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** A coach built without a store keeps learners in memory, and says so once, since they are lost on restart. */
class MemoryStoreDefaultTests {
    private static final String WARNING = "no memory store given to Coach.builder()";

    private static String loggedWhileBuilding(UnaryOperator<Coach.Builder> wiring) {
        var err = new ByteArrayOutputStream();
        PrintStream before = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            wiring.apply(Coach.builder().tracks(TrackLoader.of(TrackProviders.directory(ContentFixtures.dir("tracks")))))
                    .build();
        } finally {
            System.setErr(before);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aCoachBuiltWithoutAStoreWarnsOnceThatLearnersAreLostAndHowToChooseAStore() {
        String logged = loggedWhileBuilding(b -> b);

        assertThat(logged.split(WARNING, -1)).as("one warning").hasSize(2);
        assertThat(logged).contains("WARN", "lost when the program ends", ".memoryStore(", "JdbcMemoryStores.sqlite");
    }

    @Test
    void aCoachGivenAStoreEvenTheInMemoryOneWarnsOfNothing() {
        assertThat(loggedWhileBuilding(b -> b.memoryStore(MemoryStores.inMemory()))).doesNotContain(WARNING);
    }
}
