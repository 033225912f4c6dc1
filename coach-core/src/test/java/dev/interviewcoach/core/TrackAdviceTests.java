package dev.interviewcoach.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.Evidence;
import dev.interviewcoach.api.FollowUp;
import dev.interviewcoach.api.Track;
import dev.interviewcoach.core.internal.BossFixtures;
import java.util.ArrayList;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Authors are advised where the rubric grader misreads a track's own examples and where a rung has a
 * single question, a variant on its own challenges only.
 */
class TrackAdviceTests {
    private static Track withReference(Track track, String challengeId, String reference) {
        var ladder = new ArrayList<Challenge>();
        for (var c : track.challenges()) {
            ladder.add(!c.id().equals(challengeId) ? c : new Challenge(c.id(), c.conceptId(), c.level(), c.topicId(),
                    c.secondaryTopicIds(), c.prompt(), c.rubric(), c.misconceptions(), reference, c.hints(), c.followUps(),
                    c.sources(), c.samples()));
        }
        return new Track(track.id(), track.title(), track.version(), track.description(), track.baseId(),
                track.concepts(), ladder, track.bossChallenges(), track.outOfScope());
    }

    @Test
    void aFollowUpIdeaSaidOnlyInLoneWordsIsAdvisedOn() {
        var base = BossFixtures.track();
        var c = base.challenges().get(0);
        String criterion = c.rubric().criteria().get(0).id();
        var lone = new FollowUp(criterion, "Which header carries it?", java.util.List.of(
                Evidence.of("traceparent", "the mdc")), 1);
        var said = new FollowUp(criterion, "Which header carries it?", java.util.List.of(
                Evidence.of("traceparent", "the mdc holds the request id")), 1);
        assertThat(TrackAdvice.of(withFollowUp(base, c, lone))).anySatisfy(a -> assertThat(a)
                .contains("'" + c.id() + "'", "follow-up on '" + criterion + "'", "one word"));
        assertThat(TrackAdvice.of(withFollowUp(base, c, said))).noneSatisfy(a -> assertThat(a).contains("follow-up"));
    }

    @Test
    void aPhraseOfGrammarWordsAloneIsAdvisedOnAsOneNoAnswerCanMeetNotAsOneWord() {
        var base = BossFixtures.track();
        var c = base.challenges().get(0);
        String criterion = c.rubric().criteria().get(0).id();
        var silent = new FollowUp(criterion, "Which header carries it?", java.util.List.of(Evidence.of("the of it", "is a")), 1);
        var advice = TrackAdvice.of(withFollowUp(base, c, silent));
        assertThat(advice).anySatisfy(a -> assertThat(a).contains("'the of it'", "only small grammar words", "no answer can meet it"));
        assertThat(advice).noneSatisfy(a -> assertThat(a).contains("follow-up", "one word"));
    }

    @Test
    void aPhraseOfSeveralWordsThatOneOfItsWordsAloneMeetsIsAdvisedOnButNotAVocabularyTermOrANumber() {
        var base = BossFixtures.track();
        var c = base.challenges().get(0);
        String criterion = c.rubric().criteria().get(0).id();
        var hollow = new FollowUp(criterion, "Which is kept?", java.util.List.of(Evidence.of("never just the debit")), 1);
        assertThat(TrackAdvice.of(withFollowUp(base, c, hollow))).anySatisfy(a -> assertThat(a)
                .contains("'never just the debit'", "the word 'debit' alone"));
        var said = new FollowUp(criterion, "Which is kept?", java.util.List.of(Evidence.of("4xx client error",
                "409 conflict", "debit and credit commit together")), 1);
        assertThat(TrackAdvice.of(withFollowUp(base, c, said))).noneSatisfy(a -> assertThat(a).contains("alone"));
    }

    private static Track withFollowUp(Track track, Challenge c, FollowUp followUp) {
        var ladder = new ArrayList<Challenge>();
        for (var x : track.challenges()) {
            ladder.add(!x.id().equals(c.id()) ? x : new Challenge(x.id(), x.conceptId(), x.level(), x.topicId(),
                    x.secondaryTopicIds(), x.prompt(), x.rubric(), x.misconceptions(), x.referenceAnswer(), x.hints(),
                    java.util.List.of(followUp), x.sources(), x.samples()));
        }
        return new Track(track.id(), track.title(), track.version(), track.description(), track.baseId(),
                track.concepts(), ladder, track.bossChallenges(), track.outOfScope());
    }

