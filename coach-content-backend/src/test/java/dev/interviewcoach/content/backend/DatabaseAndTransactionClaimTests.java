package dev.interviewcoach.content.backend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.CriterionResult;
import dev.interviewcoach.api.DetectedMisconception;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.core.Graders;
import dev.interviewcoach.spi.GradingRequest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The classic confident wrong claims of the databases and transactions challenges cost: each one,
 * said in one sentence, is detected as its misconception, while a sentence that rejects it is not
 * taken for it; and a criterion's words said inside such a claim earn that criterion nothing.
 */
class DatabaseAndTransactionClaimTests {
    /** A wrong claim as a junior would state it, and a sentence a strong answer would use to reject it. */
    record Claim(String challengeId, String misconceptionId, String claim, String rejection) {
        @Override
        public String toString() {
            return challengeId + " / " + misconceptionId;
        }
    }

    /** A sentence that makes a wrong claim in the words of a criterion's evidence. */
    record Contradiction(String challengeId, String criterionId, String sentence) {
        @Override
        public String toString() {
            return challengeId + " / " + criterionId;
        }
    }

    static Stream<Claim> claims() {
        return Stream.of(
                new Claim("databases.define.relationships", "fk-on-one-side",
                        "I'd put the foreign key on the one side.",
                        "The foreign key goes on the many side, not on the one side."),
                new Claim("databases.define.primary-foreign-key", "several-primary-keys",
                        "A table can have multiple primary keys, like id and email.",
                        "A composite primary key has more than one column but there is still only one primary key."),
                new Claim("databases.define.index", "index-always-used",
                        "Once the index exists the database always uses the index for that column.",
                        "The database does not always use the index; the planner picks by cost."),
                new Claim("databases.define.migration", "orm-auto-ddl",
                        "We set ddl-auto=update so Hibernate keeps every environment in sync.",
                        "Don't use ddl-auto=update in production; use Flyway migrations."),
                new Claim("databases.tradeoffs.composite-index", "column-order-irrelevant",
                        "In a composite index the column order doesn't matter.",
                        "Column order matters: customer_id first, then created_at."),
                new Claim("databases.tradeoffs.relational-vs-document", "schemaless-no-schema",
                        "Mongo is schemaless so we can skip the schema design and the migrations.",
                        "Schemaless doesn't mean you can skip schema design."),
                new Claim("databases.debug.orphaned-orders", "cascade-the-delete",
                        "I'd add the foreign key with ON DELETE CASCADE.",
                        "I would not add ON DELETE CASCADE, orders are financial records."),
                new Claim("databases.debug.lower-email-index", "analyze-fixes-it",
                        "The statistics are stale, run ANALYZE and it will use the index.",
                        "It's not an ANALYZE problem: the existing index stores raw values."),
                new Claim("databases.design.order-schema", "float-money",
                        "I'd store the price as a float.",
                        "Never store money as a float; use numeric."),
                new Claim("databases.pressure.add-required-column", "placeholder-default",
                        "ALTER TABLE customers ADD COLUMN region text NOT NULL DEFAULT 'unknown'.",
                        "A constant default is instant, but region depends on the address, so a placeholder would be wrong data."),
                new Claim("transactions.define.acid", "atomicity-is-isolation",
                        "Atomicity prevents concurrent access to the accounts.",
                        "Atomicity is all or nothing; keeping other transactions from interfering is isolation."),
                new Claim("transactions.define.read-anomalies", "wrong-default-level",
                        "PostgreSQL defaults to repeatable read.",
                        "MySQL defaults to repeatable read while Postgres uses read committed."),
                new Claim("transactions.define.locking", "for-update-blocks-reads",
                        "SELECT FOR UPDATE blocks reads, so nobody can read the row until I commit.",
                        "Plain selects are not blocked by FOR UPDATE, only other writers."),
                new Claim("transactions.tradeoffs.isolation-levels", "rr-prevents-write-skew",
                        "Repeatable read prevents write skew in Postgres.",
                        "Repeatable read does not prevent write skew; only serializable does."),
                new Claim("transactions.tradeoffs.optimistic-vs-pessimistic", "lock-across-think-time",
                        "Lock the row while the user edits the product.",
                        "Never lock the row while the user edits; use a version column."),
                new Claim("transactions.debug.partial-transfer", "manual-undo",
                        "I'd catch the exception and add the money back to the sender.",
                        "Don't undo the debit in a catch block; the SIGTERM case never reaches it."),
                new Claim("transactions.design.room-booking", "unique-start-time",
                        "A unique (room_id, start_at) prevents double booking.",
                        "A unique constraint on room and start time does not prevent partial overlaps."),
                new Claim("transactions.design.checkout-boundaries", "two-phase-commit",
                        "I'd wrap it in an XA transaction.",
                        "Two-phase commit with the provider isn't possible over its HTTP API."),
                new Claim("transactions.design.flash-sale-stock", "read-then-decrement",
                        "Read the stock then decrement in code and save it.",
                        "Don't read the stock then decrement in code; that oversells."),
                new Claim("transactions.design.order-events-outbox", "publish-inside-transaction",
                        "Send the event before commit.",
                        "Never publish inside the transaction."),
                new Claim("transactions.design.order-events-outbox", "exactly-once-broker",
                        "The broker guarantees exactly once delivery.",
                        "There is no exactly-once delivery end to end."),
                new Claim("databases.define.relationships", "fk-on-both-sides",
                        "For many to many each table has a foreign key to the other.",
                        "The junction table has a foreign key to each of the other tables."),
                new Claim("databases.define.primary-foreign-key", "cascade-by-default",
                        "By default deleting a customer deletes their orders.",
                        "The foreign key does not cascade by default; the delete is refused."),
                new Claim("databases.define.index", "only-disk-cost",
                        "The only cost is disk space.",
                        "Disk space is not the only cost; writes get slower too."),
                new Claim("databases.define.explain", "seq-scan-always-bad",
                        "A seq scan is always bad, it means you forgot an index.",
                        "A seq scan is not always bad: on a small table it is cheaper."),
                new Claim("databases.define.explain", "cost-is-milliseconds",
                        "The cost is in milliseconds.",
                        "The cost is not in milliseconds, it is in arbitrary planner units."),
                new Claim("databases.define.n-plus-one", "index-fixes-it",
                        "You can fix the N+1 with an index on the customer id.",
                        "An index won't fix the N+1, the round trips are the cost."),
                new Claim("databases.define.migration", "tool-diffs-schema",
                        "Flyway compares the current schema with the code and applies the difference.",
                        "Flyway never compares the current schema with the code; it reads its history table."),
                new Claim("databases.tradeoffs.normalize-vs-denormalize", "normalization-saves-space",
                        "Normalization is only about saving space, disks are cheap now.",
                        "Normalization isn't about saving disk space; it keeps each fact in one place."),
                new Claim("databases.tradeoffs.normalize-vs-denormalize", "snapshot-is-duplication",
                        "The price should come from the products table with a join.",
                        "The order price should not come from the products table; it is a snapshot."),
                new Claim("databases.tradeoffs.natural-vs-surrogate", "surrogate-replaces-unique",
                        "With a surrogate key the unique constraint on email is redundant.",
                        "The surrogate key doesn't make the unique constraint on email redundant."),
                new Claim("databases.tradeoffs.natural-vs-surrogate", "natural-keys-always-wrong",
                        "Natural keys are always a bad idea.",
                        "Natural keys are not always a bad idea: country codes are fine."),
                new Claim("databases.tradeoffs.composite-index", "serves-second-column-alone",
                        "The composite index also serves queries on created_at alone.",
                        "It serves customer_id alone but it does not serve queries on created_at alone."),
                new Claim("databases.tradeoffs.seq-vs-index-scan", "index-is-broken",
                        "The index is probably corrupted, so rebuild the index.",
                        "The index is not corrupted; the planner chose by cost."),
                new Claim("databases.tradeoffs.seq-vs-index-scan", "index-better-for-many-rows",
                        "An index scan is better when most rows match.",
                        "An index scan is not better when most rows match; the seq scan wins then."),
                new Claim("databases.tradeoffs.n-plus-one-fixes", "join-everything",
                        "I'd fetch join both associations so it's one query.",
                        "I would not fetch join both associations, the comments go in a second query."),
                new Claim("databases.tradeoffs.rename-column", "rename-locks-table",
                        "The rename rewrites the whole table so it's slow.",
                        "The rename doesn't rewrite the whole table, it is metadata only."),
                new Claim("databases.tradeoffs.rename-column", "code-first-then-rename",
                        "Deploy the new code first and then rename the column.",
                        "You can't deploy the new code first and then rename, it breaks in between."),
                new Claim("databases.tradeoffs.relational-vs-document", "documents-handle-relations",
                        "MongoDB handles relations just as well, you just embed everything in one document.",
                        "Document databases don't handle relationships just as well."),
                new Claim("databases.debug.tags-in-a-column", "search-engine-fixes-it",
                        "Just add a trigram index on tags and the search is fixed.",
                        "A trigram index on tags would not fix the wrong matches."),
                new Claim("databases.debug.orphaned-orders", "delete-the-orphans",
                        "I'd get rid of the orphaned orders and then add the foreign key.",
                        "Don't delete the orphaned orders; restore the customers from a backup."),
                new Claim("databases.debug.lower-email-index", "ilike-uses-index",
                        "Switch to ILIKE, it is case-insensitive and the index still works.",
                        "Switching to ILIKE doesn't help, it can't use the index either."),
                new Claim("databases.debug.read-the-plan", "stale-statistics",
                        "The statistics are stale, run ANALYZE to fix it.",
                        "The statistics are not stale: 498 estimated against 512 actual."),
                new Claim("databases.debug.read-the-plan", "created-at-only-index",
                        "Add an index on created_at alone for the sort.",
                        "Not an index on created_at alone; customer_id must come first."),
                new Claim("databases.debug.n-plus-one-log", "cache-the-lookups",
                        "I'd cache the customers in Redis.",
                        "Don't cache the customers; load them with a join."),
                new Claim("databases.debug.n-plus-one-log", "database-is-slow",
                        "The database is overloaded, we need a bigger database.",
                        "The database is not overloaded, each statement takes 0.4 ms."),
                new Claim("databases.debug.create-index-blocks-writes", "deadlock-misread",
                        "It was a deadlock between the index and the inserts.",
                        "It was not a deadlock, the writers just queued behind the lock."),
                new Claim("databases.debug.create-index-blocks-writes", "concurrently-in-transaction",
                        "Run create index concurrently in the same transaction as the other changes.",
                        "Create index concurrently cannot run inside a transaction block."),
                new Claim("databases.design.order-schema", "delete-discontinued-products",
                        "We delete discontinued products and use on delete cascade on product_id.",
                        "Products are never deleted once ordered; discontinued products get a timestamp."),
                new Claim("databases.design.key-strategy", "global-unique-email",
                        "The email must be unique across all tenants.",
                        "The email is not globally unique, only unique per tenant."),
                new Claim("databases.design.index-plan", "index-the-report",
                        "I'd also add an index on created_at for Q4.",
                        "No index for Q4, it runs once a month."),
                new Claim("databases.design.index-plan", "plain-payment-index",
                        "A normal index on payment_ref is enough for the webhook.",
                        "Not a normal index on payment_ref, a unique one."),
                new Claim("databases.design.slow-query-workflow", "copy-production-data",
                        "We restore a prod backup into staging every night.",
                        "We can't copy production data to staging, so we generate it."),
                new Claim("databases.design.orders-page-loading", "eager-mapping",
                        "Set the associations to eager so everything comes along.",
                        "I would not set the associations to eager; they stay lazy."),
                new Claim("databases.design.orders-page-loading", "shipment-query-per-order",
                        "Then loop over the orders and load the shipment.",
                        "Don't loop over the orders and load the shipment, that is N+1."),
                new Claim("databases.design.unique-email-migration", "index-before-cleanup",
                        "Create the unique index first, then merge the duplicates.",
                        "You can't create the unique index first, the build fails on duplicates."),
                new Claim("databases.pressure.json-blob", "json-keeps-constraints",
                        "Postgres enforces foreign keys in jsonb, so integrity is fine.",
                        "Postgres doesn't enforce foreign keys in jsonb."),
                new Claim("databases.pressure.json-blob", "json-always-wrong",
                        "JSON columns are always a mistake.",
                        "JSON columns are not always a mistake; webhook payloads fit."),
                new Claim("databases.pressure.uuid-vs-bigint", "random-uuid-free",
                        "Random UUIDs insert just as fast, so v4 is fine.",
                        "Random UUIDs don't insert just as fast; use v7."),
                new Claim("databases.pressure.uuid-vs-bigint", "bigint-runs-out",
                        "I'd pick UUID because bigint will run out.",
                        "Bigint will never run out in practice."),
                new Claim("databases.pressure.ignored-index", "select-star-blocks-index",
                        "It's because of the select *, list the columns.",
                        "Select * doesn't stop the index, it only rules out an index-only scan."),
                new Claim("databases.pressure.ignored-index", "index-only-for-unique",
                        "Indexes only work on unique columns.",
                        "It is a myth that indexes only work on unique columns."),
                new Claim("databases.pressure.n-plus-one-explain", "explain-detects-it",
                        "I'd run explain to find the N+1.",
                        "Explain won't show the N+1, every single plan looks fine."),
                new Claim("databases.pressure.n-plus-one-explain", "cache-fixes-it",
                        "Turn on the query cache.",
                        "Turning on the query cache doesn't fix it."),
                new Claim("databases.pressure.add-required-column", "backfill-before-code",
                        "Backfill first, then deploy the code.",
                        "Deploy the code first, then backfill."),
                new Claim("databases.pressure.index-everything", "unused-indexes-free",
                        "The planner just ignores the unused ones, so unused indexes cost nothing.",
                        "Unused indexes are not free: every write still maintains them."),
                new Claim("transactions.define.acid", "isolation-is-serial",
                        "Isolation means transactions run one at a time.",
                        "Isolation does not mean transactions run one at a time."),
                new Claim("transactions.define.boundaries", "transaction-per-statement",
                        "Each repository method has its own transaction.",
                        "Not a transaction per repository call; the service method owns it."),
                new Claim("transactions.define.boundaries", "external-call-inside",
                        "Send the confirmation email inside the transaction so it rolls back.",
                        "Never send the confirmation email inside the transaction."),
                new Claim("transactions.define.locking", "version-checked-in-code",
                        "Read the row, check the version in the application before saving.",
                        "Don't check the version in the application before saving; put it in the WHERE."),
                new Claim("transactions.define.idempotent-writes", "updates-always-idempotent",
                        "Updates are always idempotent.",
                        "Balance = balance + 10 is not idempotent."),
                new Claim("transactions.define.idempotent-writes", "key-stored-separately",
                        "I'd record the key after the credit.",
                        "Never store the key in a separate transaction."),
                new Claim("transactions.define.eventual-consistency", "replication-is-synchronous",
                        "Replication is synchronous, so the replica has it right away.",
                        "Replication is asynchronous by default."),
                new Claim("transactions.define.eventual-consistency", "read-your-writes-for-everyone",
                        "Read your writes means everyone sees the new value.",
                        "Read-your-writes doesn't mean all users see the new value immediately."),
                new Claim("transactions.tradeoffs.constraints-vs-app-checks", "constraints-too-slow",
                        "Foreign keys kill performance, so I'd check in code.",
                        "Constraints are not too slow; the overhead is modest."),
                new Claim("transactions.tradeoffs.batch-commit-size", "per-row-commit-fastest",
                        "Committing each row is the quickest.",
                        "Per-row commits are not faster, each one waits for a log flush."),
                new Claim("transactions.tradeoffs.batch-commit-size", "batches-still-atomic",
                        "If one batch fails everything rolls back.",
                        "Batches are not all or nothing, earlier batches stay committed."),
                new Claim("transactions.tradeoffs.optimistic-vs-pessimistic", "atomic-update-racy",
                        "The update still needs a select for update first.",
                        "The conditional update does not need a select for update first."),
                new Claim("transactions.tradeoffs.dedup-strategies", "server-generates-key",
                        "The server generates the idempotency key.",
                        "The client generates the key, not the server."),
                new Claim("transactions.tradeoffs.dedup-strategies", "dedupe-by-body",
                        "Same body means duplicate, so we dedupe on the payload hash.",
                        "The same body doesn't mean a duplicate."),
                new Claim("transactions.tradeoffs.stock-status-copy", "events-in-order",
                        "Events always arrive in order, so just apply them.",
                        "Events don't always arrive in order, keep a version."),
                new Claim("transactions.tradeoffs.stock-status-copy", "distributed-transaction-copy",
                        "Update both databases in one transaction so the copy is exact.",
                        "You can't update both databases in one transaction."),
                new Claim("transactions.debug.partial-transfer", "concurrency-blamed",
                        "It's a race condition between transfers.",
                        "It is not a race condition between transfers."),
                new Claim("transactions.debug.write-skew-on-call", "count-for-update",
                        "Just do select count for update.",
                        "You can't do count(*) for update in Postgres."),
                new Claim("transactions.debug.write-skew-on-call", "serializable-no-retry",
                        "Serializable fixes it without retries.",
                        "Serializable doesn't make the second one wait; it aborts and you retry."),
                new Claim("transactions.debug.idle-in-transaction", "database-overloaded",
                        "The database is overloaded by the checkouts.",
                        "The database is not overloaded, the pool is exhausted."),
                new Claim("transactions.debug.idle-in-transaction", "deadlock-misread",
                        "The stock updates deadlocked.",
                        "It's not a deadlock, they wait on locks held by idle transactions."),
                new Claim("transactions.debug.lost-customer-edit", "version-not-incremented",
                        "They forgot to increment the version.",
                        "The version is incremented; the check is just not in the update."),
                new Claim("transactions.debug.duplicate-charges", "longer-client-timeout",
                        "Increase the client timeout so it stops retrying.",
                        "Increasing the client timeout won't fix the race."),
                new Claim("transactions.debug.duplicate-charges", "for-update-on-key",
                        "Use select for update on the key.",
                        "Select for update on the key doesn't help, there is no row yet."),
                new Claim("transactions.debug.ticket-list-lag", "page-cached",
                        "The browser is caching the list.",
                        "The page is not cached, the index is behind."),
                new Claim("transactions.design.wallet-transfers", "lock-sender-first",
                        "Always lock the sender first, then the receiver.",
                        "Don't lock the sender first; lock the lower id first."),
                new Claim("transactions.design.wallet-transfers", "balance-without-ledger",
                        "A balance column is enough, the ledger is overkill.",
                        "A balance column is not enough; keep a ledger too."),
                new Claim("transactions.design.room-booking", "lock-overlapping-rows",
                        "Select the overlapping bookings for update, then insert.",
                        "You can't lock the overlapping rows because they don't exist yet."),
                new Claim("transactions.design.checkout-boundaries", "email-in-request",
                        "Send the confirmation email right after the charge.",
                        "Never send the email in the request; use an outbox row."),
                new Claim("transactions.design.flash-sale-stock", "serializable-purchases",
                        "Run the sale at serializable so it can't oversell.",
                        "Not serializable for the purchases, it would abort most of them."),
                new Claim("transactions.design.payment-idempotency", "key-per-attempt",
                        "Each retry gets a new key.",
                        "The client must not generate a fresh key on every attempt."),
                new Claim("transactions.design.payment-idempotency", "charge-inside-transaction",
                        "Insert the key, call the processor, then commit.",
                        "Don't call the processor inside the transaction."));
    }

