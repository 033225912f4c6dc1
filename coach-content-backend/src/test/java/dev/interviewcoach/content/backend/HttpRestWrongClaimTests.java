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
 * The wrong claims the HTTP and REST rubrics name cost only the answers that make them: each
 * misconception is detected in a one-sentence claim and not in a sentence that rejects it, and a
 * criterion with counter-evidence gives no credit to its own words said inside the contradicting claim.
 */
class HttpRestWrongClaimTests {
    record Claim(String challengeId, String misconceptionId, String wrong, String rejecting) {
        @Override
        public String toString() {
            return challengeId + " " + misconceptionId;
        }
    }

    record Counter(String challengeId, String criterionId, String wrong, String right) {
        @Override
        public String toString() {
            return challengeId + " " + criterionId;
        }
    }

    private static Claim claim(String challengeId, String misconceptionId, String wrong, String rejecting) {
        return new Claim(challengeId, misconceptionId, wrong, rejecting);
    }

    private static Counter counter(String challengeId, String criterionId, String wrong, String right) {
        return new Counter(challengeId, criterionId, wrong, right);
    }

    static Stream<Claim> claims() {
        return Stream.of(
                claim("http.define.request-lifecycle", "stateless-new-connection",
                        "Because HTTP is stateless, the client opens a new TCP connection for each request.",
                        "HTTP is stateless, but that does not mean a new connection for every request."),
                claim("http.define.status-codes", "401-403-swapped",
                        "Return 403 when the token is missing and 401 when the user lacks permission.",
                        "401 when the token is missing, 403 when the user lacks permission."),
                claim("http.pressure.status-code-rapid-fire", "403-for-expired-token",
                        "403 because the token expired.",
                        "(f) 401 with WWW-Authenticate, not 403, because a fresh token fixes it."),
                claim("http.pressure.auto-retry-put-post", "retry-everything",
                        "Both are safe to retry, the library handles it.",
                        "Retry the PUT; retry a POST only if it carries an idempotency key."),
                claim("http.pressure.token-storage", "localstorage-safer",
                        "localStorage is safer because cookies are vulnerable to CSRF.",
                        "Storing it in localStorage is risky because any script can read it, so I pick an HttpOnly cookie."),
                claim("http.pressure.timeout-policy", "long-timeout-until-done",
                        "Raise the timeout so it completes, and keep retrying until it works.",
                        "Never retry forever; fail fast behind a circuit breaker."),
                claim("http.tradeoffs.sessions-vs-jwt", "localstorage-safer",
                        "localStorage is safer than a cookie because of CSRF.",
                        "localStorage is not safer, any script can read it."),
                claim("http.tradeoffs.password-hashing", "salted-sha-enough",
                        "Salted SHA-256 is enough.",
                        "Salted SHA-256 is not enough, because each guess is still cheap."),
                claim("http.debug.redirect-drops-post", "use-302",
                        "Use a 302 instead, so the POST is kept.",
                        "A 302 would not help, it also turns the POST into a GET; use 308."),
                claim("http.design.bookings-contract", "delete-to-cancel",
                        "Cancel: DELETE /bookings/{id}.",
                        "Cancelling is a state change, not DELETE /bookings/{id}."),
                claim("http.design.payment-idempotency", "provider-timeout-means-failed",
                        "A provider timeout means the charge failed, so we mark it failed.",
                        "A provider timeout does not mean the charge failed."),
                claim("rest.define.breaking-change", "rename-is-compatible",
                        "Adding a required field is fine.",
                        "Adding an optional field is not breaking, but a required one is."),
                claim("rest.define.validation-error-response", "server-error-for-validation",
                        "A validation error returns 500.",
                        "A validation error should not return 500."),
                claim("rest.pressure.error-status", "server-error-for-validation",
                        "A missing email is a 500.",
                        "Not a 500 for a missing field: the client must fix it."),
                claim("rest.tradeoffs.status-400-422-409", "conflict-for-validation",
                        "A negative quantity gets 409.",
                        "Quantity -3 is 422, not 409."),
                claim("rest.debug.offset-export-drift", "bigger-pages",
                        "A larger limit fixes it.",
                        "A larger limit does not fix it; the boundaries still move."),
                claim("rest.debug.validation-500s", "raise-alert-threshold",
                        "The alert threshold is too low.",
                        "The alert threshold is not the problem."),
                claim("rest.debug.unsafe-get-actions", "token-makes-get-safe",
                        "The token makes it safe.",
                        "The token does not make it safe: the bot had the token too."),
                claim("rest.design.bulk-product-import", "all-or-nothing",
                        "One bad product fails the whole upload.",
                        "It is not all or nothing: valid products are saved and invalid ones reported."),
                claim("rest.design.order-listing", "offset-sync",
                        "Offset pagination is fine for the sync.",
                        "Offset pagination is not fine for the sync because rows shift."),
                claim("rest.design.versioning-policy", "default-latest",
                        "A missing version gets v2.",
                        "Unversioned requests must not go to v2."),
                claim("http.define.request-lifecycle", "keepalive-makes-http-stateful",
                        "HTTP is stateful because keep-alive keeps the connection open.",
                        "HTTP is stateless; the connection is only reused to skip the handshakes."),
                claim("http.define.status-codes", "200-with-error-body",
                        "I always return 200 and put the error in the body.",
                        "Never answer 200 with an error in the body; use a 4xx or 5xx code."),
                claim("http.define.cookies-sessions-tokens", "logout-revokes-jwt",
                        "Logging out revokes the token.",
                        "Logging out does not revoke the JWT; it stays valid until it expires."),
                claim("http.define.latency-and-timeouts", "retry-always-safe",
                        "After a timeout it is always safe to retry.",
                        "Retrying is only safe for idempotent requests."),
                claim("http.define.cors", "cors-prevents-csrf",
                        "CORS prevents CSRF, so we need no tokens.",
                        "CORS does not prevent CSRF."),
                claim("http.debug.intermittent-502-keepalive", "retry-the-502s",
                        "Configure the load balancer to retry 502 errors.",
                        "I would not configure the load balancer to retry 502s, because the POST could run twice."),
                claim("http.debug.redirect-drops-post", "use-303",
                        "Switch the redirect to 303 so the POST survives.",
                        "A 303 would not help, it means GET the other URL; use 308."),
                claim("http.debug.duplicate-charges", "check-before-charging",
                        "Check if the order is already paid before calling the provider.",
                        "Checking if the order is already paid would not help, both requests overlapped."),
                claim("http.debug.duplicate-charges", "disable-retries",
                        "Just turn off retries in the app.",
                        "Do not turn off retries in the app; send an idempotency key with each one."),
                claim("http.debug.retry-storm", "scale-out-inventory",
                        "Autoscale inventory to absorb the load.",
                        "Adding inventory instances would not help; the database is saturated."),
                claim("http.design.request-path", "correlate-by-timestamp",
                        "Support can find the log line by timestamp and user id.",
                        "Matching logs by timestamp is not enough; return a request id."),
                claim("http.design.bookings-contract", "check-slot-then-insert",
                        "Check the slot is available before inserting the booking.",
                        "Checking availability first would not help; a unique constraint on the slot decides."),
                claim("http.design.bookings-contract", "last-write-wins",
                        "For concurrent edits, last write wins is fine.",
                        "Last write wins is not acceptable; use If-Match."),
                claim("http.design.checkout-timeouts", "retry-payment-freely",
                        "Keep retrying the payment until it succeeds.",
                        "Never keep retrying the payment; one retry with the same key."),
                claim("http.design.checkout-timeouts", "one-second-payment-timeout",
                        "Set the payment timeout to one second so checkout fails fast.",
                        "The payment timeout must not be one second, its p99 is 2.5 s."),
                claim("http.pressure.status-code-rapid-fire", "wrong-code-for-rate-limit",
                        "e) 503 for the rate limit.",
                        "e) 429 with Retry-After, not 503."),
                claim("http.pressure.auto-retry-put-post", "put-not-idempotent",
                        "No, PUT has the same problem as POST.",
                        "PUT does not have the same problem as POST: it is idempotent."),
                claim("http.pressure.token-storage", "sessionstorage-safe",
                        "I'd use sessionStorage, it is safe from XSS.",
                        "sessionStorage is not safe from XSS either."),
                claim("http.pressure.token-storage", "encrypt-in-localstorage",
                        "Store it encrypted in localStorage.",
                        "Storing it encrypted in localStorage does not help, the script can decrypt it."),
                claim("http.pressure.timeout-policy", "retry-immediately",
                        "Retry immediately, up to five times.",
                        "Never retry immediately; back off with jitter."),
                claim("http.design.web-and-mobile-auth", "long-lived-access-token",
                        "Give mobile a 30 day access token.",
                        "Mobile gets a short-lived access token and a 30 day refresh token."),
                claim("http.tradeoffs.long-running-requests", "webhook-exactly-once",
                        "The webhook is delivered exactly once, so no dedup is needed.",
                        "A webhook is not delivered exactly once; dedupe by event id."),
                claim("http.tradeoffs.put-patch-post", "patch-prevents-lost-updates",
                        "PATCH prevents lost updates because it only sends the email.",
                        "PATCH does not prevent lost updates on the same field; use If-Match."),
                claim("http.tradeoffs.retry-safe-post", "new-key-per-retry",
                        "The client sends a new idempotency key each time it retries.",
                        "The client must not send a new idempotency key each time; it reuses one."),
                claim("http.tradeoffs.sessions-vs-jwt", "sessions-need-sticky",
                        "Sessions need sticky sessions on the load balancer.",
                        "Sessions in Redis do not need sticky sessions."),
                claim("http.tradeoffs.retry-strategies", "backoff-without-jitter",
                        "Exponential backoff already spreads the retries.",
                        "Exponential backoff alone does not spread the clients, jitter does."),
                claim("http.tradeoffs.password-hashing", "longer-fast-hash",
                        "Switch to SHA-512, it is longer.",
                        "Switching to SHA-512 would not help, it is just as fast."),
                claim("http.tradeoffs.polling-sse-websockets", "sse-bidirectional",
                        "SSE is bidirectional, so the client can reply.",
                        "SSE is not bidirectional."),
                claim("rest.define.resource", "only-stored-things-are-resources",
                        "Every resource is stored in the database as a row.",
                        "Not every resource is stored in the database; a report can be one."),
                claim("rest.define.endpoint-shape", "get-changes-state",
                        "A GET can change data if needed.",
                        "A GET must not change data."),
                claim("rest.define.validation-error-response", "first-error-only",
                        "Return only the first error, it keeps it simple.",
                        "Don't stop at the first error; list them all."),
                claim("rest.define.cursor-pagination", "cursor-encodes-offset",
                        "The cursor encodes the offset in base64.",
                        "The cursor does not encode the offset; it holds the last row's sort key."),
                claim("rest.define.cursor-pagination", "server-side-db-cursor",
                        "The server keeps a database cursor open between requests.",
                        "The server keeps no database cursor open; every page is a new query."),
                claim("rest.define.api-versioning", "default-latest",
                        "Clients without a version default to the latest version.",
                        "Requests must not default to the latest version."),
                claim("rest.define.breaking-change", "enum-value-always-safe",
                        "Adding an enum value is always safe.",
                        "Adding an enum value is not always safe."),
                claim("rest.define.breaking-change", "stricter-validation-fine",
                        "Stricter validation is backward compatible.",
                        "Stricter validation is not backward compatible."),
                claim("rest.debug.offset-export-drift", "index-fixes-drift",
                        "Add an index on created_at; the index fixes the duplicates.",
                        "An index does not fix the duplicates, only the speed."),
                claim("rest.debug.renamed-field-crash", "blame-app-release",
                        "Revert app 5.0.",
                        "Reverting app 5.0 would not help, the crashes are on 4.x."),
                claim("rest.debug.validation-500s", "drop-the-constraint",
                        "Make shipping_country nullable so the insert works.",
                        "Do not make shipping_country nullable; validate the request."),
                claim("rest.debug.default-version-switch", "reject-missing-header-now",
                        "Return 400 when the header is missing.",
                        "Never return 400 when the header is missing; pin the partners to v1."),
                claim("rest.debug.unsafe-get-actions", "confirm-dialog-on-link",
                        "Add a confirm dialog to the delete link.",
                        "A confirm dialog on the link would not help, the preloader skips it."),
                claim("rest.debug.chatty-order-screen", "http2-fixes-it",
                        "Switch to HTTP/2, multiplexing solves the round trips.",
                        "HTTP/2 does not remove the dependent round trips."),
                claim("rest.debug.sql-injection-search", "client-side-validation",
                        "Frontend validation fixes it.",
                        "Frontend validation does not fix it; attackers call the API directly."),
                claim("rest.design.clinic-booking", "check-slot-then-insert",
                        "Check availability first then insert the appointment.",
                        "Checking availability first would not help; a unique index on the slot decides."),
                claim("rest.design.clinic-booking", "client-chosen-patient-filter",
                        "The app sends its patient id to filter the list.",
                        "The app does not send its patient id; the server takes it from the token."),
                claim("rest.design.bulk-product-import", "results-in-202",
                        "The 202 returns which products failed.",
                        "The 202 does not return which products failed; the job does later."),
                claim("rest.design.error-contract", "message-as-contract",
                        "Clients match on the message text to highlight fields.",
                        "Clients never match on the message text; they use the code."),
                claim("rest.design.order-listing", "total-count-every-page",
                        "Return the total count so the UI can show pages.",
                        "Do not return the total count, it is too expensive."),
                claim("rest.design.versioning-policy", "version-every-change",
                        "Bump the version for a new field.",
                        "Do not bump the version for a new field."),
                claim("rest.design.split-name-field", "old-put-clears-new-fields",
                        "The old PUT wipes the new fields, since PUT replaces everything.",
                        "An old PUT must not wipe the new fields."),
                claim("rest.design.split-name-field", "backfill-in-one-update",
                        "Backfill with a single update on the table.",
                        "Do not backfill with a single update; use batches."),
                claim("rest.pressure.verbs-in-urls", "only-style",
                        "Honestly it's only a style issue.",
                        "It's not only a style issue; GET /deleteSession is a bug."),
                claim("rest.pressure.model-cancel", "client-triggers-side-effects",
                        "The client calls the refund endpoint after cancelling.",
                        "The client does not call the refund endpoint; the server refunds."),
                claim("rest.pressure.error-status", "conflict-for-validation",
                        "A missing email is a 409.",
                        "A missing email is not a 409, it is a 400."),
                claim("rest.pressure.unbounded-list", "enforce-limit-now",
                        "Truncate the list to 100 and add a cursor.",
                        "Don't truncate the list to 100 at once; old clients expect it all."),
                claim("rest.pressure.need-v2", "new-field-breaks",
                        "Adding a field breaks every client, so yes.",
                        "Adding a field does not break clients that ignore unknown fields."),
                claim("rest.pressure.new-enum-value", "always-breaking",
                        "Yes, it is always a breaking change.",
                        "It is not always a breaking change."),
                claim("rest.tradeoffs.nested-vs-flat", "nest-deeply",
                        "Nest everything under the customer, it's clearer.",
                        "Don't nest everything under the customer; one level is enough."),
                claim("rest.tradeoffs.search-get-vs-post", "post-cacheable",
                        "The CDN caches the POST search too.",
                        "The CDN does not cache the POST search."),
                claim("rest.tradeoffs.offset-vs-cursor", "cursor-jumps-to-page",
                        "A cursor can jump to any page.",
                        "A cursor cannot jump to any page."),
                claim("rest.tradeoffs.version-location", "header-breaks-caching",
                        "Header versioning breaks caching.",
                        "Header versioning does not break caching if you send Vary."),
                claim("rest.tradeoffs.evolve-vs-new-version", "rename-in-place-with-notice",
                        "Just rename the field and announce it.",
                        "Never rename the field and announce it; add the new one next to it."),
                claim("rest.tradeoffs.rest-grpc-graphql", "grpc-in-browser",
                        "Browsers can call gRPC directly.",
                        "Browsers cannot call gRPC directly."),
                claim("rest.tradeoffs.rest-grpc-graphql", "graphql-solves-n-plus-one",
                        "GraphQL solves the N+1 problem.",
                        "GraphQL does not solve the N+1 problem by itself."),
                claim("rest.define.resource", "resource-is-json",
                        "The resource is the JSON we send back.",
                        "The JSON we send back is only a representation of the resource."),
                claim("rest.pressure.new-enum-value", "tolerant-reader-covers-enums",
                        "No, clients ignore unknown enum values.",
                        "Clients do not ignore unknown enum values; a closed enum fails."));
    }

