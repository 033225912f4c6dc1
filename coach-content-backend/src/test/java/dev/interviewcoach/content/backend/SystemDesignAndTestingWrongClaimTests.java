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
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The classic confident wrong claims of the system-design and testing challenges (and the boss
 * question) cost the answer, while a sentence that rejects the same claim does not; and a wrong
 * claim whose words belong to a criterion earns that criterion nothing, while the correct statement
 * still does.
 */
class SystemDesignAndTestingWrongClaimTests {
    /** A misconception, a one-sentence confident claim of it, and a sentence that rejects it. */
    record Claim(String challenge, String misconception, String wrong, String rejecting) {
        @Override
        public String toString() {
            return challenge + " / " + misconception;
        }
    }

    /** A criterion, a wrong claim made with its words, and a correct sentence that earns it. */
    record Counter(String challenge, String criterion, String wrong, String right) {
        @Override
        public String toString() {
            return challenge + " / " + criterion;
        }
    }

    static Stream<Claim> claims() {
        return Stream.of(
                new Claim("system-design.define.horizontal-scaling", "vertical-is-more-machines",
                        "Vertical scaling means more servers in the cluster.",
                        "Vertical scaling is not adding more servers, it is making one server bigger."),
                new Claim("system-design.define.rate-limiting", "wrong-status-for-limit",
                        "When the client is over the limit we return 503 so it knows to stop.",
                        "Return 429, not 503, because 503 means the whole service is down."),
                new Claim("system-design.tradeoffs.lb-algorithms", "round-robin-load-aware",
                        "Round robin picks the least busy server each time.",
                        "Round robin never checks the load, least connections picks the least busy one."),
                new Claim("system-design.tradeoffs.read-scaling", "replicas-always-fresh",
                        "Replicas are always in sync with the primary so reads are fine.",
                        "Replicas are not always up to date, there is replication lag."),
                new Claim("system-design.tradeoffs.sync-vs-async", "email-in-transaction",
                        "Send the email in the same transaction so if the email fails we roll back the order.",
                        "Never send the email inside the transaction, an email cannot be rolled back."),
                new Claim("system-design.design.black-friday-scale-out", "database-assumed-fine",
                        "The database should be fine since it is PostgreSQL.",
                        "Don't assume the database will be fine: 16 x 20 is 320 connections."),
                new Claim("system-design.pressure.health-check-depth", "check-everything",
                        "The health check should test everything, the database, Redis and all the other services.",
                        "Don't check every dependency or one Redis outage takes out the whole fleet."),
                new Claim("testing.tradeoffs.contracts-e2e-schema", "schema-is-just-docs",
                        "OpenAPI can't catch breaking changes, it is only docs.",
                        "OpenAPI can catch breaking changes once you diff it in CI."),
                new Claim("testing.pressure.coverage-pushback", "coverage-means-tested",
                        "Coverage proves the code works, so the integration tests can go.",
                        "Coverage doesn't prove the code works; it only shows which lines ran."),
                new Claim("testing.pressure.coverage-pushback", "mocks-check-the-sql",
                        "The mocks test the SQL already, so the database tests repeat them.",
                        "The mocks never test the SQL; the query only runs against a real PostgreSQL."),
                new Claim("testing.pressure.contract-freeze-pushback", "contract-freezes-everything",
                        "Adding a field breaks the contract, so the consumers block us.",
                        "Adding a field doesn't break the contract; only removing a field that a consumer reads does."),
                new Claim("testing.pressure.contract-freeze-pushback", "versioning-replaces-contracts",
                        "Versioning makes contract tests unnecessary.",
                        "Versioning doesn't make contract tests unnecessary: v1 must still behave exactly as before."),
                new Claim("system-design.pressure.jwt-session-pushback", "logout-kills-the-token",
                        "Logout invalidates the JWT, so support just signs the user out.",
                        "Logout doesn't invalidate the JWT; a copied token works until it expires."),
                new Claim("system-design.pressure.jwt-session-pushback", "jwt-is-encrypted",
                        "The JWT is encrypted, so the roles and the cart are private.",
                        "A JWT is signed, not encrypted, so anyone holding it can read the cart."),
                new Claim("system-design.pressure.own-app-rate-limit-pushback", "key-keeps-others-out",
                        "The API key keeps everyone else out, so nobody else can call the API.",
                        "It's a myth that the API key keeps everyone else out; anyone can pull it out of the binary."),
                new Claim("system-design.pressure.own-app-rate-limit-pushback", "client-side-throttling-is-enough",
                        "We can throttle in the app instead and skip the server.",
                        "Never throttle in the app instead of the server; scripts ignore the app."),
                new Claim("testing.tradeoffs.symptom-vs-cause-alerts", "cpu-pages",
                        "High CPU means the server is in trouble so it should page.",
                        "High CPU does not mean the server is in trouble; a batch job can run at 85% and hurt nobody."),
                new Claim("testing.tradeoffs.log-metric-trace", "logs-are-enough",
                        "Logging is enough, we can search Kibana later.",
                        "Logging alone is not enough at 2,000 requests per second; count with a metric."),
                new Claim("system-design.define.load-balancer-l4-l7", "tls-only-at-l7",
                        "The big difference is that only L7 can terminate TLS.",
                        "Some L4 balancers can terminate TLS as well, so that is not the difference."),
                new Claim("system-design.define.stateless-service", "http-makes-it-stateless",
                        "HTTP is stateless so the service is stateless by definition.",
                        "HTTP is stateless, but that doesn't make the service stateless if it keeps sessions in memory."),
                new Claim("system-design.define.connection-pool", "one-pool-for-all-instances",
                        "All instances share the same pool, so 20 connections in total.",
                        "Instances don't share one pool; each has its own, so it is instances times pool size."),
                new Claim("system-design.define.object-storage", "bytes-in-database",
                        "I'd store the image bytes in the database so every server can read them.",
                        "Don't store the image bytes in the database, only the key."),
                new Claim("system-design.tradeoffs.session-state", "jwt-revoked-at-logout",
                        "A JWT is easy to revoke.",
                        "With Redis logout is immediate; a JWT is hard to revoke."),
                new Claim("system-design.tradeoffs.rate-limit-algorithms", "token-bucket-stores-every-request",
                        "The token bucket stores every timestamp so it needs lots of memory.",
                        "The sliding log stores every timestamp, the token bucket keeps only two numbers."),
                new Claim("system-design.tradeoffs.read-scaling", "replicas-fix-slow-queries",
                        "A replica fixes the slow query since it has its own CPU.",
                        "A replica won't fix the slow query, it runs the same plan."),
                new Claim("system-design.debug.hot-vote-counter", "called-a-deadlock",
                        "The votes are deadlocking on the polls table.",
                        "It is not a deadlock on the polls row, they just queue for one lock."),
                new Claim("system-design.debug.rate-limit-keyed-by-lb-ip", "trust-leftmost-forwarded-ip",
                        "Take the first IP in X-Forwarded-For, that is the client.",
                        "Don't trust whatever X-Forwarded-For says, only the entry our load balancer added."),
                new Claim("system-design.debug.sync-call-chain", "weakest-link-availability",
                        "Checkout is as available as its weakest service, so 99.5%.",
                        "Availability multiplies, 0.995^6 is about 97%."),
                new Claim("system-design.design.lb-for-public-api", "no-zone-headroom",
                        "Two instances per zone is enough for the peak.",
                        "3000/800 is about 4 instances, but a zone can fail, so 4 per zone."),
                new Claim("system-design.design.black-friday-scale-out", "transaction-prevents-duplicates",
                        "The order is one transaction, so the transaction prevents duplicate orders.",
                        "The transaction does not prevent duplicate orders on a retry; the client-generated id does."),
                new Claim("system-design.design.read-heavy-catalog", "more-replicas-fix-lag",
                        "During the import add replicas to reduce the lag.",
                        "More replicas don't fix the lag, each one replays the same writes."),
                new Claim("system-design.pressure.health-check-depth", "liveness-checks-the-database",
                        "The liveness probe should check the database so a broken instance is restarted.",
                        "The liveness probe should not check the database; readiness does that."),
                new Claim("system-design.pressure.jwt-session-pushback", "short-expiry-is-revocation",
                        "Agreed, a short expiry solves revocation, so we can drop Redis.",
                        "A short expiry doesn't solve revocation, the hijacker still has minutes."),
                new Claim("system-design.pressure.back-of-envelope", "app-servers-serve-photos",
                        "The app servers serve the photos from the bucket.",
                        "Serve the photos from a CDN in front of object storage, not through the app servers."),
                new Claim("testing.define.unit-vs-integration", "integration-with-mocked-repository",
                        "An integration test with a mocked repository checks the service and the repository together.",
                        "An integration test doesn't mock the repository; it runs against a real Postgres."),
                new Claim("testing.define.test-doubles", "stub-and-mock-swapped",
                        "A stub verifies that send was called, a mock just returns canned answers.",
                        "A stub returns canned answers and a mock verifies the calls."),
                new Claim("testing.define.failure-mode-thinking", "accepted-means-delivered",
                        "If the API returns 200 the user got the email.",
                        "A 200 doesn't mean the email was delivered; it can bounce."),
                new Claim("testing.tradeoffs.mock-fake-real", "fake-equals-real",
                        "The fake behaves exactly like the real database.",
                        "The fake can drift from the real one, so run the same suite against both."),
                new Claim("testing.tradeoffs.log-metric-trace", "count-from-traces",
                        "Use the traces to count failures per provider.",
                        "Traces are sampled so I'd never count from them."),
                new Claim("testing.tradeoffs.fail-open-closed", "fraud-check-fails-open",
                        "If fraud scoring is down, skip the fraud check and charge.",
                        "Never skip the fraud check; hold the order instead."),
                new Claim("testing.debug.fake-repository-drift", "normalizing-is-enough",
                        "Lowercasing the email is enough to fix it.",
                        "Lowercasing the email is not enough, also catch the unique violation."),
                new Claim("testing.debug.pact-verification-failure", "skipping-once-is-fine",
                        "Skipping verification once is fine if we tell the order team.",
                        "The author proposes skipping the verification step for this release, but that ships the break."),
                new Claim("testing.debug.metric-cardinality-explosion", "blames-traffic",
                        "There was a traffic spike after the release.",
                        "Memory grows with the number of series rather than with traffic."),
                new Claim("testing.design.confirmation-doubles", "duplicate-events-impossible",
                        "The queue delivers each event once, so that's covered.",
                        "The queue doesn't deliver each event once, so test it twice."),
                new Claim("testing.design.export-worker-telemetry", "queue-depth-is-enough",
                        "Queue depth is enough for the alert.",
                        "Queue depth is not enough; alert on the age of the oldest job."),
                new Claim("testing.design.stadium-gate-scanning", "admit-everyone-offline",
                        "Admit everyone while offline and sort it out later.",
                        "If the service is down, the scanner checks the signature offline, lets people in and queues the scan."),
                new Claim("testing.pressure.coverage-pushback", "staging-catches-it",
                        "Fair, staging will catch the SQL bugs anyway.",
                        "The lead says the integration tests are a waste of CI minutes, but coverage only says which lines ran."),
                new Claim("testing.pressure.mock-vs-stub", "stub-verifies-the-email",
                        "Use a stub to verify the email went out once.",
                        "Stub the user lookup and verify send was called exactly once with a mock."),
                new Claim("testing.pressure.sli-slo-sla", "sla-stricter-than-slo",
                        "The SLA is stricter than the SLO, it is what we promise.",
                        "The SLA is looser than the SLO, like 99.5% against 99.9%."),
                new Claim("boss.job-applications", "client-prevents-duplicates",
                        "The frontend disables the button so no duplicates can happen.",
                        "Disabling the button does not prevent duplicates, mobile clients retry after 10 s."),
                new Claim("boss.job-applications", "wrong-limit-status",
                        "Return 503 when over the limit.",
                        "Over the limit we return 429 with Retry-After, not 503."));
    }

