package dev.interviewcoach.content.backend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Challenge;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A Go learner meets Go's ecosystem, never Java's: the Go variant serves every base challenge, so the
 * base challenges name no Java-only framework, annotation, log format or stack trace (tools any stack
 * runs, such as Testcontainers or a migration CLI, are fine), and the Go challenges teach
 * {@code net/http}, {@code database/sql} and {@code context}.
 */
class GoVariantEcosystemTests {
    static final Pattern JAVA_ONLY = Pattern.compile("hibernate|\\bspring[ /'](boot|data|session|security|mvc|framework|context|hibernate|s\\b)|hikari|jsessionid|@transactional|\\bjpa\\b"
            + "|mockito|shedlock|@scheduled|\\bjdbc\\b|tomcat|caffeine|synchronized block|java\\.(lang|base|util|io)\\b"
            + "|\\.java\\b|\\bjvm\\b|datasource|outofmemoryerror", Pattern.CASE_INSENSITIVE);

    /** What the coach shows a learner for a challenge; calibration samples and evidence phrases are not shown. */
    private static String everything(Challenge c) {
        var text = new StringBuilder(ScenarioThemeTests.text(c));
        c.rubric().criteria().forEach(k -> text.append('\n').append(k.description()).append('\n').append(k.feedback().orElse("")));
        c.misconceptions().forEach(m -> text.append('\n').append(m.correction()));
        c.hints().forEach(h -> text.append('\n').append(h));
        c.followUps().forEach(f -> text.append('\n').append(f.question()));
        return text.toString();
    }

    @Test
    void noChallengeAGoLearnerMeetsNamesJavaOnlyTooling() {
        assertThat(Tracks.everyChallenge())
                .filteredOn(c -> JAVA_ONLY.matcher(everything(c)).find())
                .extracting(c -> c.id() + ": " + firstMatch(everything(c)))
                .as("challenges that name Java-only tooling")
                .isEmpty();
    }

    @Test
    void theGoChallengesTeachNetHttpDatabaseSqlAndContext() {
        var go = Tracks.everyChallenge().stream().filter(c -> c.id().matches("[a-z-]+\\.[a-z]+\\.go-.*")).toList();
        for (String api : new String[] {"net/http", "database/sql", "context", "http.Server", "SetMaxOpenConns"}) {
            assertThat(go).as("a Go challenge teaching " + api).anyMatch(c -> everything(c).contains(api));
        }
    }

    private static String firstMatch(String text) {
        var m = JAVA_ONLY.matcher(text);
        return m.find() ? m.group() : "";
    }
}
