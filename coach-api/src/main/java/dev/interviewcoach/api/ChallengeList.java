package dev.interviewcoach.api;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * An unmodifiable list of a track's ladder challenges that also finds the challenges of one concept
 * × rung without scanning: progression asks that on every step.
 */
final class ChallengeList extends AbstractList<Challenge> implements RandomAccess {
    private final List<Challenge> challenges;
    private final Map<String, Map<ChallengeLevel, List<Challenge>>> byConcept;

    private ChallengeList(List<Challenge> challenges) {
        this.challenges = challenges;
        var index = new HashMap<String, Map<ChallengeLevel, List<Challenge>>>();
        for (var c : challenges) {
            index.computeIfAbsent(c.conceptId(), k -> new EnumMap<>(ChallengeLevel.class))
                    .computeIfAbsent(c.level(), k -> new ArrayList<>()).add(c);
        }
        index.values().forEach(levels -> levels.replaceAll((level, list) -> List.copyOf(list)));
        this.byConcept = index;
    }

    static List<Challenge> of(List<Challenge> challenges) {
        return challenges instanceof ChallengeList list ? list : new ChallengeList(List.copyOf(challenges));
    }

    List<Challenge> of(String conceptId, ChallengeLevel level) {
        var levels = byConcept.get(conceptId);
        return levels == null ? List.of() : levels.getOrDefault(level, List.of());
    }

    @Override
    public Challenge get(int index) {
        return challenges.get(index);
    }

    @Override
    public int size() {
        return challenges.size();
    }
}
