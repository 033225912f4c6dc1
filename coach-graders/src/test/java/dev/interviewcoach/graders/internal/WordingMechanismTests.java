package dev.interviewcoach.graders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.Evidence;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.Misconception;
import dev.interviewcoach.api.Prompt;
import dev.interviewcoach.api.Rubric;
import dev.interviewcoach.spi.GradingRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each mechanism that lets the rubric grader hear an answer written in other words, proved on a
 * one-criterion rubric: the answer meets the criterion only through that mechanism.
 */
class WordingMechanismTests {
    private static final RubricGrader GRADER = new RubricGrader();

    private static Challenge challenge(String question, String... paraphrases) {
        var criterion = Criterion.of("idea", 1, "The idea.", List.of(Evidence.of(paraphrases)));
        return Challenge.of("t.define.wording", "t", ChallengeLevel.DEFINE, "t.topic", Prompt.of(question),
                Rubric.of(List.of(criterion)), "unused");
    }

    private static double credit(Challenge challenge, String answer) {
        Grade grade = GRADER.grade(GradingRequest.of(challenge, Answer.of(answer)));
        return grade.criteria().get(0).credit();
    }

    @Test
    void wordsAnAnswerOnlyCopiesFromTheScenarioAreNotItsOwnButAQuotedLineInAnExplanationStillCounts() {
        String scenario = "app.log 02:14 pool exhausted: waited 30000 ms for a connection, active=20 idle=0\n"
                + "app.log 02:14 slow query: export job holds a connection for the whole report";
        var prompt = new Prompt("Why do requests time out at night?", java.util.Optional.of(scenario), List.of(),
                java.util.Optional.empty(), java.util.OptionalInt.empty());
        var criterion = Criterion.of("cause", 1, "The export job holds pool connections.",
                List.of(Evidence.of("export job holds a connection", "the job keeps the connections busy")));
        var c = Challenge.of("t.debug.pool", "t", ChallengeLevel.DEBUG, "t.topic", prompt,
                Rubric.of(List.of(criterion)), "unused");
        assertThat(credit(c, scenario + "\n\nWhy do requests time out at night?")).as("pasted back").isZero();
        assertThat(credit(c, "The log says it: \"export job holds a connection for the whole report\". So the nightly "
                + "export starves the pool of twenty and every request waits until it gives up."))
                .as("a line quoted inside an explanation of one's own").isEqualTo(1.0);
    }

    @Test
    void aCommandOrAbbreviationOfTheDomainVocabularyMeetsItsLongForm() {
        var c = challenge("How do you invalidate a cached product?", "delete the cache key");
        assertThat(credit(c, "On every write we DEL the cache key for that product id, and then commit.")).isEqualTo(1.0);
        var guard = challenge("How do you stop an overdraft?", "where balance >= amount");
        assertThat(credit(guard, "UPDATE wallets SET balance = balance - :amt WHERE balance >= :amt.")).isEqualTo(1.0);
        var pk = challenge("What stops duplicate rows?", "composite primary key on both columns");
        assertThat(credit(pk, "A composite PK on both columns stops the same pair twice, as I said.")).isEqualTo(1.0);
    }

    @Test
    void aPhraseFoundWithOneWordMissingIsPartlyMetWithinOneSentenceButNeverWithAWordBorrowedFromTheSentenceBefore() {
        var c = challenge("How do the workers share the queue?", "workers claim jobs with skip locked rows");
        double near = credit(c, "Each worker claims jobs with SKIP LOCKED so nobody waits.");
        assertThat(near).as("one word missing, the rest in one sentence").isGreaterThan(0).isLessThan(1);
        assertThat(credit(c, "Jobs wait in one table. Each worker claims them with SKIP LOCKED so nobody waits."))
                .as("one word missing and one only in the sentence before").isZero();
        assertThat(credit(c, "Jobs wait in one table, and each worker claims its rows with SKIP LOCKED so nobody waits."))
                .as("every word in one sentence").isEqualTo(1.0);
    }

    @Test
    void likelyIsNoLike() {
        var c = challenge("When does optimistic locking hurt?", "when conflicts are likely");
        assertThat(credit(c, "Optimistic locking hurts when conflicts are likely: most writes retry.")).isEqualTo(1.0);
        assertThat(credit(c, "It works when conflicts are rare, like one edit a day per row.")).isZero();
    }

    @Test
    void theAbbreviationsOfPushChannelsTestsAndFailuresMeetTheirLongForms() {
        var sse = challenge("How do the updates reach the page?", "server-sent events over one connection");
        assertThat(credit(sse, "We push them with SSE over one connection per open page.")).isEqualTo(1.0);
        var ws = challenge("What does the chat need?", "a websocket for both directions");
        assertThat(credit(ws, "Open a WS to the server and send both directions on it.")).isEqualTo(1.0);
        var e2e = challenge("Which tests catch it?", "a few end-to-end tests of checkout");
        assertThat(credit(e2e, "Keep a few e2e tests of checkout and leave the rest to unit tests.")).isEqualTo(1.0);
        var oom = challenge("Why did the worker die?", "killed out of memory");
        assertThat(credit(oom, "It was OOM killed once the buffer grew.")).isEqualTo(1.0);
        var pr = challenge("Where is the contract checked?", "contract tests on every pull request");
        assertThat(credit(pr, "The contract tests run on every PR of either side.")).isEqualTo(1.0);
    }

