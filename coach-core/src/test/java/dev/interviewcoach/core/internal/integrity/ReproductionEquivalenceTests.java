package dev.interviewcoach.core.internal.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.Evidence;
import dev.interviewcoach.api.FollowUp;
import dev.interviewcoach.api.Misconception;
import dev.interviewcoach.api.Prompt;
import dev.interviewcoach.api.Rubric;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The numbered 4-grams give exactly the verdict of the plain definition (sets of 4-word strings):
 * for answers pieced together from what the coach shows, other words, punctuation, case, accents,
 * combining marks and format characters.
 */
class ReproductionEquivalenceTests {
    private static final String REFERENCE = "An idempotent method has the same effect on the server whether it is sent "
            + "once or many times: PUT and DELETE are idempotent, POST is not, so a client may retry a PUT safely "
            + "after a timeout without creating a second resource.";
    private static final Challenge CHALLENGE = challenge();
    private static final List<String> PIECES = pieces();

    private static Challenge challenge() {
        var criterion = new Criterion("definition", 1, true, "Repeating it has the same effect as sending it once.",
                Optional.empty(), Optional.empty(), List.of(Evidence.of("same effect")), 1,
                Optional.of("Say that repeating an idempotent request leaves the server in the same state as "
                        + "sending it once, and name which methods are idempotent and which are not."));
        var base = Challenge.of("http.define.idem.eq", "http", ChallengeLevel.DEFINE, "http.idempotency",
                Prompt.of("What is an idempotent HTTP method?"), Rubric.of(List.of(criterion)), REFERENCE);
        return new Challenge(base.id(), base.conceptId(), base.level(), base.topicId(), List.of(), base.prompt(),
                base.rubric(), List.of(new Misconception("post-idempotent", "Thinks POST is idempotent.",
                        List.of(Evidence.of("post is idempotent")), "POST is not idempotent: two POSTs may create two "
                        + "orders on the server.")),
                REFERENCE, List.of("Think about what happens when a client retries the very same request.",
                        "Compare PUT and POST when the same request arrives twice at the server."),
                List.of(new FollowUp("definition", "What does a retried POST do to the server's state?")),
                List.of(), List.of());
    }

    /** Runs of words from every text the coach shows, and others. */
    private static List<String> pieces() {
        var texts = new ArrayList<String>();
        texts.add(REFERENCE);
        texts.addAll(CHALLENGE.hints());
        texts.add(CHALLENGE.rubric().criteria().get(0).feedback().orElseThrow());
        texts.add(CHALLENGE.rubric().criteria().get(0).description());
        texts.add(CHALLENGE.misconceptions().get(0).correction());
        texts.add(CHALLENGE.followUps().get(0).question());
        var out = new ArrayList<String>();
        for (String text : texts) {
            String[] words = text.split(" ");
            for (int from = 0; from < words.length; from += 3) {
                out.add(String.join(" ", List.of(words).subList(from, Math.min(words.length, from + 6))));
            }
        }
        out.addAll(List.of("my own words here", "caching layers", "idempotent", "the server", "PUT", "Ünïcödé wörds",
                "e\u0301te\u0301", "zero\u200bwidth", "joi\u200dned", "İstanbul", "ﬁne ligature", "x²", "日本語 テキスト",
                "🔥", "\u202eRTL\u202c", "42", "a-b_c"));
        return List.copyOf(out);
    }

    private static final List<String> ASCII_PIECES = PIECES.stream().filter(p -> p.chars().allMatch(c -> c < 0x80)).toList();

    /** Answers of plain ASCII half the time (read without decomposition), of any text otherwise. */
    private static Gen<String> answers() {
        Gen<String> anyPiece = integers().between(0, PIECES.size() - 1).map(PIECES::get);
        Gen<String> asciiPiece = integers().between(0, ASCII_PIECES.size() - 1).map(ASCII_PIECES::get);
        return integers().between(0, 1).flatMap(ascii -> answers(ascii == 0 ? asciiPiece : anyPiece));
    }

    private static Gen<String> answers(Gen<String> piece) {
        Gen<String> separator = integers().between(0, 6).map(i -> List.of(" ", ", ", ". ", "\n", " - ", "  ", "\t").get(i));
        Gen<String> part = piece.zip(separator, (p, s) -> p + s);
        Gen<Boolean> upper = integers().between(0, 4).map(i -> i == 0);
        return lists().of(part).ofSizeBetween(0, 30).zip(upper, (parts, up) -> {
            String text = String.join("", parts);
            return up ? text.toUpperCase(Locale.ROOT) : text;
        });
    }

