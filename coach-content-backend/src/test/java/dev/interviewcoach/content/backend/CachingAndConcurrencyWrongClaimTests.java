package dev.interviewcoach.content.backend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.CriterionResult;
import dev.interviewcoach.api.DetectedMisconception;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.core.Graders;
import dev.interviewcoach.spi.GradingRequest;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The classic confident wrong claims of the caching and concurrency questions cost: each is caught
 * as its misconception when a candidate states it, and a sentence that rejects it is not taken for
 * it. Where a criterion's words also sit inside such a claim, the claim earns nothing for it.
 */
class CachingAndConcurrencyWrongClaimTests {

    static Stream<Arguments> wrongClaims() {
        return Stream.of(
                claim("caching.define.cache-aside", "cache-writes-db",
                        "On a write the app updates the cache and the cache writes it to the database.",
                        "In cache-aside the cache never writes to the database; the app updates the database itself and then deletes the key."),
                claim("caching.define.ttl-invalidation", "invalidation-makes-ttl-unneeded",
                        "If you invalidate on every write you don't need a TTL at all.",
                        "Even if you invalidate on every write, you still need a TTL because a delete can be lost."),
                claim("caching.define.cdn-vs-app", "cdn-static-only",
                        "A CDN only caches static files like images, it can't cache API responses.",
                        "A CDN is not only for static files; it can cache public API responses too."),
                claim("caching.tradeoffs.cache-aside", "write-behind-durable",
                        "Write-behind is durable enough, so I'd use write-behind for orders.",
                        "Never use write-behind for orders or payments, because unflushed writes are lost if the node dies."),
                claim("caching.tradeoffs.ttl-invalidation", "invalidation-always-fresh",
                        "Invalidation guarantees fresh data.",
                        "Invalidation does not guarantee fresh data: a batch job can bypass it."),
                claim("caching.tradeoffs.stale-data", "cache-balance-short-ttl",
                        "For the balance I'd cache the balance with a short TTL, like 5 seconds.",
                        "I would not cache the balance, not even with a short TTL."),
                claim("caching.tradeoffs.cdn-vs-app", "local-cache-shared",
                        "The in-process cache is shared across instances so they all see the same settings.",
                        "An in-process cache is not shared across instances, so each has its own copy."),
                claim("caching.tradeoffs.when-not-to-cache", "replica-speeds-query",
                        "Move it to a read replica, the replica makes the query faster.",
                        "A replica does not make the query faster; it only adds read capacity."),
                claim("caching.tradeoffs.lru-vs-lfu", "eviction-is-expiry",
                        "Eviction is the same as expiry, Redis removes keys when the TTL runs out.",
                        "Eviction is not the same as expiry: eviction happens when memory is full."),
                claim("caching.debug.cache-aside", "longer-ttl",
                        "The TTL of 600 seconds is too short, a longer TTL brings the hit ratio back.",
                        "Don't raise the TTL; cache the not found result instead."),
                claim("caching.debug.ttl-invalidation", "more-memory",
                        "More memory fixes the OOM.",
                        "More memory does not fix the OOM; it only delays it."),
                claim("caching.debug.stale-data", "delete-before-commit",
                        "The key was deleted before the commit, so a read refilled it with the old row.",
                        "The delete was not before the commit; the trace shows DEL after COMMIT."),
                claim("caching.debug.when-not-to-cache", "transaction-alone",
                        "A transaction alone prevents overselling, so wrap the handler in one.",
                        "A transaction alone does not prevent overselling under read committed."),
                claim("caching.design.cache-aside", "redis-never-down",
                        "Redis is always available because the cluster has replicas, so no fallback.",
                        "Never assume Redis is always available."),
                claim("caching.design.stale-data", "orders-during-outage",
                        "We still take orders when the db is down using cached prices.",
                        "When the db is down, checkout can't take orders; it returns 503."),
                claim("caching.design.cdn-vs-app", "private-cdn",
                        "Send Cache-Control private, private lets the CDN cache it per user.",
                        "Private means the CDN must not store it; only the browser may."),
                claim("caching.design.when-not-to-cache", "redis-as-ledger",
                        "Store balances in Redis with AOF so nothing is lost.",
                        "Never store balances in Redis; it is not the source of truth."),
                claim("caching.pressure.cache-aside", "delete-before-db",
                        "Delete the cache first, then update the database, so nobody reads the old value.",
                        "If you delete the key first and then update the database, a read in between re-caches the old row."),
                claim("caching.pressure.cdn-vs-app", "s-maxage-server",
                        "s-maxage is for the server, max-age for the browser.",
                        "s-maxage is not for the server; the s means shared."),
                claim("concurrency.define.race-condition", "transaction-prevents",
                        "A transaction fixes the race, so nothing else is needed.",
                        "It is a myth that a transaction prevents race conditions."),
                claim("concurrency.define.lock-deadlock", "contention-is-deadlock",
                        "A deadlock is when two requests want the same lock.",
                        "A deadlock is when two transactions each wait for a lock the other holds, so neither transaction can proceed."),
                claim("concurrency.define.dead-letter-queue", "dlq-forever",
                        "Messages stay in the DLQ forever until someone looks.",
                        "Messages don't stay in the DLQ forever: SQS drops them after the retention period."),
                claim("concurrency.define.backpressure", "same-as-rate-limit",
                        "Backpressure is just rate limiting.",
                        "Backpressure is not the same as rate limiting."),
                claim("concurrency.define.processes-threads-async-io", "more-threads",
                        "Use as many threads as possible, more threads is always faster.",
                        "More threads is not always faster: past the cores they only add context switches."),
                claim("concurrency.tradeoffs.race-fix-strategies", "plain-transaction",
                        "A plain transaction is enough: read the balance, check it, update it.",
                        "A plain transaction is not enough under read committed; both can read the same balance."),
                claim("concurrency.tradeoffs.sync-queue-batch", "queue-everything",
                        "I'd put all of them on a queue, it scales better.",
                        "I would not put all of them on a queue; the profile update is fast."),
                claim("concurrency.tradeoffs.retry-policies", "retry-safe-without-key",
                        "Retrying a payment is always safe since the provider will figure it out.",
                        "Retrying a payment is not always safe without an idempotency key."),
                claim("concurrency.tradeoffs.overload-strategies", "unbounded-queue",
                        "The queue absorbs any load, so there is no need to bound the queue.",
                        "An unbounded queue is not fine: if input stays above capacity the backlog never drains."),
                claim("concurrency.debug.transfer-deadlock", "drop-for-update",
                        "Remove the FOR UPDATE so the rows are not locked and nothing can deadlock.",
                        "Don't remove the FOR UPDATE; lock the rows in id order instead."),
                claim("concurrency.debug.duplicate-invoices", "fifo-exactly-once",
                        "Switch to a FIFO queue so it runs once, FIFO guarantees exactly once.",
                        "A FIFO queue does not prevent duplicates here, the visibility timeout still expires."),
                claim("concurrency.debug.poison-messages", "purge-queue",
                        "Purge the queue so the workers can catch up.",
                        "Do not purge the queue, it holds good orders."),
                claim("concurrency.design.webhook-delivery", "sync-delivery",
                        "Send webhooks synchronously when the order is created.",
                        "Never send webhooks synchronously inside the order request."),
                claim("concurrency.design.ingest-backpressure", "ack-before-durable",
                        "Respond 200 before persisting, then write to the database in the background.",
                        "Never respond 200 before persisting; ack only after the durable write."),
                claim("concurrency.pressure.duplicate-signups", "transaction-fixes-signup",
                        "Put the select and the insert in a transaction, a transaction fixes it.",
                        "It is not true that a transaction prevents the duplicate."),
                claim("concurrency.pressure.at-least-once-worker", "ack-first",
                        "Ack the message first so it is not redelivered, then charge.",
                        "Never ack the message first; acknowledge after the charge succeeded."),
                claim("concurrency.pressure.quota-backpressure-pushback", "quotas-prevent-overload",
                        "Our quotas cap the total, so the queue is optional.",
                        "Per-customer quotas don't cap the total: together they allow 6,000 a second."),
                claim("concurrency.pressure.quota-backpressure-pushback", "backpressure-is-a-rate-limit",
                        "Backpressure is a kind of rate limiting, so we already have it.",
                        "Backpressure is not a kind of rate limiting; it reacts to the actual load."),
                claim("caching.define.cache-aside", "preload-everything",
                        "With cache-aside you load all the data into the cache at startup so reads never miss.",
                        "In cache-aside you don't load all the data into the cache at startup; an entry appears after a miss."),
                claim("caching.define.stale-data", "invalidation-means-never-stale",
                        "If you invalidate on every write the cache is never stale.",
                        "Even if you invalidate on every write, the cache can still be stale for a moment."),
                claim("caching.define.stampede", "longer-ttl-prevents",
                        "Just raise the TTL, that fixes the stampede.",
                        "A longer TTL doesn't prevent a stampede, it only makes it rarer."),
                claim("caching.define.when-not-to-cache", "short-ttl-makes-safe",
                        "With a short TTL you can cache anything, even balances.",
                        "A short TTL does not make it safe to cache the balance."),
                claim("caching.tradeoffs.cache-aside", "cache-down-app-down",
                        "If Redis goes down the app goes down, so cache-aside is risky.",
                        "If Redis goes down the app does not go down, reads fall back to the database."),
                claim("caching.tradeoffs.stampede", "in-process-lock-global",
                        "An in-process lock means only one query in total hits the database.",
                        "An in-process lock does not mean only one query in total; each instance sends one."),
                claim("caching.tradeoffs.stampede", "lock-needs-no-timeout",
                        "The lock doesn't need a timeout since the rebuild is quick.",
                        "The lock needs a timeout in case the holder dies."),
                claim("caching.tradeoffs.when-not-to-cache", "replica-never-stale",
                        "A read replica is never stale, unlike Redis.",
                        "A read replica is stale too, because of replication lag."),
                claim("caching.tradeoffs.lru-vs-lfu", "lru-survives-scan",
                        "I'd stay with LRU, LRU keeps the popular products anyway.",
                        "LRU does not keep the popular products after the scan; LFU does."),
                claim("caching.debug.cache-aside", "negative-cache-forever",
                        "Cache the 404 forever so the bot never reaches the database.",
                        "Don't cache the 404 forever; give it a short TTL."),
                claim("caching.debug.stampede", "scale-out-api",
                        "We should scale out the API for the morning peak.",
                        "Scaling out the API would not help, it adds more rebuilds."),
                claim("caching.debug.cdn-vs-app", "vary-authorization-fix",
                        "Add Vary: Authorization, that fixes it because each user gets their own copy.",
                        "Adding Vary: Authorization is not a good fix: it fragments the cache per token."),
                claim("caching.debug.when-not-to-cache", "handler-lock",
                        "Put a mutex around the stock check and the oversell is gone.",
                        "A mutex around the stock check won't help while it reads the cache."),
                claim("caching.design.cache-aside", "long-ttl-with-invalidation",
                        "The TTL can be long since we delete the key on every write.",
                        "The TTL can't be long even though we delete the key on every write."),
                claim("caching.design.ttl-invalidation", "publish-before-commit",
                        "I'd publish first and commit afterwards so instances hear about it quickly.",
                        "Never publish before the commit; publish after it."),
                claim("caching.design.stampede", "plain-del-release",
                        "Release the lock with a plain DEL when done.",
                        "Don't release the lock with a plain DEL; check the token."),
                claim("caching.design.when-not-to-cache", "replica-for-transfer",
                        "Transfers can read the balance from the replica, lag is under a second.",
                        "Transfers must never read the balance from the replica."),
                claim("caching.pressure.cache-aside", "set-keeps-cache-correct",
                        "Set the new value so the cache is always correct.",
                        "Setting the new value does not keep the cache always correct; two writers race."),
                claim("caching.pressure.ttl-invalidation", "invalidation-no-ttl",
                        "If you invalidate you don't need a TTL.",
                        "Even if you invalidate, you still need a TTL as a safety net."),
                claim("caching.pressure.stale-data", "no-store-revalidates",
                        "no-store means revalidate every time.",
                        "no-cache means revalidate every time; no-store means never store."),
                claim("caching.pressure.stampede-lock-pushback", "finally-releases",
                        "The finally block always releases the lock, so it can't get stuck.",
                        "A finally block doesn't always release the lock: a killed process never runs it."),
                claim("caching.pressure.cdn-vs-app", "max-age-browser-only",
                        "max-age is only for the browser, s-maxage is for the CDN.",
                        "max-age is not only for the browser; the CDN uses it too unless s-maxage is set."),
                claim("caching.pressure.permissions-cache-pushback", "revocation-rare",
                        "Revocations are rare, so a few minutes is fine.",
                        "It doesn't matter that revocations are rare; a revoked user must lose access."),
                claim("concurrency.define.race-condition", "too-rare-to-matter",
                        "In practice the window is too small to matter.",
                        "The window is small, but it is not too small to matter at this traffic."),
                claim("concurrency.define.lock-deadlock", "crash-holds-db-lock",
                        "If the instance crashes the row stays locked forever.",
                        "If the instance crashes the row does not stay locked forever; the database releases it."),
                claim("concurrency.define.worker-queue", "ack-on-receive",
                        "The worker should ack as soon as it receives the message.",
                        "Never ack as soon as it receives the message; ack after sending."),
                claim("concurrency.define.dead-letter-queue", "dlq-on-first-failure",
                        "Any error goes straight to the DLQ.",
                        "Not every error goes straight to the DLQ; transient ones are retried first."),
                claim("concurrency.define.backpressure", "backpressure-is-autoscaling",
                        "Backpressure is basically autoscaling.",
                        "Backpressure is not autoscaling; it tells the producer to slow down."),
                claim("concurrency.define.processes-threads-async-io", "threads-isolated",
                        "Threads don't share memory, each one is isolated.",
                        "Threads share memory; each thread has its own stack memory though."),
                claim("concurrency.tradeoffs.race-fix-strategies", "lock-across-remote-call",
                        "Calling the external API inside the transaction is fine, it's only 2 seconds.",
                        "Calling the external API inside the transaction is not fine; do it before taking the lock."),
                claim("concurrency.tradeoffs.lock-scope", "long-lease-is-safe",
                        "Just use a TTL longer than the job and it's safe.",
                        "A TTL longer than the job is not enough; a GC pause can outlast it."),
                claim("concurrency.tradeoffs.sync-queue-batch", "longer-timeout",
                        "For the PDF, increase the timeout to 5 minutes and keep it simple.",
                        "Don't increase the timeout to 5 minutes; return 202 and use a worker."),
                claim("concurrency.tradeoffs.retry-policies", "jitter-unneeded",
                        "Backoff alone is enough, jitter is unnecessary.",
                        "Backoff alone is not enough, jitter is needed so workers don't retry together."),
                claim("concurrency.tradeoffs.overload-strategies", "never-reject",
                        "We should never reject a request, customers hate 503s.",
                        "It is not true that rejecting is always worse than waiting."),
                claim("concurrency.debug.oversold-stock", "app-mutex",
                        "Put a mutex around the checkout and it can't happen.",
                        "A mutex around the checkout won't help with 4 instances."),
                claim("concurrency.debug.transfer-deadlock", "serializable-fixes-deadlock",
                        "Switch to serializable to stop the deadlocks.",
                        "Switching to serializable would not stop the deadlocks."),
                claim("concurrency.debug.duplicate-invoices", "timeout-ends-duplicates",
                        "A longer timeout guarantees no duplicates.",
                        "A longer timeout does not guarantee no duplicates; make the handler idempotent."),
                claim("concurrency.debug.poison-messages", "scale-workers",
                        "Add more workers to catch up.",
                        "Adding more workers to catch up won't help, they crash too."),
                claim("concurrency.debug.unbounded-buffer", "early-ack-fine",
                        "Returning 200 right away is fine, the workers save it a moment later.",
                        "Returning 200 right away is not fine, the events are lost on a crash."),
                claim("concurrency.design.flash-sale-checkout", "read-then-decrement",
                        "Check the stock first, then decrement it.",
                        "Don't check the stock first and then decrement; do it in one UPDATE."),
                claim("concurrency.design.nightly-billing-once", "single-scheduler-instance",
                        "Turn off the scheduler on the other instances and it's fixed.",
                        "Just enabling the scheduler on one instance is not enough, it can crash."),
                claim("concurrency.design.thumbnail-pipeline", "retry-corrupt",
                        "Keep retrying failed images with backoff.",
                        "Don't keep retrying failed images; mark them failed."),
                claim("concurrency.design.webhook-delivery", "shared-queue-fine",
                        "One shared queue for all endpoints is fine.",
                        "One shared queue for all endpoints is not fine, a slow one blocks the workers."),
                claim("concurrency.design.ingest-backpressure", "queue-never-rejects",
                        "With Kafka the API can accept everything, so no 429s.",
                        "Kafka absorbs the burst, but past the lag budget we return 429."),
                claim("concurrency.pressure.duplicate-signups", "select-check-enough",
                        "The select check is enough, it must be something else.",
                        "The select check is not enough; two requests both pass it."),
                claim("concurrency.pressure.deadlock-retry-pushback", "retry-failed-statement",
                        "We retry only the statement that failed.",
                        "We don't retry only the statement that failed; we rerun the whole transaction."),
                claim("concurrency.pressure.deadlock-retry-pushback", "deadlocks-unavoidable",
                        "Deadlocks can't be prevented, so retrying is all you can do.",
                        "Deadlocks can be prevented with a consistent lock order."),
                claim("concurrency.pressure.at-least-once-worker", "dedupe-table-covers-charge",
                        "Our dedupe table stops the second charge, so no idempotency key is needed.",
                        "Our dedupe table doesn't stop the second charge if we crash after charging."),
                claim("concurrency.pressure.outage-retry-pushback", "redrive-all-at-once",
                        "Push all the jobs back at once once the CRM is up.",
                        "Don't push all the jobs back at once; throttle the redrive."),
                claim("concurrency.pressure.quota-backpressure-pushback", "lower-quotas-fix",
                        "Cutting the rate limits fixes it, 2 per second each.",
                        "Cutting the rate limits doesn't fix it, capacity varies."));
    }