    static Stream<Contradiction> contradictions() {
        return Stream.of(
                new Contradiction("databases.define.relationships", "one-to-many",
                        "The foreign key goes on the one side and the child row points at its parent."),
                new Contradiction("databases.debug.lower-email-index", "cause",
                        "The seq scan happens because statistics are stale, the index is on email."),
                new Contradiction("databases.debug.create-index-blocks-writes", "cause",
                        "CREATE INDEX blocks reads and writes on the table."),
                new Contradiction("databases.design.orders-page-loading", "page-query",
                        "Write one query with all the joins: orders join customers join lines with limit 25."),
                new Contradiction("transactions.tradeoffs.constraints-vs-app-checks", "app-check-race",
                        "Select then insert in a transaction is safe because the database enforces it."),
                new Contradiction("transactions.tradeoffs.isolation-levels", "serializable",
                        "Repeatable read prevents write skew, like serializable."),
                new Contradiction("transactions.tradeoffs.dedup-strategies", "in-memory-cache",
                        "An in-memory set is enough as a cache in front of the database."),
                new Contradiction("transactions.debug.partial-transfer", "fix-transaction",
                        "On failure, undo the debit in a catch block."),
                new Contradiction("transactions.design.flash-sale-stock", "atomic-decrement",
                        "if stock > 0 then update the stock."),
                new Contradiction("transactions.design.order-events-outbox", "outbox",
                        "Publish to the broker within the transaction, in the same transaction as the order."));
    }