    @Test
    void anInProcessOrL1CacheIsALocalCacheAndABitAboveIsSlightlyAbove() {
        var local = challenge("How does each instance get the new rules?", "l1 ttl of 5 seconds");
        assertThat(credit(local, "The in-process cache has a TTL of 5 seconds, so it reloads anyway.")).isEqualTo(1.0);
        var cache = challenge("Where are the ids kept?", "cache of seen ids per instance");
        assertThat(credit(cache, "A local cache of seen ids per instance.")).as("still a cache").isEqualTo(1.0);
        var above = challenge("How do you pick the read timeout?", "slightly above p99");
        assertThat(credit(above, "Set it a bit above the downstream's p99.")).isEqualTo(1.0);
    }

    @Test
    void aWordThatOnlySharesAVocabularyVariantsStemKeepsItsOwnMeaning() {
        var production = challenge("Where does the bug show up?", "the bug shows up only in production");
        assertThat(credit(production, "The bug shows up only in production.")).isEqualTo(1.0);
        assertThat(credit(production, "The bug shows up only in the product catalog.")).isLessThan(1.0);
        var authorization = challenge("What runs first?", "authorization check on every request");
        assertThat(credit(authorization, "The authors check every request.")).isLessThan(1.0);
        var liveness = challenge("What do the probes do?", "liveness probe restarts the pod");
        assertThat(credit(liveness, "A live probe restarts the pod.")).isLessThan(1.0);
        assertThat(credit(liveness, "The liveness probe restarts the pod.")).isEqualTo(1.0);
        var ttl = challenge("How do entries leave the cache?", "set a ttl on the key");
        assertThat(credit(ttl, "Set a time to live on the key.")).as("a word of a longer variant").isEqualTo(1.0);
        var products = challenge("Which page is slow?", "the product page is slow");
        assertThat(credit(products, "The products page is slow.")).isEqualTo(1.0);
    }

    @Test
    void theFullStopOfAnAbbreviationEndsNoSentenceButAFullStopAfterAWordDoes() {
        var c = challenge("When do the e-mails go out?", "send after commit via an outbox");
        assertThat(credit(c, "Send them after the commit, e.g. via an outbox.")).isEqualTo(1.0);
        assertThat(credit(c, "Send them after the commit, i.e. via an outbox.")).isEqualTo(1.0);
        assertThat(credit(c, "Send mails, webhooks etc. after the commit, via an outbox.")).isEqualTo(1.0);
        assertThat(credit(c, "Send them after the commit, with the mails etc. via an outbox.")).isEqualTo(1.0);
        assertThat(credit(c, "Send them after the commit. Via an outbox, later.")).isLessThan(1.0);
        assertThat(credit(c, "Send them after the commit, mails etc. Via an outbox, later.")).isLessThan(1.0);
    }

    @Test
    void anEllipsisThatLeavesWordsOutEndsNoSentenceButOneBeforeANewSentenceDoes() {
        var c = challenge("How do you stop the lost update?", "lock the row and compare the version");
        assertThat(credit(c, "Lock the row with SELECT ... FOR UPDATE and compare the version.")).isEqualTo(1.0);
        assertThat(credit(c, "Lock the row ... and compare the version.")).isEqualTo(1.0);
        assertThat(credit(c, "Lock the row... Then compare the version, later.")).isLessThan(1.0);
    }

    @Test
    void insteadOfOrRatherThanSaysTheNegationAPhraseWritesWithNot() {
        var c = challenge("How should the paths look?", "nouns not verbs");
        assertThat(credit(c, "Nouns instead of verbs.")).isEqualTo(1.0);
        assertThat(credit(c, "Use nouns rather than verbs.")).isEqualTo(1.0);
        assertThat(credit(c, "Nouns and verbs both work.")).isZero();
        var none = challenge("How should the paths look?", "no verbs in urls");
        assertThat(credit(none, "Use nouns instead of verbs in URLs.")).isEqualTo(1.0);
        assertThat(credit(none, "Put the verbs in URLs.")).isZero();
    }

    @Test
    void anAbleWordSaysWhatCanBeDoneButNotWhenItNamesSomethingElse() {
        var c = challenge("Why does the method matter?", "GET responses can be cached");
        assertThat(credit(c, "GET responses are safe and cacheable, so proxies help.")).isEqualTo(1.0);
        var retry = challenge("Which calls may a client repeat?", "idempotent calls can be retried");
        assertThat(credit(retry, "Idempotent calls are retryable after a timeout.")).isEqualTo(1.0);
        var port = challenge("What does the balancer see?", "the port of the connection");
        assertThat(credit(port, "The connection is portable across hosts.")).isZero();
    }

    @Test
    void anAbbreviationsPluralWithABareSMeetsItsLongForm() {
        var c = challenge("How do cached values expire?", "time to live on the entries");
        assertThat(credit(c, "Put TTLs on the entries, a few minutes each.")).isEqualTo(1.0);
        var tx = challenge("What keeps the debit and credit together?", "both updates in one transaction");
        assertThat(credit(tx, "Short txs: both updates in one tx, commit, done.")).isEqualTo(1.0);
    }

    @Test
    void aSynonymOfTheDomainVocabularyMeetsItsOtherWordsButForInstanceIsNoServer() {
        var c = challenge("What does the component in front of the service do?", "distributes requests to servers");
        assertThat(credit(c, "It spreads the incoming requests over several instances of the service.")).isEqualTo(1.0);
        var servers = challenge("What does the component in front of the service do?", "request goes to a server");
        assertThat(credit(servers, "A request, for instance, goes to the queue.")).isZero();
        var probes = challenge("Which checks does the platform run?", "separate liveness from readiness");
        assertThat(credit(probes, "Separate /livez (restart me) from /readyz (send me traffic).")).isEqualTo(1.0);
        var traffic = challenge("What does the health check decide?", "whether the instance gets traffic");
        assertThat(credit(traffic, "Whether this instance can serve traffic right now.")).isEqualTo(1.0);
        var stock = challenge("What is left after the failure?", "stock not decremented");
        assertThat(credit(stock, "The order is saved but the stock was not reduced.")).isEqualTo(1.0);
    }