    static Stream<Counter> counters() {
        return Stream.of(
                counter("http.define.status-codes", "unauthorized-401",
                        "Return 403 when the token is missing and 401 when the user lacks permission.",
                        "401 when the token is missing, 403 when the user lacks permission."),
                counter("http.define.status-codes", "forbidden-403",
                        "Return 403 when the token is missing and 401 when the user lacks permission.",
                        "401 when the token is missing, 403 when the user lacks permission."),
                counter("http.tradeoffs.put-patch-post", "patch-semantics",
                        "PUT is a partial update, so send only the changed fields.",
                        "PATCH sends only the changed fields."),
                counter("http.pressure.token-storage", "decision",
                        "I would use localStorage instead of an HttpOnly cookie, it is simpler.",
                        "Use an HttpOnly cookie, not localStorage."),
                counter("http.design.web-and-mobile-auth", "cors",
                        "Allow any origin with credentials and send Access-Control-Allow-Credentials true.",
                        "Send Access-Control-Allow-Credentials true and name the exact origin."),
                counter("http.design.request-path", "client-ip",
                        "The first IP is the real client, so read it from X-Forwarded-For.",
                        "The load balancer appends the client address to X-Forwarded-For."));
    }

    private static Grade grade(String challengeId, String text) {
        Challenge challenge = Tracks.BACKEND.challenges().stream().filter(c -> c.id().equals(challengeId)).findFirst()
                .orElseThrow(() -> new AssertionError("no challenge " + challengeId));
        return Graders.rubric().grade(GradingRequest.of(challenge, Answer.of(text)));
    }

    private static Stream<String> detected(Grade grade) {
        return grade.misconceptions().stream().map(DetectedMisconception::misconceptionId);
    }

    private static double credit(Grade grade, String criterionId) {
        return grade.criteria().stream().filter(c -> c.criterionId().equals(criterionId)).mapToDouble(CriterionResult::credit)
                .findFirst().orElseThrow(() -> new AssertionError("no criterion " + criterionId));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("claims")
    void theWrongClaimIsDetectedAndASentenceRejectingItIsNot(Claim c) {
        assertThat(detected(grade(c.challengeId(), c.wrong()))).as(c.wrong()).contains(c.misconceptionId());
        assertThat(detected(grade(c.challengeId(), c.rejecting()))).as(c.rejecting()).doesNotContain(c.misconceptionId());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("counters")
    void theCriterionsWordsEarnNothingInsideTheContradictingClaimButDoInTheRightStatement(Counter c) {
        assertThat(credit(grade(c.challengeId(), c.wrong()), c.criterionId())).as(c.wrong()).isZero();
        assertThat(credit(grade(c.challengeId(), c.right()), c.criterionId())).as(c.right()).isPositive();
    }
}