    static Stream<Counter> counters() {
        return Stream.of(
                new Counter("system-design.define.horizontal-scaling", "horizontal",
                        "Horizontal scaling means a bigger machine with more CPU and RAM.",
                        "Scaling up vertically means a bigger machine, while scaling out means adding more servers."),
                new Counter("system-design.define.horizontal-scaling", "vertical",
                        "Horizontal scaling means a bigger machine with more CPU and RAM.",
                        "Vertical scaling means a bigger machine with more CPU and RAM."),
                new Counter("system-design.define.load-balancer-l4-l7", "layer-7",
                        "L4 can route by URL path and by Host header, L7 adds TLS.",
                        "L4 routes by IP and port while L7 reads the HTTP request and can route by path."),
                new Counter("testing.define.unit-vs-integration", "integration-definition",
                        "An integration test is when all the services are running and work together through the UI.",
                        "An integration test checks that real components work together, against a real Postgres."),
                new Counter("testing.define.contract-tests", "provider-verification",
                        "You spin up both services together and the consumer calls the real provider, then replay the requests.",
                        "The provider's build replays the requests against the real provider, without both services running together."),
                new Counter("testing.tradeoffs.mock-fake-real", "real-database",
                        "Real databases belong in staging; in tests mock the repository.",
                        "Test the repository against a real Postgres in a container, because SQL and constraints are exactly what doubles get wrong."),
                new Counter("testing.design.transfer-test-strategy", "integration-db",
                        "Use H2 in postgres mode instead of a real database, it is close enough.",
                        "Use real Postgres 16 in Testcontainers, not H2, and run concurrent transfers on the same wallet."),
                new Counter("testing.pressure.sli-slo-sla", "sla",
                        "The SLO is the contract with customers that says 99.9%.",
                        "The SLA is the contract with customers, with service credits if it is missed."),
                new Counter("testing.pressure.sli-slo-sla", "slo",
                        "The SLA is the internal target the team aims for.",
                        "The SLO is the internal target over 30 days."),
                new Counter("boss.job-applications", "short-transaction",
                        "I do everything in one transaction and send the confirmation email in the transaction.",
                        "One short transaction with only the insert and the outbox row, and the email after commit."));
    }

