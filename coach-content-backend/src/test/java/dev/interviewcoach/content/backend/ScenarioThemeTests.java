package dev.interviewcoach.content.backend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.Track;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The track does not tell the same story over and over: no scenario theme (a recurring situation such
 * as a double charge, or the go-to mechanism of many answers such as an idempotency key) appears in more
 * than 5 % of a track's challenges (5 %, rounded down to a whole challenge: 12 of 245), counted over what
 * the candidate reads for a challenge: its prompt, scenario, constraints and reference answer.
 *
 * <p>Words a correct answer of one of the brief's topics needs wherever that topic comes up (a unique
 * constraint for keys and idempotent writes, {@code SELECT ... FOR UPDATE} for pessimistic locking,
 * backoff with jitter for retries, 429 for rate limiting) and the track's running domain and tools
 * (orders, Redis) are counted and printed too, but not limited: limiting them would make answers
 * wrong, not varied.
 */
class ScenarioThemeTests {
    /** The share of a track's challenges one scenario theme may appear in, rounded down to a whole challenge. */
    static final double LIMIT = 0.05;

    /** How many of {@code challenges} one theme may appear in: never more than 5 % of them. */
    static int allowed(int challenges) {
        return (int) Math.floor(challenges * LIMIT);
    }

    record Theme(String name, Pattern pattern) {
        static Theme of(String name, String regex) {
            return new Theme(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
        }

        boolean appearsIn(Challenge c) {
            return pattern.matcher(text(c)).find();
        }
    }

    static final List<Theme> LIMITED = List.of(
            Theme.of("idempotency keys", "idempotency[- ]keys?"),
            Theme.of("read replicas and replica lag", "\\breplicas?\\b|replication lag|replay_lag|replica lag"),
            Theme.of("charging a card through a payment provider",
                    "payment (provider|gateway|processor)|card (processor|provider)|\\bpsp\\b"
                            + "|charg\\w* (the |a |their )?(card|customer)s?\\b|charged twice|double[- ]charg"),
            Theme.of("checkout", "checkout"),
            Theme.of("flash sales and overselling", "flash[- ]sale|oversel|sneaker drop"),
            Theme.of("money transfers and wallets", "\\bwallets?\\b|\\btransfers?\\b(?!-encoding)"),
            Theme.of("a user's changed display name", "display[ _]name"),
            Theme.of("sticky sessions", "sticky sessions?|session affinity"),
            Theme.of("Black Friday and holiday peaks", "black friday|holiday"),
            Theme.of("confirmation e-mails", "confirmation e-?mails?"),
            Theme.of("webhooks", "webhooks?"),
            Theme.of("the transactional outbox", "\\boutbox"),
            Theme.of("photos", "\\bphotos?\\b"),
            Theme.of("circuit breakers", "circuit[- ]breakers?"),
            Theme.of("signups", "\\bsign-?ups?\\b"),
            Theme.of("nightly jobs", "\\bnightly\\b"),
            Theme.of("bookings and appointments", "\\bbookings?\\b|\\bappointments?\\b"),
            Theme.of("token buckets", "token bucket"));

    static final List<Theme> REPORTED = List.of(
            Theme.of("unique constraints", "unique (constraint|index)"),
            Theme.of("SELECT ... FOR UPDATE", "for update"),
            Theme.of("backoff with jitter", "jitter"),
            Theme.of("dead-letter queues", "dead[- ]letter|\\bdlq\\b"),
            Theme.of("connection pools", "connection pool|pool (is )?exhausted|max_connections|maximumpoolsize"),
            Theme.of("load balancers", "load balancer"),
            Theme.of("429 Too Many Requests", "\\b429\\b"),
            Theme.of("Redis", "redis"),
            Theme.of("mobile apps", "mobile (app|client)"),
            Theme.of("orders", "\\borders?\\b"),
            Theme.of("timeouts", "timeout"));

    static String text(Challenge c) {
        var p = c.prompt();
        return String.join("\n", p.text(), p.scenario().orElse(""), String.join("\n", p.constraints()), c.referenceAnswer());
    }

    static List<Challenge> challenges(Track track) {
        return Stream.concat(track.challenges().stream(), track.bossChallenges().stream()).toList();
    }

    static String table(Track track) {
        var all = challenges(track);
        var lines = new ArrayList<String>();
        lines.add(String.format(Locale.ROOT, "%s: %d challenges, limit %.0f %% rounded down = %d", track.id(), all.size(),
                LIMIT * 100, allowed(all.size())));
        for (var group : List.of(LIMITED, REPORTED)) {
            lines.add(group == LIMITED ? "limited:" : "reported, not limited:");
            for (Theme theme : group) {
                long n = all.stream().filter(theme::appearsIn).count();
                lines.add(String.format(Locale.ROOT, "  %4d  %5.1f %%  %s", n, 100.0 * n / all.size(), theme.name()));
            }
        }
        return String.join("\n", lines);
    }

    @Test
    void noScenarioThemeAppearsInMoreThanFivePercentOfATracksChallenges() {
        for (Track track : List.of(Tracks.BACKEND, Tracks.BACKEND_GO)) {
            var all = challenges(track);
            String table = table(track);
            System.out.println(table);
            for (Theme theme : LIMITED) {
                var ids = all.stream().filter(theme::appearsIn).map(Challenge::id).toList();
                assertThat(ids.size())
                        .as("%s in %s: %s%n%s", theme.name(), track.id(), String.join(", ", ids), table)
                        .isLessThanOrEqualTo(allowed(all.size()));
            }
        }
    }

    @Test
    void aThemeIsFoundInEveryPartTheCandidateReadsAndNowhereElse() {
        var idempotencyKeys = LIMITED.get(0);
        var http = Tracks.BACKEND.challenge("http.design.payment-idempotency").orElseThrow();
        assertThat(idempotencyKeys.appearsIn(http)).isTrue();
        assertThat(text(http)).contains(http.prompt().text().strip(), http.prompt().scenario().orElseThrow().strip(),
                http.referenceAnswer().strip()).contains(http.prompt().constraints());
        var unrelated = Tracks.BACKEND.challenge("rest.define.cursor-pagination").orElseThrow();
        assertThat(LIMITED).noneMatch(t -> t.appearsIn(unrelated));
    }

    @Test
    void theLimitIsFivePercentRoundedDownToAWholeChallenge() {
        assertThat(allowed(245)).isEqualTo(12);
        assertThat(allowed(259)).isEqualTo(12);
        assertThat(allowed(260)).isEqualTo(13);
        assertThat(allowed(263)).isEqualTo(13);
    }
}