    @Test
    void aConcretePathValueMeetsTheRubricsTemplateAndTheOtherWayRoundButVersionsAndProtocolsAreNoParameters() {
        var template = challenge("Give a resource of the shop.", "/orders/{id}/items");
        assertThat(credit(template, "The lines of one order live at /orders/15/items, a sub-collection.")).isEqualTo(1.0);
        assertThat(credit(template, "GET /orders/550e8400-e29b-41d4-a716-446655440000/items lists them.")).isEqualTo(1.0);
        assertThat(credit(template, "Express would route it as /orders/:orderId/items.")).isEqualTo(1.0);
        var concrete = challenge("Give a resource of the shop.", "GET /products/42");
        assertThat(credit(concrete, "A product is a resource: GET /products/{sku} returns it.")).isEqualTo(1.0);
        var version = challenge("Where does the version go?", "/orders/{id}");
        assertThat(credit(version, "Put it in the path: /v1/orders, and speak HTTP/1.1 or 2.")).isZero();
    }

    @Test
    void aSignWrittenOnAnAmountReadsAsMinusOrPlusButARangeOrABulletDoesNot() {
        var debit = challenge("Use the transfer as your example.", "a minus 50");
        assertThat(credit(debit, "Transfer 50: UPDATE A -50, UPDATE B +50, in one transaction.")).isEqualTo(1.0);
        var credit = challenge("Use the transfer as your example.", "b plus 50");
        assertThat(credit(credit, "Transfer 50: UPDATE A -50, UPDATE B +50, in one transaction.")).isEqualTo(1.0);
        assertThat(credit(debit, "Timeouts of 10-50 ms for account A.\n-50 items for A.")).isZero();
    }

    @Test
    void aNumberIsOneNumberHoweverItIsWrittenAndAQuantityKeepsItsUnit() {
        var rate = challenge("How many reads per second?", "about 6,000 reads per second");
        assertThat(credit(rate, "That is roughly 6k reads per second on average.")).isEqualTo(1.0);
        assertThat(credit(rate, "That is roughly 6000 reads per second on average.")).isEqualTo(1.0);
        var storage = challenge("How much storage a day?", "5 TB a day");
        assertThat(credit(storage, "The uploads add 5tb/day, so the bytes go to object storage.")).isEqualTo(1.0);
        assertThat(credit(storage, "The uploads add 5 terabytes a day, so the bytes go to object storage.")).isEqualTo(1.0);
        assertThat(credit(storage, "The uploads add 5 GB a day, so about 1.8 TB in a year.")).as("5 and TB are two quantities")
                .isZero();
        var timeout = challenge("Which timeout?", "a 100 ms timeout on the client");
        assertThat(credit(timeout, "Give the client a 100ms timeout.")).isEqualTo(1.0);
        var ttl = challenge("How long?", "a 30 second ttl");
        assertThat(credit(ttl, "Use a 30-second TTL for the entry.")).isEqualTo(1.0);
        var words = challenge("How long may it live?", "a ttl of 10 minutes");
        assertThat(credit(words, "Give it a TTL of ten minutes.")).isEqualTo(1.0);
        var bare = challenge("What does a short lifetime buy?", "a stolen token works for minutes");
        assertThat(credit(bare, "A stolen token works for at most five minutes.")).as("the unit stays a word")
                .isEqualTo(1.0);
        var million = challenge("How many uploads?", "10 million uploads a day");
        assertThat(credit(million, "About 10,000,000 uploads a day.")).isEqualTo(1.0);
        assertThat(credit(million, "About 10M uploads/day.")).as("a capital M is millions").isEqualTo(1.0);
        assertThat(credit(million, "About 10m uploads/day.")).as("a small m is no million").isZero();
    }

    @Test
    void anUpdateWhoseWhereChecksAColumnItSetsIsAnAtomicConditionalUpdateWhateverTheColumn() {
        var c = challenge("How do you take one of 500 units?", "atomic conditional update");
        assertThat(credit(c, "UPDATE inventory SET available = available - 1 WHERE drop_id = $1 AND available > 0;"))
                .isEqualTo(1.0);
        assertThat(credit(c, "update accounts set version = version + 1, balance = :b where id = :id and version = :v"))
                .isEqualTo(1.0);
        assertThat(credit(c, "UPDATE inventory SET available = 499 WHERE drop_id = $1;")).as("the WHERE checks nothing it sets")
                .isZero();
        assertThat(credit(c, "We update the counter and then set a flag where needed.")).as("prose").isZero();
    }

    @Test
    void aRangesUnitIsItsFirstNumbersToo() {
        var wait = challenge("How long may a waiter wait?", "give up after 100 ms");
        assertThat(credit(wait, "Give up after 100-200 ms and serve the old value.")).isEqualTo(1.0);
        assertThat(credit(wait, "Give up after 100 to 200 ms and serve the old value.")).isEqualTo(1.0);
        assertThat(credit(wait, "Give up after 100 requests, or 200 ms.")).as("no range there").isLessThan(1.0);
    }