    @Test
    void aRungWithASingleChallengeIsAdvisedOnNamingConceptAndRungAndWhyButNotOnceItHasTwo() {
        var base = BossFixtures.track();
        var ladder = new ArrayList<>(base.challenges());
        ladder.add(dev.interviewcoach.core.internal.LearnerFixtures.challenge("http.design.two", "http",
                dev.interviewcoach.api.ChallengeLevel.DESIGN, "http.topic"));
        var twoOnHttpDesign = new Track(base.id(), base.title(), base.version(), base.description(), base.baseId(),
                base.concepts(), ladder, base.bossChallenges(), base.outOfScope());

        assertThat(TrackAdvice.of(base)).anySatisfy(a -> assertThat(a).contains("concept 'http' has a single challenge "
                + "at DESIGN ('http.design.one')", "asked it again and again", "at least 2 challenges"));
        assertThat(TrackAdvice.of(base)).filteredOn(a -> a.contains("has a single challenge"))
                .hasSize(BossFixtures.CONCEPTS.size() * dev.interviewcoach.api.ChallengeLevel.values().length);
        assertThat(TrackAdvice.of(twoOnHttpDesign)).noneSatisfy(a -> assertThat(a).contains("'http' has a single "
                + "challenge at DESIGN")).anySatisfy(a -> assertThat(a).contains("'http' has a single challenge at DEBUG"));
    }

    @Test
    void aSampleASessionWouldRefuseAsACopyIsAdvisedOnWithItsChallengeAndKindButNotAnEcho() {
        var base = BossFixtures.track();
        var c = base.challenges().get(0);
        String reference = "Sending the same request many times leaves the server in the state that sending it once "
                + "does, so a client may retry it after a timeout.";
        var band = dev.interviewcoach.api.ScoreBand.closed(0, 1);
        var samples = java.util.List.of(
                new dev.interviewcoach.api.CalibrationSample(dev.interviewcoach.api.SampleKind.STRONG, "In short: "
                        + reference, band, Optional.empty(), java.util.Map.of()),
                new dev.interviewcoach.api.CalibrationSample(dev.interviewcoach.api.SampleKind.PARTIAL, "A retry does "
                        + "no harm when the method is idempotent, because nothing changes on the second try.", band,
                        Optional.empty(), java.util.Map.of()),
                new dev.interviewcoach.api.CalibrationSample(dev.interviewcoach.api.SampleKind.ECHO, reference, band,
                        Optional.empty(), java.util.Map.of()));
        var copied = new Challenge(c.id(), c.conceptId(), c.level(), c.topicId(), c.secondaryTopicIds(), c.prompt(),
                c.rubric(), c.misconceptions(), reference, c.hints(), c.followUps(), c.sources(), samples);
        var ladder = new ArrayList<>(base.challenges());
        ladder.set(0, copied);
        var track = new Track(base.id(), base.title(), base.version(), base.description(), base.baseId(),
                base.concepts(), ladder, base.bossChallenges(), base.outOfScope());

        var advice = TrackAdvice.of(track).stream().filter(a -> a.contains("as a copy")).toList();

        assertThat(advice).singleElement().asString().isEqualTo("challenge '" + c.id() + "' sample 0 (strong) is "
                + "refused as a copy when a learner submits it (this answer repeats the reference answer the coach has "
                + "for this question), so it earns no credit in a session whatever it scores here; write it as a "
                + "candidate would, in words of its own");
    }

    @Test
    void aReferenceAnswerThatFailsItsOwnRubricIsAdvisedOnAndOnlyWhereTheVariantChangedIt() {
        var base = BossFixtures.track();
        String id = base.challenges().get(0).id();
        var weak = withReference(base, id, "It is about bananas and the weather today.");
        assertThat(TrackAdvice.of(weak)).anySatisfy(a -> assertThat(a).contains("'" + id + "'", "reference answer"));

        var variant = new Track("acme", "Acme", "1", "", Optional.of(base.id()), weak.concepts(), weak.challenges(),
                weak.bossChallenges(), weak.outOfScope());
        assertThat(TrackAdvice.of(variant, Optional.of(weak))).as("the base's own challenge, unchanged").isEmpty();
        assertThat(TrackAdvice.of(variant, Optional.of(base))).as("the challenge the variant changed")
                .anySatisfy(a -> assertThat(a).contains("'" + id + "'"));
    }
}