    static Stream<Arguments> claimsInsideCriterionWords() {
        return Stream.of(
                Arguments.of("caching.define.ttl-invalidation", "invalidation",
                        "That way you don't need to bother deleting keys when something changes."),
                Arguments.of("caching.tradeoffs.stampede", "jitter",
                        "Randomize the ttl of the hot key so it never stampedes."),
                Arguments.of("caching.design.cdn-vs-app", "split",
                        "Send Cache-Control private, private lets the CDN cache it per user."),
                Arguments.of("caching.pressure.cache-aside", "order",
                        "Update the cache first, then the db."),
                Arguments.of("concurrency.pressure.quota-backpressure-pushback", "quotas-exceed-capacity",
                        "Every customer stays under its limit, so the total stays within capacity."));
    }

    private static Arguments claim(String challenge, String misconception, String claim, String rejection) {
        return Arguments.of(challenge, misconception, claim, rejection);
    }

    private static Challenge challenge(String id) {
        return Tracks.BACKEND.challenges().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no challenge " + id));
    }

    private static Grade grade(String challengeId, String text) {
        return Graders.rubric().grade(GradingRequest.of(challenge(challengeId), Answer.of(text)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("wrongClaims")
    void aConfidentWrongClaimIsCaughtAsItsMisconception(String challenge, String misconception, String claim, String rejection) {
        assertThat(grade(challenge, claim).misconceptions()).extracting(DetectedMisconception::misconceptionId)
                .as(claim).contains(misconception);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("wrongClaims")
    void aSentenceThatRejectsTheClaimIsNotTakenForIt(String challenge, String misconception, String claim, String rejection) {
        assertThat(grade(challenge, rejection).misconceptions()).extracting(DetectedMisconception::misconceptionId)
                .as(rejection).doesNotContain(misconception);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("claimsInsideCriterionWords")
    void theWordsOfAWrongClaimEarnNothingForTheCriterionTheyResemble(String challenge, String criterion, String claim) {
        assertThat(grade(challenge, claim).criteria()).filteredOn(r -> r.criterionId().equals(criterion))
                .extracting(CriterionResult::credit).as(claim).containsExactly(0.0);
    }
}