    private static Challenge challenge(String id) {
        return Tracks.BACKEND.challenge(id).orElseThrow(() -> new AssertionError("no challenge " + id));
    }

    private static Grade grade(Challenge challenge, String text) {
        return Graders.rubric().grade(GradingRequest.of(challenge, Answer.of(text)));
    }

    private static List<String> misconceptions(Grade grade) {
        return grade.misconceptions().stream().map(DetectedMisconception::misconceptionId).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("claims")
    void aConfidentWrongClaimInOneSentenceIsDetectedAsItsMisconception(Claim c) {
        var challenge = challenge(c.challengeId());
        assertThat(challenge.misconception(c.misconceptionId())).as("misconception " + c.misconceptionId()).isPresent();
        assertThat(misconceptions(grade(challenge, c.claim()))).as(c.claim()).contains(c.misconceptionId());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("claims")
    void aSentenceThatRejectsTheClaimIsNotTakenForAnyMisconception(Claim c) {
        assertThat(misconceptions(grade(challenge(c.challengeId()), c.rejection()))).as(c.rejection()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contradictions")
    void aCriterionsWordsInsideAWrongClaimEarnItNothing(Contradiction c) {
        var challenge = challenge(c.challengeId());
        assertThat(challenge.rubric().criterion(c.criterionId()).orElseThrow().counterEvidence())
                .as("counter-evidence of " + c.criterionId()).isNotEmpty();
        var credit = grade(challenge, c.sentence()).criteria().stream()
                .filter(r -> r.criterionId().equals(c.criterionId())).mapToDouble(CriterionResult::credit).findFirst().orElseThrow();
        assertThat(credit).as(c.sentence()).isZero();
    }
}