    private static Challenge challenge(String id) {
        return Stream.concat(Tracks.BACKEND_GO.challenges().stream(), Tracks.BACKEND_GO.bossChallenges().stream())
                .filter(c -> c.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no challenge " + id));
    }

    private static Grade grade(String challengeId, String text) {
        return Graders.rubric().grade(GradingRequest.of(challenge(challengeId), Answer.of(text)));
    }

    private static double credit(Grade grade, String criterion) {
        return grade.criteria().stream().filter(r -> r.criterionId().equals(criterion)).mapToDouble(CriterionResult::credit)
                .findFirst().orElseThrow(() -> new AssertionError("no criterion " + criterion));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("claims")
    void aConfidentWrongClaimIsDetectedAsItsMisconception(Claim claim) {
        assertThat(grade(claim.challenge(), claim.wrong()).misconceptions())
                .extracting(DetectedMisconception::misconceptionId).as(claim.wrong()).contains(claim.misconception());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("claims")
    void aSentenceThatRejectsTheWrongClaimIsNotFlagged(Claim claim) {
        assertThat(grade(claim.challenge(), claim.rejecting()).misconceptions())
                .extracting(DetectedMisconception::misconceptionId).as(claim.rejecting()).doesNotContain(claim.misconception());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("counters")
    void aWrongClaimMadeWithACriterionsWordsEarnsThatCriterionNothing(Counter counter) {
        assertThat(credit(grade(counter.challenge(), counter.wrong()), counter.criterion())).as(counter.wrong()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("counters")
    void theCorrectStatementStillEarnsThatCriterion(Counter counter) {
        assertThat(credit(grade(counter.challenge(), counter.right()), counter.criterion())).as(counter.right()).isPositive();
    }
}
