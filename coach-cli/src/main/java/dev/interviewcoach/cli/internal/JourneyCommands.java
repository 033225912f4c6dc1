package dev.interviewcoach.cli.internal;

import dev.interviewcoach.api.LearnerProfile;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** The commands that walk part of the journey. */
final class JourneyCommands {
    private JourneyCommands() {}

    /** {@code coach diagnose}. */
    @Command(name = "diagnose", mixinStandardHelpOptions = true,
            description = "Answer the placement diagnosis (the first questions on a track); once placed, says so. "
                    + "With --again, start the diagnosis over.")
    static final class Diagnose implements Callable<Integer> {
        @ParentCommand
        private CoachCommand root;

        @Option(names = "--again", description = "Start the diagnosis over; earlier answers stay in your history.")
        private boolean again;

        @Override
        public Integer call() {
            try (var console = root.env().console()) {
                return root.journey(console, Journey.Scope.DIAGNOSIS, UnaryOperator.identity(), again);
            }
        }
    }

    /** {@code coach practice}. */
    @Command(name = "practice", mixinStandardHelpOptions = true,
            description = "Practise, optionally focused on a concept or topic (kept in your profile until you "
                    + "practise without one).")
    static final class Practice implements Callable<Integer> {
        @ParentCommand
        private CoachCommand root;

        @Option(names = "--concept", paramLabel = "ID", description = "Focus on this concept, by its id (listed "
                + "under Concepts below), e.g. http.")
        private List<String> concepts = List.of();

        @Option(names = "--topic", paramLabel = "ID", description = "Focus on this topic, by its id, e.g. "
                + "http.idempotency.")
        private List<String> topics = List.of();

        @Override
        public Integer call() {
            checkFocus();
            UnaryOperator<LearnerProfile> focus = p -> p.withFocusConcepts(concepts).withFocusTopics(topics);
            try (var console = root.env().console()) {
                if (!concepts.isEmpty() || !topics.isEmpty()) {
                    console.println(console.style().wrap("Focus: " + String.join(", ", concepts)
                            + (concepts.isEmpty() || topics.isEmpty() ? "" : ", ") + String.join(", ", topics)
                            + ". Practice follows it from the next new question on; a question already waiting for "
                            + "your answer, and a diagnosis not yet finished, come first.", ""));
                }
                return root.journey(console, Journey.Scope.ALL, focus);
            }
        }

        private void checkFocus() {
            var tracks = root.env().tracks().get();
            String trackId = root.options().track().orElse(Workspace.DEFAULT_TRACK);
            Workspace.checkTrack(tracks, trackId);
            var track = tracks.load(trackId);
            for (String c : concepts) {
                if (track.concept(c).isEmpty()) {
                    throw CliFailure.usage("Unknown concept '" + c + "'. Concepts: " + String.join(", ",
                            track.concepts().stream().map(x -> x.id()).toList()) + ".");
                }
            }
            var topicIds = track.concepts().stream().flatMap(x -> x.topics().stream()).map(t -> t.id()).toList();
            for (String t : topics) {
                if (!topicIds.contains(t)) {
                    throw CliFailure.usage("Unknown topic '" + t + "'. Topics: " + String.join(", ", topicIds) + ".");
                }
            }
        }
    }

    /** {@code coach boss}. */
    @Command(name = "boss", mixinStandardHelpOptions = true,
            description = "Take the boss question when it is open; otherwise says where it stands: passed (with "
                    + "your score), or what it waits for, concept by concept.")
    static final class Boss implements Callable<Integer> {
        @ParentCommand
        private CoachCommand root;

        @Option(names = "--again", description = "Answer the boss question again after passing it (it does not come "
                + "back by itself); your new answer counts as your latest.")
        private boolean again;

        @Override
        public Integer call() {
            if (again && !java.nio.file.Files.exists(root.options().db(root.env()))) {
                // no learner's data yet, so nothing passed: refused without creating the database
                throw BossView.notPassed(root.options()::again);
            }
            try (var console = root.env().console()) {
                return root.journey(console, again ? Journey.Scope.BOSS_AGAIN : Journey.Scope.BOSS,
                        UnaryOperator.identity());
            }
        }
    }

    /** {@code coach review}. */
    @Command(name = "review", mixinStandardHelpOptions = true, description = "Answer the reviews that are due.")
    static final class Review implements Callable<Integer> {
        @ParentCommand
        private CoachCommand root;

        @Override
        public Integer call() {
            try (var console = root.env().console()) {
                return root.journey(console, Journey.Scope.REVIEWS, UnaryOperator.identity());
            }
        }
    }
}