    @Test
    void aDecimalNumberIsOneNumberNotAnIdentifierOfTwoParts() {
        var day = challenge("How many seconds in a day?", "86,400 seconds");
        assertThat(credit(day, "A day is ~86.4k s, so divide by that.")).isEqualTo(1.0);
        var latency = challenge("What is the budget?", "a 12.75 ms budget");
        assertThat(credit(latency, "We have a 12.75ms budget.")).isEqualTo(1.0);
        assertThat(credit(latency, "We have a 75 ms budget.")).as("12.75 is no 75").isZero();
    }

    @Test
    void aRateIsOneRateHoweverItIsWritten() {
        var reads = challenge("How many reads per second?", "6k per second");
        assertThat(credit(reads, "That is 6k/s on average.")).isEqualTo(1.0);
        assertThat(credit(reads, "That is 6,000 a second on average.")).isEqualTo(1.0);
        assertThat(credit(reads, "About 6000 reads/sec on average.")).isEqualTo(1.0);
        assertThat(credit(reads, "That is 6k/min on average.")).as("per minute is no per second").isZero();
        var storage = challenge("How much storage?", "5 TB per day");
        assertThat(credit(storage, "The uploads add 5 TB/day.")).isEqualTo(1.0);
        assertThat(credit(storage, "The uploads add 5 TB a day.")).isEqualTo(1.0);
        assertThat(credit(storage, "The uploads add 5 TB/month.")).isZero();
        var requests = challenge("How busy is it?", "20,000 requests per second");
        assertThat(credit(requests, "It serves 20k req/s at peak.")).as("the vocabulary's term survives").isEqualTo(1.0);
        assertThat(credit(requests, "It serves 20k RPS at peak.")).isEqualTo(1.0);
        var second = challenge("What happens on failure?", "a second instance takes over");
        assertThat(credit(second, "Then a second instance takes over.")).as("an ordinal is no rate").isEqualTo(1.0);
    }

    @Test
    void aCodeKeywordInCapitalsMeetsWhatItDeclaresInProseButLowercaseProseDoesNot() {
        var unique = challenge("What stops two accounts with one email?", "a unique constraint on email");
        assertThat(credit(unique, "I would declare it in the table: email TEXT NOT NULL UNIQUE, so the second insert fails.")).isEqualTo(1.0);
        assertThat(credit(unique, "Each user gets a unique id, and we look the email up first.")).isZero();
        var fk = challenge("How does a line point at its order?", "a foreign key to orders");
        assertThat(credit(fk, "Each line has order_id BIGINT NOT NULL REFERENCES orders(id), so it cannot point nowhere.")).isEqualTo(1.0);
        var begin = challenge("How do you keep the debit and the credit together?", "both updates in a transaction");
        assertThat(credit(begin, "Wrap both updates in BEGIN ... COMMIT so they land together.")).isEqualTo(1.0);
        var ttl = challenge("What stops a crashed holder from keeping the lock?", "the lock key has a ttl");
        assertThat(credit(ttl, "SET the lock key NX PX 30000, so a crashed holder cannot keep it.")).isEqualTo(1.0);
        assertThat(credit(ttl, "Any ex colleague would keep the lock key.")).isZero();
        var check = challenge("What keeps the quantity positive?", "a check constraint on quantity");
        assertThat(credit(check, "The table says quantity INT NOT NULL CHECK (quantity > 0), so the insert fails.")).isEqualTo(1.0);
        assertThat(credit(check, "The app would check the quantity first.")).isZero();
    }

    @Test
    void anArrowEndsTheClauseANegationCoversSoTheStepAfterItIsNotDenied() {
        var c = challenge("Deadlocks are retried. Is that enough?", "track the deadlock rate");
        assertThat(credit(c, "retry = safety net, not the fix -> track the deadlock rate")).isEqualTo(1.0);
        assertThat(credit(c, "retry = safety net, not the fix \u2192 track the deadlock rate")).isEqualTo(1.0);
        assertThat(credit(c, "retry is enough, we do not track the deadlock rate")).isZero();
    }

    @Test
    void aBareNoThatACommaEndsAnswersTheQuestionAndDeniesNothingAfterIt() {
        var c = challenge("Should the client retry a failed POST?", "post could create a second order");
        assertThat(credit(c, "PUT yes. POST no, because it could create a second order.")).isEqualTo(1.0);
        assertThat(credit(c, "Whether or not, the POST could create a second order.")).isEqualTo(1.0);
        assertThat(credit(c, "The POST could not create a second order.")).isZero();
        var limits = challenge("Is scaling out unlimited?", "scaling out is limited");
        assertThat(credit(limits, "Scaling out is unlimited; just add boxes.")).isZero();
    }

    @Test
    void aNegatedVerbBeforeJustOrSimplyDeniesTheActionButNotJustThatAddsToItDoesNot() {
        var c = challenge("Can a monolith scale?", "run several copies behind a load balancer");
        assertThat(credit(c, "Being one stateful process, you cannot just run several copies behind a load balancer."))
                .isZero();
        assertThat(credit(c, "You can not simply run several copies behind a load balancer.")).isZero();
        assertThat(credit(c, "It is not just one box: run several copies behind a load balancer.")).isEqualTo(1.0);
        assertThat(credit(c, "You don't just run several copies behind a load balancer, you also scale the database."))
                .as("the action is kept, and more is added to it").isEqualTo(1.0);
    }

