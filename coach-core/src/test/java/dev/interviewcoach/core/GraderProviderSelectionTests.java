package dev.interviewcoach.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewcoach.api.CoachException;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GraderProvider;
import dev.interviewcoach.spi.GraderSpec;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which provider's grader a name finds, and what the provider property decides. */
class GraderProviderSelectionTests {
    /** Provides "phrase" and "rubric". */
    static final class Builtin implements GraderProvider {
        @Override
        public Set<String> names() {
            return Set.of("phrase", "rubric");
        }

        @Override
        public Grader create(GraderSpec spec) {
            return new FixedGrader(0.1);
        }
    }

    /** Provides "phrase" too. */
    static final class Mine implements GraderProvider {
        @Override
        public Set<String> names() {
            return Set.of("phrase");
        }

        @Override
        public Grader create(GraderSpec spec) {
            return new FixedGrader(0.9);
        }
    }

    private final List<GraderProvider> providers = List.of(new Builtin(), new Mine());

    private static double score(Grader grader) {
        return ((FixedGrader) grader).score();
    }

    @Test
    void aNameTwoProvidersHaveNeedsThePropertyToPickOne() {
        assertThatThrownBy(() -> Graders.select(providers, GraderSpec.of("phrase"), null))
                .isInstanceOf(CoachException.class).hasMessageContaining(Mine.class.getName())
                .hasMessageContaining(Builtin.class.getName()).hasMessageContaining(Graders.PROVIDER_PROPERTY);
        assertThat(score(Graders.select(providers, GraderSpec.of("phrase"), Mine.class.getName()))).isEqualTo(0.9);
        assertThat(score(Graders.select(providers, GraderSpec.of("phrase"), Builtin.class.getName()))).isEqualTo(0.1);
    }

    @Test
    void thePropertyLeavesNamesOnlyOneProviderHasAlone() {
        assertThat(score(Graders.select(providers, GraderSpec.of("rubric"), Mine.class.getName()))).isEqualTo(0.1);
    }

    @Test
    void aPickThatNamesNoneOfTheProvidersOfANameIsAClearError() {
        assertThatThrownBy(() -> Graders.select(providers, GraderSpec.of("phrase"), "com.example.Other"))
                .isInstanceOf(CoachException.class).hasMessageContaining("com.example.Other names none of them");
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        assertThatThrownBy(() -> Graders.select(providers, GraderSpec.of("llm"), null))
                .hasMessageContaining("no grader named 'llm'").hasMessageContaining("[phrase, rubric]");
    }
}
