package dev.interviewcoach.graders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.Evidence;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.Prompt;
import dev.interviewcoach.api.Rubric;
import dev.interviewcoach.graders.BuiltInGraders;
import dev.interviewcoach.graders.EvidenceMatcher;
import dev.interviewcoach.spi.GradingRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rubric grader consults extra evidence matchers for what its words missed, and keeps its guards. */
class EvidenceMatcherTests {
    private static final Challenge CHALLENGE = Challenge.of("t.define.matcher", "t", ChallengeLevel.DEFINE, "t.topic",
            Prompt.of("Why keep a transaction short?"),
            Rubric.of(List.of(Criterion.of("locks", 1, "Locks are held until commit.",
                    List.of(Evidence.of("locks are held until commit"))))), "unused");

    /** Finds the sentence containing a given marker word, as a semantic matcher would find a paraphrase. */
    private static final class MarkerMatcher implements EvidenceMatcher {
        final List<MatchRequest> seen = new ArrayList<>();

        @Override
        public String id() {
            return "marker";
        }

        @Override
        public List<Optional<EvidenceMatch>> match(MatchRequest request) {
            seen.add(request);
            int at = request.answer().indexOf("rows stay blocked");
            return request.ideas().stream().map(i -> at < 0 ? Optional.<EvidenceMatch>empty()
                    : Optional.of(new EvidenceMatch(1.0, Math.max(0, at - 4), at + "rows stay blocked".length()))).toList();
        }
    }

    private static Grade grade(EvidenceMatcher matcher, String answer) {
        return BuiltInGraders.rubric(matcher).grade(GradingRequest.of(CHALLENGE, Answer.of(answer)));
    }

    @Test
    void anIdeaTheMatcherFindsEarnsCreditAndQuotesTheAnswer() {
        String answer = "While the work runs, the rows stay blocked for everyone else, so the work should be quick.";
        var grade = grade(new MarkerMatcher(), answer);
        assertThat(grade.graderId()).isEqualTo("rubric+marker");
        assertThat(grade.criteria().get(0).credit()).isEqualTo(1.0);
        var span = grade.criteria().get(0).spans().get(0);
        assertThat(answer.substring(span.start(), span.end())).contains("rows stay blocked");
        assertThat(BuiltInGraders.rubric().grade(GradingRequest.of(CHALLENGE, Answer.of(answer))).criteria().get(0).credit())
                .isZero();
    }

    @Test
    void aMatchWhoseSpanNegatesThePositiveIdeaIsDropped() {
        var grade = grade(new MarkerMatcher(), "While the work runs, no rows stay blocked for anyone, so take your time with it.");
        assertThat(grade.criteria().get(0).credit()).isZero();
    }

    @Test
    void aNegatedSpanMaySayAnIdeaOneOfWhoseWordingsIsANegation() {
        var either = Challenge.of("t.define.matcher", "t", ChallengeLevel.DEFINE, "t.topic",
                Prompt.of("Why keep a transaction short?"),
                Rubric.of(List.of(Criterion.of("locks", 1, "Locks are held until commit.",
                        List.of(Evidence.of("locks are held until commit", "others cannot write until commit"))))),
                "unused");
        String answer = "Other writers can't touch the rows that stay blocked until the commit.";
        EvidenceMatcher wholeSentence = new EvidenceMatcher() {
            @Override
            public String id() {
                return "sentence";
            }

            @Override
            public List<Optional<EvidenceMatch>> match(MatchRequest request) {
                return request.ideas().stream().map(i -> Optional.of(new EvidenceMatch(1.0, 0, answer.length()))).toList();
            }
        };
        var grade = BuiltInGraders.rubric(wholeSentence).grade(GradingRequest.of(either, Answer.of(answer)));
        assertThat(grade.criteria().get(0).credit()).isEqualTo(1.0);
        assertThat(BuiltInGraders.rubric(wholeSentence).grade(GradingRequest.of(CHALLENGE, Answer.of(answer)))
                .criteria().get(0).credit()).as("an idea worded only without a negation is not said by a negated span")
                .isZero();
    }

    @Test
    void theMatcherIsNotAskedAboutIdeasTheWordsAlreadyFound() {
        var matcher = new MarkerMatcher();
        grade(matcher, "Locks are held until commit, so other writers wait for the whole transaction to finish.");
        assertThat(matcher.seen).isEmpty();
    }

    @Test
    void keywordSoupFoundByAMatcherStillEarnsNothing() {
        var grade = grade(new MarkerMatcher(), "rows stay blocked locks commit transaction short deadlock timeout pool "
                + "connections isolation snapshot vacuum wal replication latency throughput");
        assertThat(grade.score().orElseThrow()).isZero();
    }
}
