package dev.interviewcoach.graders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.Evidence;
import dev.interviewcoach.api.GradeStatus;
import dev.interviewcoach.api.Prompt;
import dev.interviewcoach.api.Rubric;
import dev.interviewcoach.spi.GradingRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An answer in another language than English is not graded as a miss by a rubric matched in English:
 * the rubric grader abstains and says why; English in every voice is graded as before.
 */
class LanguageTests {
    private static final Challenge CACHE = Challenge.of("t.define.cache", "t", ChallengeLevel.DEFINE, "t.topic",
            Prompt.of("What is cache-aside?"), Rubric.of(List.of(Criterion.of("read-path", 1, "Reads check the cache first.",
                    List.of(Evidence.of("check the cache first", "look in the cache first"))))), "unused");

    @Test
    void answersInGermanSpanishFrenchItalianAndPortugueseAreRecognised() {
        assertThat(Language.foreign("Die Anwendung schaut zuerst im Cache nach. Wenn der Eintrag nicht da ist, liest sie "
                + "aus der Datenbank und schreibt das Ergebnis in den Cache.")).contains("German");
        assertThat(Language.foreign("La aplicación consulta primero la caché. Si no está, lee de la base de datos y "
                + "guarda el resultado en la caché con un tiempo de vida.")).contains("Spanish");
        assertThat(Language.foreign("L'application regarde d'abord dans le cache. Si la valeur n'est pas là, elle la lit "
                + "dans la base et la met dans le cache pour les prochaines lectures.")).contains("French");
        assertThat(Language.foreign("L'applicazione controlla prima la cache. Se il dato non c'è, lo legge dal database "
                + "e lo salva nella cache per le letture successive.")).contains("Italian");
        assertThat(Language.foreign("A aplicação consulta primeiro o cache. Se o dado não está lá, ela lê do banco e "
                + "grava o resultado no cache para as próximas leituras.")).contains("Portuguese");
    }

    @Test
    void englishInEveryVoiceIsNotForeign() {
        assertThat(Language.foreign("The app checks the cache first; on a miss it reads the database and puts the row "
                + "in the cache with a TTL.")).isEmpty();
        assertThat(Language.foreign("- check redis first\n- miss -> SELECT from db\n- SET key with TTL 60s\n"
                + "- on write: DEL key")).isEmpty();
        assertThat(Language.foreign("SELECT * FROM orders WHERE (created_at, id) < ($1, $2) ORDER BY created_at DESC, "
                + "id DESC LIMIT 20")).isEmpty();
        assertThat(Language.foreign("app look cache first, if not there it go to database and put value in cache "
                + "for next time, also delete key when data change")).isEmpty();
        assertThat(Language.foreign("(d) 409 Conflict")).as("too short to tell").isEmpty();
        assertThat(Language.foreign("fix: bump LB idle timeout 60s -> 120s, conns won't be cut, e.g. per client, "
                + "per route, per pod")).as("units, abbreviations and 'per' are English too").isEmpty();
    }

    @Test
    void theRubricGraderAbstainsOnAForeignAnswerAndSaysWhy() {
        var grader = new RubricGrader();
        var spanish = grader.grade(GradingRequest.of(CACHE, Answer.of("La aplicación consulta primero la caché. Si no "
                + "está, lee de la base de datos y guarda el resultado en la caché.")));
        var english = grader.grade(GradingRequest.of(CACHE, Answer.of("The application looks in the cache first and "
                + "reads the database on a miss.")));

        assertThat(spanish.status()).isEqualTo(GradeStatus.ABSTAIN);
        assertThat(spanish.message()).hasValueSatisfying(m -> assertThat(m).contains("Spanish").contains("English"));
        assertThat(english.status()).isEqualTo(GradeStatus.OK);
        assertThat(english.score().getAsDouble()).isEqualTo(1.0);
    }
}