    @Test
    void theVerdictIsThatOfFourWordStringsForAnyAnswer() {
        var seen = ConcurrentHashMap.<String>newKeySet();
        qt().withFixedSeed(20261203L).withExamples(3000).forAll(answers()).checkAssert(text -> {
            var expected = ByStrings.of(CHALLENGE, text);
            assertThat(Reproduction.words(text)).isEqualTo(ByStrings.words(text));
            assertThat(Reproduction.of(CHALLENGE, text)).as(text).isEqualTo(expected);
            seen.add(expected.orElse("none"));
        });
        assertThat(seen).as("the answers reach every verdict").contains("none", "the reference answer", "the feedback",
                "the hints", "what the coach showed");
    }

    @Test
    void theVerdictIsThatOfFourWordStringsOnLongAnswersWithManyWordsTheCoachNeverShows() {
        for (int distinct : new int[] {7_000, 70_000}) { // the second too many to pack four to a long
            var text = new StringBuilder(REFERENCE);
            for (int i = 0; i < 80_000; i++) {
                text.append(" w").append(i % distinct);
            }
            text.append(' ').append(REFERENCE.repeat(3));
            assertThat(Reproduction.of(CHALLENGE, text.toString())).isEqualTo(ByStrings.of(CHALLENGE, text.toString()));
        }
        var pasted = REFERENCE + " " + String.join(" ", CHALLENGE.hints());
        assertThat(Reproduction.of(CHALLENGE, pasted)).isEqualTo(ByStrings.of(CHALLENGE, pasted)).isPresent();
    }

    /** The definition: sets of 4-word strings, as the check was first written. */
    private static final class ByStrings {
        static Optional<String> of(Challenge challenge, String answer) {
            var words = words(answer);
            if (words.size() < Reproduction.MIN_WORDS) {
                return Optional.empty();
            }
            var shingles = shingles(words);
            var names = List.of("the reference answer", "the feedback", "the hints");
            var feedback = new ArrayList<String>();
            challenge.rubric().criteria().forEach(c -> {
                c.feedback().ifPresent(feedback::add);
                feedback.add(c.description());
            });
            challenge.misconceptions().forEach(m -> feedback.add(m.correction()));
            challenge.followUps().forEach(f -> feedback.add(f.question()));
            var texts = List.of(List.of(challenge.referenceAnswer()), feedback, challenge.hints());
            var all = new HashSet<String>();
            String best = null;
            double bestShare = 0;
            for (int k = 0; k < texts.size(); k++) {
                var source = new HashSet<String>();
                texts.get(k).forEach(t -> source.addAll(shingles(words(t))));
                all.addAll(source);
                double share = share(shingles, source);
                if (share > bestShare) {
                    bestShare = share;
                    best = names.get(k);
                }
            }
            if (bestShare >= Reproduction.REPRODUCED_SHARE) {
                return Optional.of(best);
            }
            return share(shingles, all) >= Reproduction.REPRODUCED_SHARE ? Optional.of("what the coach showed")
                    : Optional.empty();
        }

        static double share(Set<String> shingles, Set<String> shown) {
            return (double) shingles.stream().filter(shown::contains).count() / shingles.size();
        }

        static Set<String> shingles(List<String> words) {
            var out = new HashSet<String>();
            for (int i = 0; i + 4 <= words.size(); i++) {
                out.add(String.join(" ", words.subList(i, i + 4)));
            }
            return out;
        }

        static List<String> words(String text) {
            String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
            var out = new ArrayList<String>();
            var current = new StringBuilder();
            for (int i = 0; i < folded.length(); i++) {
                char ch = folded.charAt(i);
                if (Character.isLetterOrDigit(ch)) {
                    current.append(ch);
                } else if (Character.getType(ch) != Character.NON_SPACING_MARK && Character.getType(ch) != Character.FORMAT
                        && current.length() > 0) {
                    out.add(current.toString());
                    current.setLength(0);
                }
            }
            if (current.length() > 0) {
                out.add(current.toString());
            }
            return out;
        }
    }
}
