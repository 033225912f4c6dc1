package dev.interviewcoach.graders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.Evidence;
import dev.interviewcoach.api.Misconception;
import dev.interviewcoach.api.Prompt;
import dev.interviewcoach.api.Rubric;
import dev.interviewcoach.spi.GradingRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Wrong claims cost: counter-evidence cancels evidence said inside it, and misconceptions can be patterns. */
class WrongClaimTests {
    private static final RubricGrader GRADER = new RubricGrader();

    private static Challenge challenge(Criterion criterion, List<Misconception> misconceptions) {
        var base = Challenge.of("t.design.claims", "t", ChallengeLevel.DESIGN, "t.topic",
                Prompt.of("How do you stop a cache stampede on the product page?"), Rubric.of(List.of(criterion)), "unused");
        return new Challenge(base.id(), base.conceptId(), base.level(), base.topicId(), List.of(), base.prompt(),
                base.rubric(), misconceptions, "unused", List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void evidenceInsideAClaimThatContradictsTheCriterionDoesNotCount() {
        var plain = Criterion.of("upload-outside", 1, "The upload happens outside the transaction.",
                List.of(Evidence.of("upload the file to s3")));
        var guarded = plain.withCounterEvidence(List.of(Evidence.of("inside the transaction")));
        String wrong = "We open the transaction, upload the file to S3 inside the transaction, then insert the row.";
        String right = "We upload the file to S3 first. Then a short transaction inserts the row that points at it.";
        assertThat(credit(challenge(plain, List.of()), wrong)).isEqualTo(1.0);
        assertThat(credit(challenge(guarded, List.of()), wrong)).isZero();
        assertThat(credit(challenge(guarded, List.of()), right)).isEqualTo(1.0);
    }

    @Test
    void aMisconceptionWrittenAsAPatternMatchesItsPartsInOrderAnywhereInOneSentence() {
        var criterion = Criterion.of("lock", 1, "One request rebuilds while others wait.",
                List.of(Evidence.of("only one request rebuilds")));
        var longTtl = new Misconception("long-ttl-prevents", "Believes a long TTL prevents stampedes.",
                List.of(Evidence.of("raise the ttl ... prevents")), "A longer TTL only makes stampedes rarer.");
        var c = challenge(criterion, List.of(longTtl));
        assertThat(detected(c, "Just raise the TTL of every product key to a few hours on the busy days, which prevents the stampede completely.")).isTrue();
        assertThat(detected(c, "Raise the TTL a little. A lock prevents the stampede: only one request rebuilds.")).isFalse();
        var literal = new Misconception("literal", "Same, written literally.",
                List.of(Evidence.of("raise the ttl prevents")), "-");
        assertThat(detected(challenge(criterion, List.of(literal)),
                "Just raise the TTL of every product key to a few hours on the busy days, which prevents the stampede completely.")).isFalse();
    }

    @Test
    void aClaimOfExcessIsMadeOnlyByAnAnswerThatSaysTooButTooForAsWellIsNoClaimOfExcess() {
        var c = claiming("bigint is too small");
        assertThat(detected(c, "I avoid it: bigint is too small for the ids of a busy shop.")).isTrue();
        assertThat(detected(c, "bigint: 8 bytes, small index, fast inserts at the end of the index.")).isFalse();
        var also = claiming("PATCH is ok too");
        assertThat(detected(also, "For a partial change PATCH is ok, and PUT for the whole record.")).isTrue();
    }

    @Test
    void aNegationInsideAClaimMustDenyTheSameWordInTheAnswerNotAnotherOne() {
        var c = claiming("transactions never run at the same time");
        assertThat(detected(c, "Isolation means transactions don't interfere with each other when they run at the same time."))
                .as("the answer denies interfering, not running").isFalse();
        assertThat(detected(c, "With isolation, two transactions never run at the same time.")).isTrue();
        assertThat(detected(c, "Isolation: transactions do not run at the same time, one waits.")).isTrue();
    }

    @Test
    void aNegationBeforeTheClaimsEarlierWordsDeniesThemNotTheWordTheClaimDenies() {
        var c = claiming("encrypted so nobody can read");
        assertThat(detected(c, "It is not encrypted so anyone can read it; the signature only stops forging."))
                .as("the answer denies the encryption, not the reading").isFalse();
        assertThat(detected(c, "Signed, not encrypted -> anyone can read the claims.")).isFalse();
        assertThat(detected(c, "The JWT is encrypted so nobody can read the claims.")).isTrue();
        assertThat(detected(c, "The JWT is encrypted, so nobody can read the claims."))
                .as("a comma between the claim's words leaves the negation with the word after it").isTrue();
        assertThat(detected(claiming("schemaless so migrations are not needed"), "Schemaless -> no migrations needed."))
                .as("a negation of the claim word right before the denied one denies the phrase they form").isTrue();
    }

    @Test
    void aNegationBeforeACommaDeniesTheWordsOfItsOwnClauseNotTheWordAfterTheComma() {
        var c = claiming("delete is not idempotent");
        assertThat(detected(c, "DELETE: not safe, idempotent (a second call answers 404, the state is the same)."))
                .as("the answer denies safe, and says idempotent").isFalse();
        assertThat(detected(c, "DELETE is not idempotent, since the second call answers 404.")).isTrue();
    }

    @Test
    void aClaimThatRunsAcrossACommaIntoAClauseThatDeniesItsPredicateIsNotMade() {
        var c = claiming("photos are served by the app servers");
        assertThat(detected(c, "Photos must be served from the CDN, app servers never stream bytes.")).isFalse();
        assertThat(detected(c, "All photos are served by the app servers, which keeps it simple.")).isTrue();
        assertThat(detected(claiming("jwt in localstorage is safe"), "JWT in localStorage, signed so safe."))
                .as("a terse claim runs on across a comma into a clause that denies nothing").isTrue();
    }

    @Test
    void negatorsBeyondWhatAClaimSaysDenyItAndTwoExtraCancelOnlyWithinOneClause() {
        // "uncommitted" says a negation itself (un-), so the claim has one negator
        var c = claiming("dirty reads are possible in postgres with read uncommitted");
        assertThat(detected(c, "Dirty reads are possible in Postgres with READ UNCOMMITTED.")).isTrue();
        assertThat(detected(c, "Dirty read is not possible there, in Postgres it is never possible, even if you ask "
                + "READ UNCOMMITTED.")).isFalse();
        var changes = claiming("emails don't change");
        assertThat(detected(changes, "You can't assume emails don't change.")).as("a negation of its negation denies it").isFalse();
    }

    @Test
    void aClaimOfferedWithAnAlternativeIsCorrectedButCostsNoScore() {
        var criterion = Criterion.of("conflict", 1, "A taken slot answers 409.", List.of(Evidence.of("slot taken 409")));
        var delete = new Misconception("delete-to-cancel", "Cancels by deleting.", List.of(Evidence.of("cancel = delete")),
                "Cancelling is a state change.");
        var c = challenge(criterion, List.of(delete));
        var alone = GRADER.grade(GradingRequest.of(c, Answer.of("Cancel = DELETE /bookings/{id}. Slot taken -> 409.")));
        var offered = GRADER.grade(GradingRequest.of(c,
                Answer.of("Cancel = DELETE /bookings/{id} or PATCH status=cancelled. Slot taken -> 409.")));
        assertThat(alone.misconceptions()).isNotEmpty();
        assertThat(alone.score().getAsDouble()).isLessThanOrEqualTo(RubricGrader.CAP);
        assertThat(offered.misconceptions()).as("still corrected in the feedback").isNotEmpty();
        assertThat(offered.score().getAsDouble()).isEqualTo(1.0);
    }

    @Test
    void aClaimsAdverbOrReflexiveMayStandAnywhereNearItButItsOtherWordsKeepTheirOrder() {
        var itself = claiming("cache goes to the database itself");
        assertThat(detected(itself, "On a miss the cache layer itself goes to the database through its loader.")).isTrue();
        assertThat(detected(itself, "On a miss the app itself goes to the database and then fills the cache.")).isFalse();
        var automatically = claiming("cache loads missing data automatically");
        assertThat(detected(itself, "The database itself goes to the cache? No.")).isFalse();
        assertThat(detected(automatically, "The cache automatically loads the missing data from Postgres.")).isTrue();
        var shortClaim = claiming("retry immediately");
        assertThat(detected(shortClaim, "Immediate retries hit a struggling dependency again; back off instead."))
                .as("a two-word claim keeps its order").isFalse();
    }

    @Test
    void aClaimThatOpensWithANegationDeniesItsFirstWordAndANegationAfterACommaDeniesSomethingElse() {
        var c = claiming("not stale until the ttl expires");
        assertThat(detected(c, "A cached value is not stale until the TTL expires.")).isTrue();
        assertThat(detected(c, "At 10:05 the read returns the old price, stale, TTL not expired.")).isFalse();
        var lock = claiming("lock doesn't need an expiry");
        assertThat(detected(lock, "The lock needs no expiry, it is deleted in finally.")).isTrue();
    }

    @Test
    void definitionsSwappedBetweenTwoContrastedTermsMeetNeitherButTheRightOnesAndComparisonsDo() {
        var stub = Criterion.of("stub", 1, "A stub returns canned answers to the code under test.",
                List.of(Evidence.of("returns canned answers")));
        var mock = Criterion.of("mock", 1, "A mock verifies the calls it receives.",
                List.of(Evidence.of("verifies the calls")));
        var base = Challenge.of("t.pressure.doubles", "t", ChallengeLevel.PRESSURE, "t.topic",
                Prompt.of("What is the difference between a stub and a mock?"), Rubric.of(List.of(stub, mock)), "unused");
        String swapped = "A mock just returns canned answers so the code can run. A stub is the one that verifies the calls.";
        String right = "A stub just returns canned answers so the code can run. A mock is the one that verifies the calls.";
        String compared = "A mock verifies the calls, while a stub simply returns canned answers.";
        assertThat(GRADER.grade(GradingRequest.of(base, Answer.of(swapped))).score().orElseThrow()).isZero();
        assertThat(GRADER.grade(GradingRequest.of(base, Answer.of(right))).score().orElseThrow()).isEqualTo(1.0);
        assertThat(GRADER.grade(GradingRequest.of(base, Answer.of(compared))).score().orElseThrow()).isEqualTo(1.0);
        String namedAfter = "Next to a mock, the double that returns canned answers is the stub. A mock verifies the calls.";
        assertThat(GRADER.grade(GradingRequest.of(base, Answer.of(namedAfter))).score().orElseThrow())
                .as("a sentence that names both terms compares them").isEqualTo(1.0);
    }

    @Test
    void aCriterionWhoseIdSpellsOutAnAbbreviatedTermIsAboutThatTermSoEvidenceSaidOfTheOtherTermMissesIt() {
        var l4 = Criterion.of("layer-4", 1, "Explains that an L4 balancer forwards connections by IP and port.",
                List.of(Evidence.of("ip and port")));
        var l7 = Criterion.of("layer-7", 1, "Explains that an L7 balancer parses HTTP to route by path.",
                List.of(Evidence.of("route by path")));
        var base = Challenge.of("t.define.balancers", "t", ChallengeLevel.DEFINE, "t.topic",
                Prompt.of("What is the difference between an L4 and an L7 load balancer?"), Rubric.of(List.of(l4, l7)),
                "unused");
        String swapped = "An L4 balancer looks at the IP and port, and it can already route by path. "
                + "An L7 one also reads bodies.";
        String right = "An L4 balancer looks at the IP and port. An L7 one parses HTTP, so it can route by path.";
        assertThat(GRADER.grade(GradingRequest.of(base, Answer.of(swapped))).criteria().get(1).credit())
                .as("routing by path said of L4 does not explain L7").isZero();
        assertThat(GRADER.grade(GradingRequest.of(base, Answer.of(right))).score().orElseThrow()).isEqualTo(1.0);
        assertThat(Subjects.idNames("service-level-objective", "slo")).isTrue();
        assertThat(Subjects.idNames("layer-7", "l4")).isFalse();
        assertThat(Subjects.idNames("layer", "l")).as("one word is not an abbreviation").isFalse();
    }

    @Test
    void aClaimWrittenWithAVerbIsNotMadeByItsClosedCompoundUsedAsANoun() {
        var c = claiming("the email is rolled back");
        assertThat(detected(c, "No worry: on a deadlock the email is rolled back with the rest.")).isTrue();
        assertThat(detected(c, "On the e-mail: a rollback undoes rows, not an e-mail or a shipping call.")).isFalse();
    }

    @Test
    void aTwoWordClaimDoesNotSpanANewClauseButALongerOneOrOneThatGivesAReasonMay() {
        var c = claiming("slo is the contract");
        assertThat(detected(c, "The SLO is the contract we sign with customers.")).isTrue();
        assertThat(detected(c, "The SLA is looser than the SLO, so we react before we break the contract.")).isFalse();
        var reason = claiming("localstorage is safe because");
        assertThat(detected(reason, "JWT in localStorage, signed so safe.")).isTrue();
        var longer = claiming("bigger buffer absorbs the load");
        assertThat(detected(longer, "Add a bigger buffer so it absorbs the load.")).isTrue();
    }

    @Test
    void aClaimTheAnswerSetsOutToCheckIsNotHeldButOneInTheNextClauseIs() {
        var c = claiming("database can handle the load");
        assertThat(detected(c, "The database can handle the load, it is a big box.")).isTrue();
        assertThat(detected(c, "Check whether the database can handle the load before the sale.")).isFalse();
        assertThat(detected(c, "Load test first to find out if the database can handle the load.")).isFalse();
        assertThat(detected(c, "Check whether the key exists, and the database can handle the load anyway.")).isTrue();
    }

    private static Challenge claiming(String phrase) {
        var criterion = Criterion.of("lock", 1, "One request rebuilds while others wait.",
                List.of(Evidence.of("only one request rebuilds")));
        return challenge(criterion, List.of(new Misconception("claim", "A wrong claim.", List.of(Evidence.of(phrase)), "-")));
    }

    @Test
    void aClaimThatTheNextSentenceSaysWillNotWorkIsTakenBackUnlessItNamesAConditionOrTheClaimIsNotLast() {
        var c = claiming("lock in the application");
        assertThat(detected(c, "Put a lock in the application. That won't work across several instances.")).isFalse();
        assertThat(detected(c, "A lock in the application? But it does not really help once there are two nodes.")).isFalse();
        assertThat(detected(c, "Put a lock in the application. That is a bad idea with more than one node.")).isFalse();
        assertThat(detected(c, "Put a lock in the application. It is simple and fast.")).isTrue();
        assertThat(detected(c, "Put a lock in the application. That doesn't work without a sticky session."))
                .as("a condition, not a rejection").isTrue();
        assertThat(detected(c, "Put a lock in the application, and retry the insert. That won't help."))
                .as("the pronoun may stand for the retry").isTrue();
    }

    @Test
    void evidenceThatTheNextSentencePlainlyWithdrawsDoesNotCountButALimitOrAnInsufficiencyDoes() {
        var c = challenge(Criterion.of("pool", 1, "Sizes the pool.", List.of(Evidence.of("increase the pool size"))),
                List.of());
        assertThat(credit(c, "Increase the pool size. That won't help.")).isZero();
        assertThat(credit(c, "Increase the pool size? It doesn't really work at all.")).isZero();
        assertThat(credit(c, "Increase the pool size. It does not help writes, only reads.")).isEqualTo(1.0);
        assertThat(credit(c, "Increase the pool size. That alone won't fix the problem.")).isEqualTo(1.0);
        assertThat(credit(c, "Increase the pool size. It is cheap.")).isEqualTo(1.0);
    }

    @Test
    void aClaimAboutAnyCaseIsMadeOnlyByAnAnswerThatSaysItOfEveryCase() {
        var c = claiming("any patch is safe to retry");
        assertThat(detected(c, "Any patch is safe to retry.")).isTrue();
        assertThat(detected(c, "Every PATCH is safe to retry.")).isTrue();
        assertThat(detected(c, "A PATCH is always safe to retry.")).isTrue();
        assertThat(detected(c, "A plain set-this-field patch is safe to retry; a patch that appends is not."))
                .as("one kind of patch, not any").isFalse();
    }

    @Test
    void aClaimIsNotMadeWhereTheAnswerSaysTheOppositeOfOneOfItsWords() {
        var c = claiming("put the foreign key on the one side");
        assertThat(detected(c, "Put the foreign key on the one side, in customers.")).isTrue();
        assertThat(detected(c, "Put a foreign key on the many side pointing at the one side.")).isFalse();
        var writing = claiming("mvcc lets everyone keep writing");
        assertThat(detected(writing, "MVCC lets everyone keep reading and writing.")).isTrue();
    }

    @Test
    void aClaimUnderALabelThatRejectsItIsNotMadeButOneUnderAnotherLabelIs() {
        var c = claiming("list of ids in a column");
        assertThat(detected(c, "Not: a list of ids in a column (no FK, hard to join).")).isFalse();
        assertThat(detected(c, "Avoid:\n- a list of ids in a column\n- duplicated names")).isFalse();
        assertThat(detected(c, "Don't: keep a list of ids in a column.")).isFalse();
        assertThat(detected(c, "Plan: a list of ids in a column on the student.")).isTrue();
        assertThat(detected(c, "Not now. Keep a list of ids in a column.")).isTrue();
    }

    @Test
    void aClaimRejectedRightAfterItIsNotMade() {
        var c = claiming("raise work_mem");
        assertThat(detected(c, "Raise work_mem to 256MB for this session and the sort gets fast.")).isTrue();
        assertThat(detected(c, "Raising work_mem won't help here; the plan needs an index on the sort column.")).isFalse();
        assertThat(detected(c, "To raise work_mem is a bad idea when the sort is the symptom.")).isFalse();
        assertThat(detected(c, "Raising work_mem is not the answer; the plan needs an index.")).isFalse();
        assertThat(detected(c, "Raising work_mem would be too costly here, so add the index.")).isFalse();
        assertThat(detected(c, "Raising work_mem is not acceptable for every session.")).isFalse();
        var retry = claiming("retry every request");
        assertThat(detected(retry, "Retry every request until it succeeds.")).isTrue();
        assertThat(detected(retry, "Retrying every request doesn't fix a non-idempotent POST.")).isFalse();
    }

    @Test
    void aClaimDeniedInTheNextClauseIsNotMadeButAClauseThatGoesOnToSaySomethingElseDoesNotDenyIt() {
        var c = claiming("logout invalidates the token");
        assertThat(detected(c, "Logout invalidates the token, so the session is over.")).isTrue();
        assertThat(detected(c, "People expect that logout invalidates the token, but it doesn't.")).isFalse();
        assertThat(detected(c, "Logout invalidates the token, but that's not true for a JWT.")).isFalse();
        assertThat(detected(c, "Logout invalidates the token, but it doesn't clear the browser cache.")).isTrue();
    }

    @Test
    void aClaimReportedAsSomeoneElsesAndAnsweredIsNotMadeButOneTheCandidateReportsAsTheirOwnIs() {
        var c = claiming("coverage proves the code works");
        assertThat(detected(c, "Coverage proves the code works, so the integration tests can go.")).isTrue();
        assertThat(detected(c, "The lead says coverage proves the code works, but it only shows which lines ran.")).isFalse();
        assertThat(detected(c, "You say coverage proves the code works. Not quite: the mocks never run the SQL.")).isFalse();
        assertThat(detected(c, "I think coverage proves the code works, but the suite is slow.")).isTrue();
        assertThat(detected(c, "The lead says coverage proves the code works, and the suite is slow.")).isTrue();
    }

    @Test
    void aClaimSetUpAsATrialToLearnSomethingIsNotMadeButTheSameClaimAsARemedyIs() {
        var c = claiming("set enable_seqscan to off");
        assertThat(detected(c, "Set enable_seqscan to off so the planner has to use the index.")).isTrue();
        assertThat(detected(c, "For a sanity check, set enable_seqscan to off in a session and compare timings.")).isFalse();
        assertThat(detected(c, "Set enable_seqscan to off once, to see whether the index plan is really slower.")).isFalse();
        assertThat(detected(c, "Compared to a hint, I'd set enable_seqscan to off for good.")).isTrue();
        assertThat(detected(c, "Compare the plans. Then set enable_seqscan to off for good.")).isTrue();
    }

    @Test
    void aClaimAfterInsteadOfOrRatherThanIsNotMade() {
        var c = claiming("check before insert");
        assertThat(detected(c, "We check before the insert, in the same transaction.")).isTrue();
        assertThat(detected(c, "Put a unique constraint on the email rather than a check before the insert.")).isFalse();
        assertThat(detected(c, "Let the unique index reject the duplicate instead of a check before insert.")).isFalse();
    }

    @Test
    void aClaimInAContrastTheAnswerDrawsToSetItAsideIsNotMade() {
        var c = claiming("cache loads the row from the database");
        assertThat(detected(c, "On a miss the cache loads the row from the database itself.")).isTrue();
        assertThat(detected(c, "Unlike read-through, where the cache loads the row from the database, here the service does it.")).isFalse();
        assertThat(detected(c, "As opposed to a read-through cache, which loads the row from the database, the app owns the miss.")).isFalse();
        assertThat(detected(c, "In contrast to read-through (the cache loads the row from the database), the app queries it.")).isFalse();
        assertThat(detected(c, "Unlike Memcached, the cache loads the row from the database on a miss.")).isTrue();
        var storage = claiming("sessionstorage is safe from xss");
        assertThat(detected(storage, "sessionStorage is safe from XSS, unlike localStorage.")).isTrue();
        assertThat(detected(storage, "Unlike localStorage, where sessionStorage is safe from XSS, cookies are sent.")).isFalse();
    }

    @Test
    void aPartOfAPatternThatSaysANegationNeedsItNearThatPart() {
        var c = claiming("timed out ... no charge");
        assertThat(detected(c, "The first request timed out, so there was no charge for it.")).isTrue();
        assertThat(detected(c, "If the provider call times out, reconcile with the key and never issue a new charge.")).isFalse();
        assertThat(detected(c, "The request never timed out, so there was no charge.")).isFalse();
        var plain = claiming("timed out ... charged twice");
        assertThat(detected(plain, "It timed out and the customer was charged twice.")).isTrue();
        assertThat(detected(plain, "It timed out, but with the key the customer is not charged twice.")).isFalse();
        var far = claiming("cache ... talks ... database");
        assertThat(detected(far, "On a miss the cache itself talks to the database.")).isTrue();
        assertThat(detected(far, "In cache-aside the cache never actually talks to the database.")).isFalse();
    }

    @Test
    void aClaimCalledAMistakeIsNotMadeButAWrongThingNamedBeforeThatIs() {
        var c = claiming("ttl keeps the data fresh");
        assertThat(detected(c, "A common mistake is to think that a TTL keeps the data fresh.")).isFalse();
        assertThat(detected(c, "It's a mistake to assume that the TTL keeps the data fresh.")).isFalse();
        assertThat(detected(c, "Pick the wrong key name that everyone uses: the TTL keeps the data fresh anyway.")).isTrue();
    }

    @Test
    void twoNegationsOfOneClaimCancelOut() {
        var c = claiming("emails don't change");
        assertThat(detected(c, "Emails don't change, so the address can be the primary key.")).isTrue();
        assertThat(detected(c, "You can't assume emails don't change, so key the table on the id.")).isFalse();
        var unguessable = claiming("unguessable ids are secure");
        assertThat(detected(unguessable, "Unguessable ids are secure enough, so no ownership check is needed.")).isTrue();
        assertThat(detected(unguessable, "An unguessable id does not mean it is secure; check ownership.")).isFalse();
    }

    @Test
    void wordsThatStateAMisconceptionAreNotAlsoCreditForTheIdeaTheyGetWrong() {
        var criterion = Criterion.of("health", 1, "Checks each instance's health often enough to drop a dead one fast.",
                List.of(Evidence.of("health checks every")));
        var slow = new Misconception("slow-checks", "Believes half-minute health checks drop a dead instance fast.",
                List.of(Evidence.of("health checks every 30 seconds")), "At 30 s a dead instance takes traffic for half a minute.");
        var c = challenge(criterion, List.of(slow));
        String wrong = "One nginx VM in front does health checks every 30 seconds, which is plenty.";
        assertThat(detected(c, wrong)).isTrue();
        assertThat(credit(c, wrong)).as("the same words, quoted as met and as the misconception").isZero();
        assertThat(credit(c, "The balancer runs health checks every 5 seconds and drops a target after two misses."))
                .isEqualTo(1.0);
    }

    @Test
    void evidenceWhoseOwnSubjectTheAnswerJudgesWrongDoesNotCount() {
        var delete = Criterion.of("delete", 1, "Deletes the key and lets the next read load the new value.",
                List.of(Evidence.of("delete and the next read loads it")));
        var c = challenge(delete, List.of());
        assertThat(credit(c, "Delete it, and the next read loads it from the database.")).isEqualTo(1.0);
        assertThat(credit(c, "Deleting is just wasteful, because the next read loads it from the database again."))
                .isLessThan(1.0);
        assertThat(credit(c, "Deleting is a bad idea: the next read loads it again.")).isLessThan(1.0);
        assertThat(credit(c, "Deleting is simply right: the next read loads it.")).isEqualTo(1.0);
        var harm = Criterion.of("load", 1, "Retries add load.", List.of(Evidence.of("retrying adds load")));
        assertThat(credit(challenge(harm, List.of()), "Retrying is harmful, it adds load to the failing service."))
                .as("a harm that is the criterion's own point").isEqualTo(1.0);
        assertThat(credit(challenge(harm, List.of()), "Retrying is bad for the service since it adds load."))
                .as("'bad for', a cost, not 'a bad idea'").isEqualTo(1.0);
        var cause = Criterion.of("cause", 1, "Blames the input.", List.of(Evidence.of("errors come from the input")));
        assertThat(credit(challenge(cause, List.of()), "The errors come from bad input, a string for a number."))
                .as("a verdict that describes another word judges nothing").isEqualTo(1.0);
    }

    @Test
    void aMisconceptionIsNotReadAcrossTheItemsOfAList() {
        var c = claiming("on delete cascade on product_id");
        assertThat(detected(c, "order_lines(order_id bigint REFERENCES orders ON DELETE CASCADE, product_id bigint "
                + "REFERENCES products ON DELETE RESTRICT)")).as("two columns of one table").isFalse();
        assertThat(detected(c, "Put ON DELETE CASCADE on product_id so old lines go away.")).isTrue();
        assertThat(detected(claiming("index on status fixes"), "An index on (status, created_at) fixes it."))
                .as("a claim that runs on past the parentheses").isTrue();
        var safe = claiming("metadata change so it's safe");
        assertThat(detected(safe, "A rename is just a metadata change, so it's safe to run at once."))
                .as("a comma that a grammar word carries on").isTrue();
        var domain = claiming("set the domain to shop.example");
        assertThat(detected(domain, "Set the domain to shop.example and it works.")).as("a dot inside a name").isTrue();
    }

    @Test
    void aClaimDoesNotRunOutOfAnAsideInParenthesesIntoTheSentenceAroundIt() {
        var c = claiming("lb retries them anyway");
        assertThat(detected(c, "The client sends a request id (or the LB generates one), retries only idempotent "
                + "calls with backoff.")).as("LB inside the aside, retries outside").isFalse();
        assertThat(detected(c, "Clients retry (the LB retries them anyway) on a 502.")).as("all inside").isTrue();
        assertThat(detected(c, "During a deploy the LB (nginx) retries them anyway.")).as("a name in parentheses").isTrue();
        assertThat(detected(claiming("index on status fixes"), "An index on (status, created_at) fixes it."))
                .as("a list of columns is no aside").isTrue();
    }

    @Test
    void aClaimJudgedInARelativeClauseOfItsOwnIsNotHeld() {
        var c = claiming("return 200 with an error in the body");
        assertThat(detected(c, "Some teams return 200 with an error in the body, which is a bad idea.")).isFalse();
        assertThat(detected(c, "We return 200 with an error in the body, which keeps clients simple.")).isTrue();
        assertThat(detected(c, "We return 200 with an error in the body, and that is it.")).isTrue();
    }

    @Test
    void aMisconceptionNamedInQuotationMarksIsNotHeld() {
        var c = claiming("one endpoint per table");
        assertThat(detected(c, "Designing the API as \"one endpoint per table\" forces clients to join.")).isFalse();
        assertThat(detected(c, "Designing the API as \u201Cone endpoint per table\u201D forces clients to join.")).isFalse();
        assertThat(detected(c, "We make one endpoint per table, so /products serves the products table.")).isTrue();
        assertThat(detected(c, "\"Keep it simple\": we make one endpoint per table and it's done."))
                .as("a quotation elsewhere in the sentence").isTrue();
    }

    @Test
    void aDefinitionGivenUnderAnotherTermsLabelIsNotCreditedToItsOwnTerm() {
        var dirty = Criterion.of("dirty-read", 1, "Reads uncommitted data.",
                List.of(Evidence.of("written but not yet committed")));
        var phantom = Criterion.of("phantom-read", 1, "New rows appear.", List.of(Evidence.of("new rows appear")));
        var base = Challenge.of("t.define.anomalies", "t", ChallengeLevel.DEFINE, "t.topic",
                Prompt.of("Define the read anomalies."), Rubric.of(List.of(dirty, phantom)), "unused");
        java.util.function.BiFunction<String, Integer, Double> credit = (answer, k) ->
                GRADER.grade(GradingRequest.of(base, Answer.of(answer))).criteria().get(k).credit();
        String swapped = "Dirty read: the same query twice and new rows appear.\n"
                + "Phantom read: it reads data another transaction has written but not yet committed.";
        assertThat(credit.apply(swapped, 0)).as("the dirty read's definition, under the phantom's label").isZero();
        assertThat(credit.apply(swapped, 1)).as("the phantom's definition, under the dirty read's label").isZero();
        String right = "Dirty read: it reads data another transaction has written but not yet committed.\n"
                + "Phantom read: the same query twice and new rows appear.";
        assertThat(credit.apply(right, 0)).isEqualTo(1.0);
        assertThat(credit.apply(right, 1)).isEqualTo(1.0);
        String oneLabel = "Phantom read: new rows appear, and a dirty read sees data written but not yet committed.";
        assertThat(credit.apply(oneLabel, 0)).as("no section of its own: the answer does not attribute by labels")
                .isEqualTo(1.0);
    }

    private static double credit(Challenge c, String answer) {
        return GRADER.grade(GradingRequest.of(c, Answer.of(answer))).criteria().get(0).credit();
    }

    @Test
    void aClaimThatGivesAReasonIsNotReadAcrossAContrastButAPlainClaimIs() {
        var c = claiming("ttl can be long since we delete");
        assertThat(detected(c, "We delete the key on every write, so the TTL can be long since we delete anyway.")).isTrue();
        assertThat(detected(c, "If invalidation always worked the TTL could be long, but a delete can fail, so 25 s.")).isFalse();
        assertThat(detected(c, "The TTL can be long; however, we delete on every write.")).isFalse();
        var contrast = claiming("fast but stale is fine because prices change slowly");
        assertThat(detected(contrast, "The copy is fast but stale, and that is fine because prices change slowly.")).isTrue();
        var plain = claiming("get with a json body");
        assertThat(detected(plain, "The simplest fix is to keep GET but send the filters as a JSON body.")).isTrue();
    }

    @Test
    void aMisconceptionOnlyFloatedOrTakenAsAStopgapIsReportedButCostsNothingWhileOneAssertedCapsTheScore() {
        var c = claiming("increase the pool size");
        String fix = "Only one request rebuilds the entry while the others wait for it. ";
        var floated = GRADER.grade(GradingRequest.of(c, Answer.of(fix + "Maybe increase the pool size a bit too.")));
        assertThat(floated.misconceptions()).hasSize(1);
        assertThat(floated.score().orElseThrow()).isEqualTo(1.0);
        var stopgap = GRADER.grade(GradingRequest.of(c, Answer.of(fix + "As a stopgap, increase the pool size until it ships.")));
        assertThat(stopgap.misconceptions()).hasSize(1);
        assertThat(stopgap.score().orElseThrow()).isEqualTo(1.0);
        var asserted = GRADER.grade(GradingRequest.of(c, Answer.of(fix + "And increase the pool size a bit too.")));
        assertThat(asserted.misconceptions()).hasSize(1);
        assertThat(asserted.score().orElseThrow()).isLessThanOrEqualTo(RubricGrader.CAP);
    }

    @Test
    void aMisconceptionOfferedAsAnExtraBesideTheFixIsReportedButCostsNothing() {
        var c = claiming("increase the pool size");
        String fix = "Only one request rebuilds the entry while the others wait for it. ";
        for (String extra : List.of("We could also increase the pool size a bit.", "You can also increase the pool size.")) {
            var graded = GRADER.grade(GradingRequest.of(c, Answer.of(fix + extra)));
            assertThat(graded.misconceptions()).as(extra).hasSize(1);
            assertThat(graded.score().orElseThrow()).as(extra).isEqualTo(1.0);
        }
        var asserted = GRADER.grade(GradingRequest.of(c, Answer.of(fix + "We can increase the pool size, also.")));
        assertThat(asserted.score().orElseThrow()).as("no extra: the modal is not followed by also")
                .isLessThanOrEqualTo(RubricGrader.CAP);
    }

    @Test
    void aClaimNamedAsTheConditionOfAHarmIsAWarningNotAClaim() {
        var c = claiming("verify every call");
        assertThat(detected(c, "Mocks hurt when you mock types you don't own or verify every internal call.")).isFalse();
        assertThat(detected(c, "Tests break badly if you verify every call.")).isFalse();
        assertThat(detected(c, "To be thorough, verify every call on every dependency.")).isTrue();
        assertThat(detected(c, "Mocks hurt, but in this test verify every call anyway.")).as("a new clause holds it")
                .isTrue();
    }

    @Test
    void nothingOrNobodyAsTheSubjectOfAClauseDeniesItsVerbButAsAnObjectDeniesNothing() {
        var c = claiming("delete the appointment when cancelled");
        assertThat(detected(c, "Nothing is deleted, the appointment gets status cancelled.")).isFalse();
        assertThat(detected(c, "We delete the appointment when it is cancelled.")).isTrue();
        var stored = claiming("stores the token in the browser");
        assertThat(detected(stored, "Nobody stores the token in the browser: it stays in an httpOnly cookie.")).isFalse();
        var empty = claiming("cache returns nothing");
        assertThat(detected(empty, "On a miss the cache returns nothing and we read the database.")).as("an object")
                .isTrue();
    }

    private static boolean detected(Challenge c, String answer) {
        return !GRADER.grade(GradingRequest.of(c, Answer.of(answer))).misconceptions().isEmpty();
    }
}
