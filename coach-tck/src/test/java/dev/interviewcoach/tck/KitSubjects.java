package dev.interviewcoach.tck;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.CriterionOutcome;
import dev.interviewcoach.api.CriterionResult;
import dev.interviewcoach.api.EvidenceSpan;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GraderCapability;
import dev.interviewcoach.spi.GradingRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The kit run against one well-behaved grader and against graders broken on purpose, one flaw each.
 * The class names do not end in {@code Tests}: only {@link GraderContractKitTests} runs them, through
 * JUnit's engine test kit.
 */
final class KitSubjects {
    private KitSubjects() {}

    /** A grader from an id and a grading function; declares DETERMINISTIC (the interface default). */
    static Grader grader(String id, Function<GradingRequest, Grade> grading) {
        return new Grader() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String version() {
                return "1";
            }

            @Override
            public Grade grade(GradingRequest request) {
                return grading.apply(request);
            }
        };
    }

    /** The well-behaved grader, with a failing twin. */
    static class WellBehaved extends GraderContract {
        @Override
        protected Grader createGrader() {
            return new PhraseShareGrader();
        }

        @Override
        protected Optional<Grader> createFailingGrader() {
            return Optional.of(new PhraseShareGrader(true));
        }
    }

    static class AlwaysAbstains extends GraderContract {
        @Override
        protected Grader createGrader() {
            return grader("abstainer", r -> Grade.abstain("abstainer", "1", "no rubric it can use"));
        }
    }

    static class ReturnsNull extends GraderContract {
        @Override
        protected Grader createGrader() {
            return grader("null-returning", r -> null);
        }
    }

    static class AlwaysErrors extends GraderContract {
        @Override
        protected Grader createGrader() {
            return grader("erring", r -> Grade.error("erring", "1", "model unavailable"));
        }
    }

    /** Scores the share of the reference answer's words found anywhere in the answer; guards echo only. */
    static class RewardsKeywordSoup extends GraderContract {
        @Override
        protected Grader createGrader() {
            return grader("recall", r -> {
                String text = r.answer().text();
                var found = new HashSet<>(PhraseShareGrader.words(text));
                var reference = new HashSet<>(PhraseShareGrader.words(r.challenge().referenceAnswer()));
                double share = reference.stream().filter(found::contains).count() / (double) reference.size();
                var asked = new HashSet<>(PhraseShareGrader.words(r.challenge().prompt().text()));
                boolean echo = !found.isEmpty() && asked.containsAll(found);
                return Grade.ok(echo ? 0 : share, List.of(), List.of(), List.of(), "", "recall", "1");
            });
        }
    }

    /** Scores the share of the answer's words that the question or the reference answer use; guards soup only. */
    static class RewardsEcho extends GraderContract {
        @Override
        protected Grader createGrader() {
            return grader("precision", r -> {
                List<String> words = PhraseShareGrader.words(r.answer().text());
                Challenge c = r.challenge();
                var known = new HashSet<>(PhraseShareGrader.words(c.prompt().text() + " " + c.referenceAnswer()));
                double share = words.isEmpty() ? 0 : words.stream().filter(known::contains).count() / (double) words.size();
                double guard = PhraseShareGrader.guard(r.answer().text(), "");
                return Grade.ok(share * guard, List.of(), List.of(), List.of(), "", "precision", "1");
            });
        }
    }

    /** Declares DETERMINISTIC (by default) but draws each score from a seeded random source. */
    static class RandomScores extends GraderContract {
        @Override
        protected Grader createGrader() {
            var random = new Random(42);
            return grader("random", r -> Grade.ok(random.nextDouble(), List.of(), List.of(), List.of(), "", "random", "1"));
        }
    }

    /** Grades well but signs its grades with another grader's id. */
    static class ReportsAnotherGradersId extends GraderContract {
        @Override
        protected Grader createGrader() {
            var inner = new PhraseShareGrader();
            return grader(PhraseShareGrader.ID, r -> {
                Grade g = inner.grade(r);
                return new Grade(g.status(), g.score(), g.criteria(), g.dimensions(), g.misconceptions(),
                        g.feedback(), "rubric", g.graderVersion(), g.pressure(), g.message());
            });
        }
    }

    /** Grades the question and answer together and reports offsets into that text, not into the answer. */
    static class SpansOutsideTheAnswer extends GraderContract {
        @Override
        protected Grader createGrader() {
            var inner = new PhraseShareGrader();
            return grader(PhraseShareGrader.ID, r -> {
                int shift = r.challenge().prompt().text().length() + 1;
                Grade g = inner.grade(r);
                var shifted = g.criteria().stream().map(c -> new CriterionResult(c.criterionId(), c.outcome(),
                        c.credit(), c.spans().stream().map(s -> new EvidenceSpan(s.start() + shift, s.end() + shift))
                                .toList(), c.feedback())).toList();
                return new Grade(g.status(), g.score(), shifted, g.dimensions(), g.misconceptions(), g.feedback(),
                        g.graderId(), g.graderVersion(), g.pressure(), g.message());
            });
        }
    }

    /** Names a criterion of its own besides the challenge's: the coach would refuse every such grade. */
    static class NamesACriterionTheChallengeLacks extends GraderContract {
        @Override
        protected Grader createGrader() {
            var inner = new PhraseShareGrader();
            return grader(PhraseShareGrader.ID, r -> {
                Grade g = inner.grade(r);
                if (!g.isScored()) {
                    return g;
                }
                var criteria = new java.util.ArrayList<>(g.criteria());
                criteria.add(new CriterionResult("made-up-criterion", CriterionOutcome.MISSED, 0, List.of(), ""));
                return new Grade(g.status(), g.score(), criteria, g.dimensions(), g.misconceptions(), g.feedback(),
                        g.graderId(), g.graderVersion(), g.pressure(), g.message());
            });
        }
    }

    /** Grades one criterion twice, met and missed: contradictory results a host cannot read by id. */
    static class GradesACriterionTwice extends GraderContract {
        @Override
        protected Grader createGrader() {
            var inner = new PhraseShareGrader();
            return grader(PhraseShareGrader.ID, r -> {
                Grade g = inner.grade(r);
                if (!g.isScored() || g.criteria().isEmpty()) {
                    return g;
                }
                var criteria = new java.util.ArrayList<>(g.criteria());
                var first = criteria.get(0);
                boolean met = first.outcome() != CriterionOutcome.MET;
                criteria.add(new CriterionResult(first.criterionId(), met ? CriterionOutcome.MET : CriterionOutcome.MISSED,
                        met ? 1 : 0, List.of(), ""));
                return new Grade(g.status(), g.score(), criteria, g.dimensions(), g.misconceptions(), g.feedback(),
                        g.graderId(), g.graderVersion(), g.pressure(), g.message());
            });
        }
    }

    /**
     * Finds evidence in the answer with everything outside printable ASCII removed and reports those
     * offsets as the answer's: right on plain text, shifted where emoji or other characters stood.
     */
    static class CountsOffsetsOnOtherText extends GraderContract {
        @Override
        protected Grader createGrader() {
            var inner = new PhraseShareGrader();
            return grader(PhraseShareGrader.ID, r -> {
                String stripped = r.answer().text().replaceAll("[^\\x20-\\x7e\\n]", "");
                Grade g = inner.grade(GradingRequest.of(r.challenge(), dev.interviewcoach.api.Answer.of(stripped)));
                return new Grade(g.status(), g.score(), g.criteria(), g.dimensions(), g.misconceptions(), g.feedback(),
                        g.graderId(), g.graderVersion(), g.pressure(), g.message());
            });
        }
    }

    /**
     * Finds evidence in a lower-cased copy of the answer and reports those offsets as the answer's: right
     * on most text, shifted after a letter whose lower case is longer.
     */
    static class CountsOffsetsOnLowerCasedText extends GraderContract {
        @Override
        protected Grader createGrader() {
            var inner = new PhraseShareGrader();
            return grader(PhraseShareGrader.ID, r -> {
                String lower = r.answer().text().toLowerCase(java.util.Locale.ROOT);
                return inner.grade(GradingRequest.of(r.challenge(), dev.interviewcoach.api.Answer.of(lower)));
            });
        }
    }

    /** Rejects control characters and lone surrogates by throwing instead of grading. */
    static class ThrowsOnHostileInput extends GraderContract {
        @Override
        protected Grader createGrader() {
            var inner = new PhraseShareGrader();
            return grader(PhraseShareGrader.ID, r -> {
                String text = r.answer().text();
                boolean invalid = text.codePoints().anyMatch(cp -> Character.getType(cp) == Character.SURROGATE
                        || Character.isISOControl(cp) && !Character.isWhitespace(cp));
                if (invalid) {
                    throw new IllegalArgumentException("answer contains invalid characters");
                }
                return inner.grade(r);
            });
        }
    }

    /** Throws instead of returning an error grade: its model is unavailable. */
    static class Throws extends GraderContract {
        @Override
        protected Grader createGrader() {
            return grader("throwing", r -> {
                throw new IllegalStateException("model unavailable");
            });
        }
    }

    /**
     * Never answers: each grade waits for a signal that never comes, until the kit gives up on it and
     * interrupts it. The kit's bound is cut to a tenth of a second here, so that the kit's own test of it
     * takes a second or two, not minutes.
     */
    static class Hangs extends GraderContract {
        static final Duration BOUND = Duration.ofMillis(100);

        @Override
        protected Duration gradeTimeout() {
            return BOUND;
        }

        @Override
        protected Grader createGrader() {
            return grader("hanging", r -> {
                try {
                    new java.util.concurrent.CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Grade.ok(0.5, List.of(), List.of(), List.of(), "", "hanging", "1");
            });
        }
    }

    /** Gives full marks to an answer that asks for them. */
    static class ObeysTheAnswer extends GraderContract {
        @Override
        protected Grader createGrader() {
            var inner = new PhraseShareGrader();
            return grader(PhraseShareGrader.ID, r -> r.answer().text().toLowerCase(Locale.ROOT).contains("full marks")
                    ? Grade.ok(1.0, List.of(), List.of(), List.of(), "", PhraseShareGrader.ID, "1")
                    : inner.grade(r));
        }
    }

    /** Grades well, but reports its own failure as an abstention. */
    static class DisguisesErrorsAsAbstentions extends GraderContract {
        @Override
        protected Grader createGrader() {
            return new PhraseShareGrader();
        }

        @Override
        protected Optional<Grader> createFailingGrader() {
            var failing = new PhraseShareGrader(true);
            return Optional.of(grader(PhraseShareGrader.ID, r -> {
                Grade g = failing.grade(r);
                return g.isScored() ? g : Grade.abstain(g.graderId(), g.graderVersion(), g.message().orElse("?"));
            }));
        }
    }

    /**
     * Reports its failure as an ERROR when called blocking, but its asynchronous path (the one a coach
     * uses for a grader that needs the network) turns the outage into a score of 0.
     */
    static class ScoresItsOutageWhenAsynchronous extends GraderContract {
        @Override
        protected Grader createGrader() {
            return new PhraseShareGrader();
        }

        @Override
        protected Optional<Grader> createFailingGrader() {
            return Optional.of(new SignedAsPhraseShare(new PhraseShareGrader(true)) {
                @Override
                public CompletionStage<Grade> gradeAsync(GradingRequest request, Executor executor) {
                    return CompletableFuture.supplyAsync(() -> Grade.ok(0, List.of(), List.of(), List.of(), "",
                            inner.id(), inner.version()), executor);
                }
            });
        }
    }

    /**
     * Grades honestly when called blocking, but its asynchronous path (the one a coach uses for a grader
     * that needs the network) signs with another id and quotes past the end of the answer.
     */
    static class DishonestWhenAsynchronous extends GraderContract {
        @Override
        protected Grader createGrader() {
            return new SignedAsPhraseShare() {
                @Override
                public CompletionStage<Grade> gradeAsync(GradingRequest request, Executor executor) {
                    return CompletableFuture.supplyAsync(() -> {
                        int end = request.answer().text().length() + 5;
                        return Grade.ok(0.5, List.of(new CriterionResult("definition", CriterionOutcome.MET, 1,
                                List.of(new EvidenceSpan(0, end)), "")), List.of(), List.of(), "", "remote", "1");
                    }, executor);
                }
            };
        }
    }

    /**
     * Not deterministic (so the kit cannot compare its grades) and not thread-safe: it keeps the answer
     * being graded in a field, so a grade made while another is under way quotes that other answer's
     * length as its evidence.
     */
    static class UnsafeUnderConcurrency extends GraderContract {
        @Override
        protected Grader createGrader() {
            return new SignedAsPhraseShare() {
                private String current = "";

                @Override
                public Set<GraderCapability> capabilities() {
                    return EnumSet.noneOf(GraderCapability.class);
                }

                @Override
                public Grade grade(GradingRequest request) {
                    current = request.answer().text();
                    try {
                        Thread.sleep(2); // the window in which another thread replaces the field
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    String seen = current;
                    Grade g = inner.grade(request);
                    if (!g.isScored() || seen.isEmpty()) {
                        return g;
                    }
                    return new Grade(g.status(), g.score(), List.of(new CriterionResult("definition",
                            CriterionOutcome.MET, 1, List.of(new EvidenceSpan(0, seen.length())), "")), g.dimensions(),
                            g.misconceptions(), g.feedback(), g.graderId(), g.graderVersion(), g.pressure(), g.message());
                }
            };
        }
    }

    /** The well-behaved grader under its own id and version, for subjects that change one of its ways. */
    abstract static class SignedAsPhraseShare implements Grader {
        final PhraseShareGrader inner;

        SignedAsPhraseShare() {
            this(new PhraseShareGrader());
        }

        SignedAsPhraseShare(PhraseShareGrader inner) {
            this.inner = inner;
        }

        @Override
        public String id() {
            return inner.id();
        }

        @Override
        public String version() {
            return inner.version();
        }

        @Override
        public Set<GraderCapability> capabilities() {
            return inner.capabilities();
        }

        @Override
        public Grade grade(GradingRequest request) {
            return inner.grade(request);
        }
    }

    /** A grade with other criteria (and score), the rest of it as it was. */
    static Grade withCriteria(Grade g, double score, List<CriterionResult> criteria) {
        return new Grade(g.status(), java.util.OptionalDouble.of(score), criteria, g.dimensions(), g.misconceptions(),
                g.feedback(), g.graderId(), g.graderVersion(), g.pressure(), g.message());
    }

    /** Grades on the thread that calls gradeAsync(..), then returns a completed future: it blocks the host. */
    static class GradesOnTheCallersThread extends GraderContract {
        @Override
        protected Grader createGrader() {
            return new SignedAsPhraseShare() {
                @Override
                public CompletionStage<Grade> gradeAsync(GradingRequest request, Executor executor) {
                    try {
                        Thread.sleep(3000); // a slow service, called before the future is returned
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return CompletableFuture.completedFuture(grade(request));
                }
            };
        }
    }

    /** Its gradeAsync(..) waits for a signal that never comes, until the kit gives up and interrupts it. */
    static class NeverReturnsFromGradeAsync extends GraderContract {
        @Override
        protected Grader createGrader() {
            return new SignedAsPhraseShare() {
                @Override
                public CompletionStage<Grade> gradeAsync(GradingRequest request, Executor executor) {
                    try {
                        new java.util.concurrent.CountDownLatch(1).await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return CompletableFuture.completedFuture(grade(request));
                }
            };
        }
    }

    /**
     * Deterministic, but fills its cache of each challenge's criteria without synchronisation: it stores
     * the entry first and fills it after, criterion by criterion, so a grade made meanwhile on another
     * thread credits only the criteria already there. Warmed by one grade, it grades right from any
     * number of threads.
     */
    static class FillsItsCacheUnsafely extends GraderContract {
        @Override
        protected Grader createGrader() {
            return new SignedAsPhraseShare() {
                private final Map<String, List<String>> compiled = new HashMap<>();

                @Override
                public Grade grade(GradingRequest request) {
                    Challenge challenge = request.challenge();
                    List<String> known = compiled.get(challenge.id());
                    if (known == null) {
                        known = new CopyOnWriteArrayList<>();
                        compiled.put(challenge.id(), known);
                        for (Criterion criterion : challenge.rubric().criteria()) {
                            try {
                                Thread.sleep(5); // compiling a criterion's evidence takes a moment
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            known.add(criterion.id());
                        }
                    }
                    Grade g = inner.grade(request);
                    if (!g.isScored()) {
                        return g;
                    }
                    var criteria = new ArrayList<CriterionResult>();
                    double earned = 0;
                    for (CriterionResult c : g.criteria()) {
                        boolean there = known.contains(c.criterionId());
                        criteria.add(there ? c : new CriterionResult(c.criterionId(), CriterionOutcome.MISSED, 0, List.of(),
                                c.feedback()));
                        earned += there ? c.credit() * challenge.rubric().criterion(c.criterionId()).orElseThrow().weight() : 0;
                    }
                    return withCriteria(g, earned / challenge.rubric().totalWeight(), criteria);
                }
            };
        }
    }

    /**
     * Reports each criterion the other way round (MET as MISSED with no credit, MISSED as MET with full
     * credit) under the right score: the reference answer "passes" above a ✗ on every criterion.
     */
    static class ReportsItsCriteriaBackwards extends GraderContract {
        @Override
        protected Grader createGrader() {
            return new SignedAsPhraseShare() {
                @Override
                public Grade grade(GradingRequest request) {
                    Grade g = inner.grade(request);
                    var backwards = g.criteria().stream().map(c -> switch (c.outcome()) {
                        case MET -> new CriterionResult(c.criterionId(), CriterionOutcome.MISSED, 0, List.of(), c.feedback());
                        case MISSED -> new CriterionResult(c.criterionId(), CriterionOutcome.MET, 1, List.of(), c.feedback());
                        case PARTLY_MET -> c;
                    }).toList();
                    return g.isScored() ? withCriteria(g, g.score().getAsDouble(), backwards) : g;
                }
            };
        }
    }

    /** Reports its criteria right, and as its score what is left of a full score: 1 for an empty answer. */
    static class ScoresBackwards extends GraderContract {
        @Override
        protected Grader createGrader() {
            return new SignedAsPhraseShare() {
                @Override
                public Grade grade(GradingRequest request) {
                    Grade g = inner.grade(request);
                    return g.isScored() ? withCriteria(g, 1 - g.score().getAsDouble(), g.criteria()) : g;
                }
            };
        }
    }

    /** Reports as a criterion's credit its share of the score (credit × weight / total weight), not its own. */
    static class ReportsContributionsAsCredits extends GraderContract {
        @Override
        protected Grader createGrader() {
            var inner = new PhraseShareGrader();
            return grader(PhraseShareGrader.ID, r -> {
                Grade g = inner.grade(r);
                double total = r.challenge().rubric().totalWeight();
                var shares = g.criteria().stream().map(c -> new CriterionResult(c.criterionId(), c.outcome(), c.credit()
                        * r.challenge().rubric().criterion(c.criterionId()).orElseThrow().weight() / total, c.spans(),
                        c.feedback())).toList();
                return g.isScored() ? withCriteria(g, g.score().getAsDouble(), shares) : g;
            });
        }
    }

    /** Grades well, but its failure message quotes the answer it could not grade. */
    static class RepeatsTheAnswerInItsFailure extends GraderContract {
        @Override
        protected Grader createGrader() {
            return new PhraseShareGrader();
        }

        @Override
        protected Optional<Grader> createFailingGrader() {
            return Optional.of(grader(PhraseShareGrader.ID, r -> Grade.error(PhraseShareGrader.ID, "1",
                    "phrase service unavailable while grading \"" + r.answer().text() + "\"")));
        }
    }

    /** Adds a half to every score, past 1 for a good answer: Grade's constructor refuses such a grade. */
    static class BuildsAnInvalidGrade extends GraderContract {
        @Override
        protected Grader createGrader() {
            var inner = new PhraseShareGrader();
            return grader(PhraseShareGrader.ID, r -> {
                Grade g = inner.grade(r);
                return g.isScored() ? withCriteria(g, g.score().getAsDouble() + 0.5, g.criteria()) : g;
            });
        }
    }

    /** Passes on the grade of an older version of itself, signed with that version. */
    static class ReportsAnotherVersion extends GraderContract {
        @Override
        protected Grader createGrader() {
            var inner = new PhraseShareGrader();
            return grader(PhraseShareGrader.ID, r -> inner.grade(r).signedBy(PhraseShareGrader.ID, "0.9"));
        }
    }

    /** Grades by the rubric's criteria but leaves out the dimension results of a multi-dimensional rubric. */
    static class LeavesOutDimensions extends GraderContract {
        @Override
        protected Grader createGrader() {
            var inner = new PhraseShareGrader();
            return grader(PhraseShareGrader.ID, r -> {
                Grade g = inner.grade(r);
                return new Grade(g.status(), g.score(), g.criteria(), List.of(), g.misconceptions(), g.feedback(),
                        g.graderId(), g.graderVersion(), g.pressure(), g.message());
            });
        }
    }
}