    @Test
    void aShortOpeningThatNamesOneOfTheQuestionsTwoAlternativesAnswersWithItButNotWithTheOther() {
        var c = challenge("When exactly do you delete the key, before or after the database commit, and why?",
                "delete the key after the commit");
        assertThat(credit(c, "After the commit. Otherwise a read in between caches the old row again.")).isEqualTo(1.0);
        assertThat(credit(c, "Before the commit, so readers see it gone sooner.")).isZero();
        assertThat(credit(c, "I think that the answer depends a lot on the setup after the commit.")).as("no short opening")
                .isZero();
        var codes = challenge("Would you use 400 or 422 here, and does the choice matter to clients?", "use 422");
        assertThat(credit(codes, "422. The body parses but fails validation.")).isEqualTo(1.0);
        assertThat(credit(c, "Delete the key after the commit.")).as("the answer's choice, in a sentence of its own")
                .isEqualTo(1.0);
        assertThat(credit(c, "Delete the key before or after the database commit, whichever suits the cache layer best."))
                .as("both alternatives, as the question has them: an echo").isLessThan(0.5);
        var whyNot = challenge("Does adding a field need a new version? Why or why not?", "why not");
        assertThat(Alternatives.of(whyNot.prompt().text())).as("both alternatives open with the same word").isEmpty();
        assertThat(Alternatives.of("Charged at once (authorise and capture at once), or authorised now and captured "
                + "later? Weigh the two.")).as("two clauses, not two alternatives").isEmpty();
    }

    @Test
    void ifNotAfterAConditionIsItsOtherBranchAndDeniesNothingAfterIt() {
        var c = challenge("What happens on a cache miss?", "read it from the database");
        assertThat(credit(c, "If the key is there return it, if not read it from the database.")).isEqualTo(1.0);
        var hit = challenge("What happens on a cache hit?", "do not read it from the database");
        assertThat(credit(hit, "If the key is there return it, if not read it from the database.")).as("the other branch")
                .isZero();
        assertThat(credit(hit, "If not read it from the database, the data is fresh.")).as("no condition before it")
                .isEqualTo(1.0);
    }

    @Test
    void aNamedDatabaseOrCacheSaysItsKindButTheKindNamesNoProduct() {
        var db = challenge("Where does today's page come from?", "today from the database");
        assertThat(credit(db, "Today comes from Postgres, older days from the cache.")).isEqualTo(1.0);
        assertThat(credit(db, "Today comes from MySQL.")).isEqualTo(1.0);
        var pg = challenge("Which store holds today's rows?", "today from postgres");
        assertThat(credit(pg, "Today comes from the database.")).as("one way only").isZero();
        var cache = challenge("What does a read do first?", "read from the cache first");
        assertThat(credit(cache, "We read from Redis first and fall back to the table.")).isEqualTo(1.0);
        assertThat(credit(db, "Today comes from Kafka.")).as("another kind").isZero();
    }

    @Test
    void noRiskOfOrNoChanceOfDeniesWhatFollowsButARiskOfSaysIt() {
        var c = challenge("What does write-behind cost?", "losing data");
        assertThat(credit(c, "Writes are faster and there is no risk of losing data because Redis persists them."))
                .isZero();
        assertThat(credit(c, "No chance of losing data with it.")).isZero();
        assertThat(credit(c, "Writes are faster, with a risk of losing data if Redis dies before the flush."))
                .isEqualTo(1.0);
        assertThat(credit(c, "No, the risk is losing data.")).as("a bare no answers the question").isEqualTo(1.0);
    }

    @Test
    void aNegatorThatSetsAConditionDeniesNothingButStillSaysTheNegation() {
        var ttl = challenge("Why did the cache grow until Redis ran out of memory?", "set a TTL");
        assertThat(credit(ttl, "If you don't set a TTL, keys live forever.")).isEqualTo(1.0);
        assertThat(credit(ttl, "Whether or not you set a TTL, keys are evicted by LRU.")).isEqualTo(1.0);
        assertThat(credit(ttl, "You don't set a TTL, keys are evicted by LRU anyway.")).as("a denial").isZero();
        assertThat(credit(ttl, "If the hit rate drops, you don't set a TTL.")).as("the condition is elsewhere").isZero();
        var lock = challenge("How do you make only one instance run the nightly job?", "pg_try_advisory_lock(42) returns");
        assertThat(credit(lock, "if not pg_try_advisory_lock(42) returns true: skip the run")).isEqualTo(1.0);
        var noTtl = challenge("Why did the cache grow until Redis ran out of memory?", "keys have no TTL");
        assertThat(credit(noTtl, "If keys have no TTL, they live forever.")).as("the negation is still said").isEqualTo(1.0);
    }

    @Test
    void aMisspellingOfAnEvidenceWordMeetsItButAnEnglishWordOneLetterAwayDoesNot() {
        var c = challenge("What does denormalizing cost?", "update it everywhere");
        assertThat(credit(c, "If the customer changes their name you have to update it everywere.")).isEqualTo(1.0);
        assertThat(credit(c, "You have to updaet it everywhere.")).as("two neighbours swapped").isEqualTo(1.0);
        var lease = challenge("How long does the worker hold a job?", "renew the lease");
        var router = challenge("What do you try first?", "restart the router");
        assertThat(credit(router, "Restart the route.")).as("an English word is never read as another").isZero();
        assertThat(credit(lease, "Renew the LEASX.")).as("capitals are an identifier or an acronym").isZero();
        assertThat(credit(lease, "Renew the leasx.")).isEqualTo(1.0);
    }

