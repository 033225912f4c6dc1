package dev.interviewcoach.core.internal;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Concept;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.Dimension;
import dev.interviewcoach.api.Evidence;
import dev.interviewcoach.api.Prompt;
import dev.interviewcoach.api.Rubric;
import dev.interviewcoach.api.Topic;
import dev.interviewcoach.api.Track;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A small track with a boss question over three concepts. */
public final class BossFixtures {
    public static final List<String> CONCEPTS = List.of("http", "rest", "databases");

    private BossFixtures() {}

    public static Challenge boss() {
        var criteria = List.of(
                new Criterion("codes", 1, false, "Status codes.", Optional.empty(), Optional.of("api"),
                        List.of(Evidence.of("429")), 1, Optional.empty()),
                new Criterion("keys", 1, false, "Unique keys.", Optional.empty(), Optional.of("data"),
                        List.of(Evidence.of("unique constraint")), 1, Optional.empty()));
        var rubric = new Rubric(criteria, List.of(new Dimension("api", "API", List.of("http", "rest"), 1),
                new Dimension("data", "Data", List.of("rest", "databases"), 1)));
        return Challenge.of("boss.mini", "http", ChallengeLevel.DESIGN, "http.topic", Prompt.of("Design it."), rubric,
                "Use 429 and a unique constraint.");
    }

    public static Track track() {
        var concepts = new ArrayList<Concept>();
        var ladder = new ArrayList<Challenge>();
        for (int i = 0; i < CONCEPTS.size(); i++) {
            String c = CONCEPTS.get(i);
            concepts.add(new Concept(c, c.toUpperCase(), i + 1, List.of(new Topic(c + ".topic", "Topic"))));
            for (var level : ChallengeLevel.values()) {
                ladder.add(LearnerFixtures.challenge(c + "." + level.name().toLowerCase() + ".one", c, level, c + ".topic"));
            }
        }
        return new Track("mini", "Mini", "1", "", Optional.empty(), concepts, ladder, List.of(boss()), List.of());
    }
}
