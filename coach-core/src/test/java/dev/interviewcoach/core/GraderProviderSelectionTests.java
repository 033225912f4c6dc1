package dev.interviewcoach.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewcoach.api.CoachException;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GraderProvider;
import dev.interviewcoach.spi.GraderSpec;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /** Provides "rubric" too. */
    static final class Other implements GraderProvider {
        @Override
        public Set<String> names() {
            return Set.of("rubric");
        }

        @Override
        public Grader create(GraderSpec spec) {
            return new FixedGrader(0.7);
        }
    }

    @Test
    void thePropertyListsSeveralProvidersSoThatTwoClashesCanBothBeSettled() {
        var clashing = List.of(new Builtin(), new Mine(), new Other());
        String picked = Other.class.getName() + ", " + Mine.class.getName();
        assertThat(score(Graders.select(clashing, GraderSpec.of("phrase"), picked))).isEqualTo(0.9);
        assertThat(score(Graders.select(clashing, GraderSpec.of("rubric"), picked))).isEqualTo(0.7);
        String builtinFirst = Builtin.class.getName() + "," + Mine.class.getName();
        assertThat(score(Graders.select(clashing, GraderSpec.of("phrase"), builtinFirst))).as("the first listed wins")
                .isEqualTo(0.1);
    }

    @Test
    void aGraderListedOnlyInAClassLoaderOfTheHostIsFoundThroughThatLoaderOrTheThreadsContextLoader(
            @TempDir Path dir) throws Exception {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(GraderProvider.class.getName()), ChildLoaderGraderProvider.class.getName() + "\n");
        var thread = Thread.currentThread();
        var before = thread.getContextClassLoader();
        try (var child = new URLClassLoader(new URL[] {dir.toUri().toURL()}, Graders.class.getClassLoader())) {
            assertThatThrownBy(() -> Graders.byName(GraderSpec.of("child-only"), null))
                    .isInstanceOf(CoachException.class).hasMessageContaining("no grader named 'child-only'");
            assertThat(score(Graders.byName(GraderSpec.of("child-only"), child))).isEqualTo(0.5);
            thread.setContextClassLoader(child);
            assertThat(score(Graders.byName("child-only"))).isEqualTo(0.5);
            assertThat(Graders.byName("rubric").id()).as("built-in graders are found as before").isEqualTo("rubric");
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @Test
    void aServiceRegistrationNamingAClassThatIsGoneIsSkippedAndNamedOnlyWhenTheLookupFails(@TempDir Path dir)
            throws Exception {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(GraderProvider.class.getName()), "com.acme.GoneGraderProvider\n"
                + ChildLoaderGraderProvider.class.getName() + "\n");
        try (var child = new URLClassLoader(new URL[] {dir.toUri().toURL()}, Graders.class.getClassLoader())) {
            assertThat(Graders.byName(GraderSpec.of("rubric"), child).id()).isEqualTo("rubric");
            assertThat(score(Graders.byName(GraderSpec.of("child-only"), child)))
                    .as("the registration after the broken one is found").isEqualTo(0.5);
            assertThatThrownBy(() -> Graders.byName(GraderSpec.of("gone"), child)).isInstanceOf(CoachException.class)
                    .hasMessageContaining("no grader named 'gone'").hasMessageContaining("com.acme.GoneGraderProvider");
        }
    }

    @Test
    void theBuiltInProvidersNameIsTheClassThatProvidesTheBuiltInGraders() throws Exception {
        var provider = (GraderProvider) Class.forName(Graders.BUILT_IN_PROVIDER).getConstructor().newInstance();
        assertThat(provider.names()).contains("rubric", "reference");
    }

    @Test
    void anUnknownNameListsTheKnownOnesAndNamesTheArtifactOfOneOfTheProjectsOwnGraders() {
        assertThatThrownBy(() -> Graders.select(providers, GraderSpec.of("llm"), null))
                .hasMessageContaining("no grader named 'llm'").hasMessageContaining("[phrase, rubric]")
                .hasMessageContaining("dev.interviewcoach:coach-grader-llm");
        assertThatThrownBy(() -> Graders.select(providers, GraderSpec.of("rubric+semantic"), null))
                .hasMessageContaining("dev.interviewcoach:coach-grader-semantic");
        assertThatThrownBy(() -> Graders.select(providers, GraderSpec.of("acme"), null))
                .hasMessageNotContaining("dev.interviewcoach:coach-grader");
    }
}