    @Test
    void whatIsReadAsAMisspellingDependsOnTheAnswerAndTheChallengeAloneNotOnWhatWasGradedBefore() {
        var lease = challenge("How long does the worker hold a job?", "renew the lease");
        assertThat(credit(lease, "Renew the leasq.")).isEqualTo(1.0);
        var other = challenge("What is a leasq in our scheduler?", "a leasq is a lease");
        credit(other, "A leasq is a lease.");
        assertThat(credit(lease, "Renew the leasq.")).as("after a challenge that writes the word was graded").isEqualTo(1.0);
        var own = challenge("How long does the worker hold a leasq?", "renew the lease");
        assertThat(credit(own, "Renew the leasq.")).as("a word the challenge writes itself is no slip").isZero();
    }

    @Test
    void aDashEndsTheClauseSoANegationBeforeItDeniesNothingAfterIt() {
        var c = challenge("Why was the order charged twice?", "the first request kept running");
        assertThat(credit(c, "The client gave up, the server didn't \u2014 the first request kept running.")).isEqualTo(1.0);
        assertThat(credit(c, "The client gave up, the server didn't - the first request kept running.")).isEqualTo(1.0);
        assertThat(credit(c, "The client gave up, but the first request never kept running.")).isZero();
        var post = challenge("Should the client retry a failed POST?", "post could create a second order");
        assertThat(credit(post, "PUT yes. POST no \u2014 it could create a second order.")).as("a bare no before a dash")
                .isEqualTo(1.0);
    }

    @Test
    void aCompoundWrittenClosedMeetsItWrittenAsTwoWordsAndTheOtherWayRound() {
        var open = challenge("What happens to the debit?", "roll back on error");
        assertThat(credit(open, "Put all three in one transaction; if any error, everything is rollback.")).isEqualTo(1.0);
        var closed = challenge("What does the client see?", "the request timeout fires");
        assertThat(credit(closed, "The request times out and the client's timer fires after 30 s.")).isEqualTo(1.0);
        var hyphen = challenge("How does the balancer know an instance is down?", "a healthcheck endpoint");
        assertThat(credit(hyphen, "It polls a health-check end point on every instance.")).isEqualTo(1.0);
    }

    @Test
    void anIdentifiersPartsAreOneNameNotWordsFreeToPairWithOthers() {
        var c = challenge("How do you represent a one-to-many relationship?", "customer id in the orders table");
        assertThat(credit(c, "The customers table gets an order_id column.")).as("order_id is no customer id").isZero();
        assertThat(credit(c, "The orders table gets a customer_id column.")).isEqualTo(1.0);
        assertThat(credit(c, "Put the customer id in the orders table.")).isEqualTo(1.0);
        var twice = challenge("How is the missing index found?", "an index on order_items");
        assertThat(credit(twice, "The plan shows a sequential scan, so add an index on order_items.order_id.")).isEqualTo(1.0);
    }

    @Test
    void anIdentifierAPhraseWritesMustStandSideBySideInTheAnswer() {
        var c = challenge("How do you represent a one-to-many relationship?", "orders gets a customer_id");
        assertThat(credit(c, "The customers table gets an order_id column.")).isZero();
        assertThat(credit(c, "orders gets a customer id column")).isEqualTo(1.0);
        assertThat(credit(c, "orders gets a customerId field")).isEqualTo(1.0);
    }

    @Test
    void aWordQualifiedByTheOppositeOfThePhrasesQualifierIsNotThePhrasesWord() {
        var c = challenge("Where does the foreign key go?", "foreign key on the many side");
        assertThat(credit(c, "For one-to-many the foreign key lives on the one side.")).isZero();
        assertThat(credit(c, "For one-to-many the foreign key lives on the many side.")).isEqualTo(1.0);
        var both = challenge("When does JSON fit?", "read as a whole");
        assertThat(credit(both, "It fits an aggregate that is read and written as a whole.")).isEqualTo(1.0);
    }

    @Test
    void aClosedCompoundNeverStandsForOneOfItsWordsAlone() {
        var fail = challenge("Can the cache fail?", "the cluster can fail");
        assertThat(credit(fail, "During a failover the cluster is slow.")).isZero();
        var apart = challenge("What does the database do with the debit?", "rolls it back");
        assertThat(credit(apart, "The database rolls the whole transfer back when the pod dies.")).isEqualTo(1.0);
    }

    @Test
    void aBritishSpellingMeetsTheAmericanOneAndTheOtherWayRound() {
        var c = challenge("How do you stop duplicate accounts?", "normalize the email before the insert");
        assertThat(credit(c, "Normalise the e-mail address before the insert, lower-cased and trimmed.")).isEqualTo(1.0);
        var british = challenge("What changed after the release?", "the cancelled jobs changed behaviour");
        assertThat(credit(british, "The canceled jobs show a changed behavior in the logs.")).isEqualTo(1.0);
    }

    @Test
    void aPastFormOfAnIrregularVerbMeetsTheVerb() {
        var c = challenge("What goes wrong with sticky sessions?", "sessions are lost when the instance dies");
        assertThat(credit(c, "When an instance dies its users lose their sessions and must log in again.")).isEqualTo(1.0);
        var built = challenge("How is the index made?", "build the index concurrently");
        assertThat(credit(built, "It was built concurrently, so the index never blocked writes.")).isEqualTo(1.0);
    }

    @Test
    void wordsThatOnlyLookLikePastFormsKeepTheirOwnMeaning() {
        assertThat(IrregularForms.base("lost")).isEqualTo("lose");
        assertThat(IrregularForms.base("bound")).isEqualTo("bound");
        assertThat(IrregularForms.base("left")).isEqualTo("left");
        assertThat(IrregularForms.base("rung")).isEqualTo("rung");
    }

    @Test
    void foldingBritishSpellingsKeepsDifferentWordsApart() {
        assertThat(BritishSpelling.american("four")).isEqualTo("four");
        assertThat(BritishSpelling.american("filled")).isEqualTo("filled");
        assertThat(BritishSpelling.american("raised")).isEqualTo("raised");
        assertThat(BritishSpelling.american("consisted")).isEqualTo("consisted");
        assertThat(BritishSpelling.american("analysis")).isEqualTo("analysis");
        assertThat(BritishSpelling.american("serialisation")).isEqualTo("serialization");
        assertThat(BritishSpelling.american("analysed")).isEqualTo("analyzed");
        assertThat(BritishSpelling.american("behaviours")).isEqualTo("behaviors");
        assertThat(BritishSpelling.american("modelling")).isEqualTo("modeling");
        assertThat(BritishSpelling.american("licences")).isEqualTo("licenses");
        assertThat(BritishSpelling.american("catalogue")).isEqualTo("catalog");
        assertThat(BritishSpelling.american("centre")).isEqualTo("center");
        assertThat(BritishSpelling.american("centres")).isEqualTo("centers");
        assertThat(BritishSpelling.american("metrics")).isEqualTo("metrics");
    }

    @Test
    void anIdentifierIsReadAsTheWordsItIsMadeOf() {
        var c = challenge("How does the client get the next page?", "response includes the next cursor");
        assertThat(credit(c, "The response body includes a next_cursor field the client sends back.")).isEqualTo(1.0);
        assertThat(credit(c, "The response body includes a nextCursor field the client sends back.")).isEqualTo(1.0);
    }

    @Test
    void aComparisonOperatorIsReadAsWords() {
        var c = challenge("How does the server find the page?", "where created_at less than");
        assertThat(credit(c, "It runs WHERE (created_at, id) < (:c, :i) ORDER BY created_at DESC and the cursor is opaque."))
                .isEqualTo(1.0);
    }

    @Test
    void anAnswerWrittenAsSqlDdlIsStatementsNotKeywordSoupButStatementWordsInAPileAreStillSoup() {
        var c = challenge("Design the tables for orders and their lines.", "a foreign key to orders",
                "composite primary key on order and product");
        String ddl = "CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL, created_at TIMESTAMPTZ NOT NULL);\n"
                + "CREATE TABLE order_lines (order_id BIGINT NOT NULL REFERENCES orders(id), product_id BIGINT NOT NULL,\n"
                + "  quantity INT NOT NULL, PRIMARY KEY (order_id, product_id));";
        String pile = "DELETE UPDATE orders lines foreign key orders composite primary key order product tables design";

        assertThat(score(c, ddl)).isEqualTo(1.0);
        assertThat(score(c, pile)).isLessThan(0.3);
    }

    @Test
    void anAnswerWrittenAsHttpMessagesAndArrowedStepsIsStatementsNotKeywordSoup() {
        var c = challenge("What does the browser send for the cart, and what comes back?",
                "session cookie", "200 ok with text/html");
        String http = "GET /cart HTTP/2\n"
                + "Host: shop.example.com\n"
                + "Cookie: session=abc123\n"
                + "Accept: text/html\n"
                + "LB -> app server -> cart from Redis\n"
                + "HTTP/2 200 OK\n"
                + "Content-Type: text/html; charset=utf-8\n"
                + "Cache-Control: private, no-store";
        String pile = "session cookie 200 ok text html cart browser redis shop example host accept content type cache";

        assertThat(score(c, http)).isEqualTo(1.0);
        assertThat(score(c, pile)).isLessThan(0.3);
    }

    @Test
    void anAnswerWrittenAsConfigurationLinesIsStatementsNotKeywordSoupButAChainOfEqualsIsStillSoup() {
        var c = challenge("Which PostgreSQL settings make a slow statement show up, and with its plan?",
                "log_min_duration_statement", "auto_explain", "pg_stat_statements");
        String config = "shared_preload_libraries = 'pg_stat_statements,auto_explain'\n"
                + "log_min_duration_statement = 100ms\n"
                + "auto_explain.log_min_duration = 100ms\n"
                + "auto_explain.log_analyze = on\n"
                + "pg_stat_statements.track = all";
        String chained = "pg_stat_statements = auto_explain = log_min_duration_statement = shared_preload_libraries "
                + "= slow = plan = statement = settings = log = analyze = duration = track";

        assertThat(score(c, config)).isEqualTo(1.0);
        assertThat(score(c, chained)).isLessThan(0.3);
    }

    private static double score(Challenge challenge, String answer) {
        return GRADER.grade(GradingRequest.of(challenge, Answer.of(answer))).score().orElseThrow();
    }

    @Test
    void anOptionLetterAnswersTheOptionItNames() {
        var c = challenge("Status code for each. (a) A resource was created. (b) The username is already taken.",
                "409 for the taken username");
        assertThat(credit(c, "(a) 201 with a Location header\n(b) 409 Conflict")).isEqualTo(1.0);
        assertThat(credit(c, "(a) 409 Conflict\n(b) 201 with a Location header")).isLessThan(1.0);
    }

    @Test
    void anOptionLetterAloneDoesNotNearlySayWhatItsOptionLacks() {
        var c = challenge("Status code for each. (a) A resource was created. (b) The username is already taken.",
                "username already taken 409");
        assertThat(credit(c, "(a) 201 with a Location header\n(b) 409 Conflict")).isEqualTo(1.0);
        assertThat(credit(c, "(a) 201 with a Location header\n(b) 400 Bad Request")).as("400 is not the code")
                .isZero();
    }

    @Test
    void notFollowedByAWordIsTheSameAsItsUnPrefixedForm() {
        var c = challenge("When 401 and when 403?", "401 means unauthenticated");
        assertThat(credit(c, "401 means the caller is not authenticated, 403 means it is not allowed.")).isEqualTo(1.0);
    }

    @Test
    void aClaimTheAnswerDeclaresFalseDoesNotMeetTheCriterion() {
        var c = challenge("Which methods are idempotent?", "PUT is idempotent");
        assertThat(credit(c, "PUT is idempotent, so a client may retry it.")).isEqualTo(1.0);
        assertThat(credit(c, "It is false that PUT is idempotent, so a client must never retry it.")).isZero();
        assertThat(credit(c, "It is not true that PUT is idempotent, so a client must never retry it.")).isZero();
    }

    @Test
    void theSubjectOfOneSentenceCarriesToTheNext() {
        var c = challenge("Where does the payment call go?", "no remote calls inside the transaction");
        assertThat(credit(c, "Keep the transaction short and local. No remote calls inside.")).isEqualTo(1.0);
        assertThat(credit(c, "Keep the transaction short. The retry loop is elsewhere. No remote calls inside.")).isLessThan(1.0);
    }

    @Test
    void wordsThatInsteadOfSetsAsideDoNotSayThePhrase() {
        var c = challenge("What happens to discontinued products?", "delete the rows");
        assertThat(credit(c, "Delete the rows instead of keeping a flag.")).isEqualTo(1.0);
        assertThat(credit(c, "Mark the rows inactive instead of deleting them.")).isZero();
        assertThat(credit(c, "Mark the rows inactive rather than deleting them.")).isZero();
        var enough = challenge("Do we need a load balancer?", "round robin is enough");
        assertThat(credit(enough, "Round robin instead of a balancer, that is enough.")).isEqualTo(1.0);
    }

    @Test
    void aSentenceBorrowsAWordFromTheOneBeforeOnlyWhenItSaysThreeOfThePhrasesWordsItself() {
        var c = challenge("Why is the login query slow?", "index on lower(email)");
        assertThat(credit(c, "We add an index on lower(email).")).isEqualTo(1.0);
        assertThat(credit(c, "The query calls lower on the address. The index on email is ignored.")).isZero();
    }

    @Test
    void aLineOfAFencedCodeBlockIsAStatementOfItsOwnHoweverLong() {
        String lines = "UPDATE products SET price = 25 WHERE id = 42 -- and no invalidation at all\n"
                + "GET product:42 -- the second read returns the old price from Redis\n";
        var prose = TextAnalyzer.content(lines);
        assertThat(prose.sentences[prose.size - 1]).as("a long line runs on, as hard-wrapped prose does")
                .isEqualTo(prose.sentences[0]);
        var code = TextAnalyzer.content("```\n" + lines + "```");
        assertThat(code.sentences[code.size - 1]).as("in a fenced block each line stands alone")
                .isGreaterThan(code.sentences[0]);
    }

    @Test
    void layoutDoesNotChangeTheGrade() {
        var c = challenge("Where does the payment call go?", "payment provider call happens after the commit");
        String flowing = "We insert the order as pending and commit it right away, and only then the payment provider call happens after the commit, with a timeout.";
        String wrapped = "We insert the order as pending and commit it right away, and only\nthen the payment provider call happens after the\ncommit, with a timeout.";
        String softHyphens = flowing.replace("payment", "pay\u00ADment").replace("provider", "pro\u00ADvider");
        String windows = wrapped.replace("\n", "\r\n");
        double expected = credit(c, flowing);
        assertThat(expected).isEqualTo(1.0);
        assertThat(credit(c, wrapped)).isEqualTo(expected);
        assertThat(credit(c, softHyphens)).isEqualTo(expected);
        assertThat(credit(c, windows)).isEqualTo(expected);
        String emoji = flowing.replace("payment provider call happens after the commit",
                "payment \uD83D\uDCB3 provider \uD83D\uDCB3 call \u2705 happens \uD83D\uDE80 after \u2705 the \u2705 commit");
        assertThat(credit(c, emoji)).as("emoji between words say nothing and keep no words apart").isEqualTo(expected);
    }

    @Test
    void aVerbalNegationEarlierInTheClauseDeniesAMisconceptionButWithoutDeniesOnlyWhatFollowsIt() {
        var misconception = new Misconception("list-in-column", "Keeps ids in a column.",
                List.of(Evidence.of("comma separated list of ids")), "Use a junction table.");
        var latest = new Misconception("default-latest", "Sends unversioned requests to the latest version.",
                List.of(Evidence.of("default to the latest version")), "Default to the oldest.");
        var base = challenge("Model many-to-many.", "junction table");
        var c = new Challenge(base.id(), base.conceptId(), base.level(), base.topicId(), List.of(), base.prompt(),
                base.rubric(), List.of(misconception, latest), "unused", List.of(), List.of(), List.of(), List.of());
        assertThat(detected(c, "What you don't do is keep a comma-separated list of ids in a column.")).isEmpty();
        assertThat(detected(c, "Just keep a comma-separated list of ids in a column.")).containsExactly("list-in-column");
        assertThat(detected(c, "Requests without a version should default to the latest version."))
                .containsExactly("default-latest");
    }

    private static List<String> detected(Challenge c, String answer) {
        return GRADER.grade(GradingRequest.of(c, Answer.of(answer))).misconceptions().stream()
                .map(m -> m.misconceptionId()).toList();
    }
}
