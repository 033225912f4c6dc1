package dev.interviewcoach.cli.internal;

import dev.interviewcoach.api.LearnerProfile;
import dev.interviewcoach.core.TrackLoader;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code coach}: with no command, starts or continues the learner's journey. */
@Command(name = "coach", mixinStandardHelpOptions = true, version = "coach 0.1.0",
        description = {"Interview practice for backend developers: a short diagnosis, then practice, follow-ups, "
                + "reviews and the boss question, all kept in one SQLite file.",
                "With no command, starts or continues your journey."},
        subcommands = {JourneyCommands.Diagnose.class, JourneyCommands.Practice.class, JourneyCommands.Boss.class,
                JourneyCommands.Review.class, ReportCommand.class, ProfileCommand.class, DataCommands.Export.class,
                DataCommands.Import.class, DataCommands.Delete.class, ContentCommand.class, DemoCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done",
                "1:failed or refused, with a message: e.g. a file that exists, a --content folder with errors, "
                        + "`boss --again` before the boss question was passed; nothing was changed",
                "2:bad usage: an unknown command, option, track, concept, topic or grader, or a bad option value",
                "3:stopped because the grader failed on several answers in a row (the answers are stored)",
                "130:stopped with Ctrl-C (everything answered is saved)"})
public final class CoachCommand implements Callable<Integer> {
    @Mixin
    private GlobalOptions options;

    private final CliEnv env;

    /**
     * The command in these surroundings.
     *
     * @param env where it reads, writes and keeps data
     */
    public CoachCommand(CliEnv env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        boolean fresh = !Files.exists(options.db(env));
        try (var console = env().console()) {
            Input answer = fresh ? offerDemo(console) : Input.line("");
            if (answer.kind() != Input.Kind.LINE) {
                // as at a question: Ctrl-C stops with 130, Ctrl-D on the empty prompt stops as :quit does
                console.println("Stopped before the first question; nothing was saved. Run `" + options.again("")
                        + "` to start.");
                return answer.kind() == Input.Kind.INTERRUPT ? Journey.INTERRUPTED : 0;
            }
            if (answer.text().strip().toLowerCase(java.util.Locale.ROOT).startsWith("y")) {
                int code = Demo.run(env(), console);
                // the learners' store now exists (still empty), so the next run starts the journey
                // instead of offering the demo again
                Workspace.openStore(options.db(env)).close();
                return code;
            }
            return journey(console, Journey.Scope.ALL, UnaryOperator.identity());
        }
    }

    /** Offers the demo on a first run: the answer at a terminal, an empty line (no) on a pipe. */
    private static Input offerDemo(Console console) {
        if (!console.interactive()) {
            console.println("New here? `" + GlobalOptions.program() + " demo` shows a scripted candidate going through the diagnosis, practice and the report in under a minute.");
            return Input.line("");
        }
        // an answer typed here by mistake (the first question has not been shown yet) is not taken as "no"
        // without a word: the offer says so and is asked again (twice at most)
        for (int asked = 0; ; asked++) {
            var answer = console.readLine(s -> "New here. Watch a one-minute demo of a scripted candidate first? [y/N] ",
                    false);
            if (answer.kind() != Input.Kind.LINE || DEMO_REPLIES.contains(answer.text().strip().toLowerCase(
                    java.util.Locale.ROOT)) || asked == 2) {
                return answer;
            }
            console.println(console.style().wrap("That reads as an answer, but no question has been asked yet; it was "
                    + "not kept. Type y for the demo, or press Enter to start with the first question.", ""));
        }
    }

    /** What the demo offer takes as a reply: yes, no, or nothing (no). */
    private static final java.util.Set<String> DEMO_REPLIES = java.util.Set.of("", "y", "yes", "n", "no");

    GlobalOptions options() {
        return options;
    }

    /** The tracks this program ships (those on the class path), without a {@code --content} folder's. */
    java.util.function.Supplier<TrackLoader> shippedTracks() {
        return env.tracks();
    }

    /**
     * Where this run works: with the tracks of a {@code --content} folder (a track's own folder, or a folder
     * of track folders) beside the shipped ones, when given.
     */
    CliEnv env() {
        var dir = options.content();
        if (dir.isEmpty()) {
            return env;
        }
        if (withContent == null) {
            // a track the content check refuses (a concept without a question on some rung, a broken
            // reference) would run with learners placed on rungs it cannot ask: it is refused here too, as
            // the check fails on it (exit code 1): the command line is right, the folder is not
            for (var checked : ContentCommand.check(dir.get())) {
                if (!checked.errors().isEmpty()) {
                    throw CliFailure.failed("The track '" + checked.trackId() + "' in " + checked.dir() + " has "
                            + ContentCommand.count(checked.errors().size(), "problem") + ", so it does not run; the first: "
                            + checked.errors().get(0) + "\n`" + GlobalOptions.program() + " content check "
                            + DataCommands.quoted(dir.get().toString()) + "` lists them all.");
                }
            }
            var folder = ContentFolder.of(dir.get());
            var shipped = TrackLoader.discover().trackIds();
            folder.tracks().forEach((id, trackDir) -> {
                if (shipped.contains(id)) {
                    env.err().println("Note: the track in " + trackDir + " has the id '" + id + "' of a shipped "
                            + "track, and replaces it in this run.");
                }
            });
            var loader = TrackLoader.discover(folder.provider());
            withContent = new CliEnv(env.in(), env.out(), env.err(), env.vars(), env.home(), env.clock(), () -> loader,
                    env.terminal());
        }
        return withContent;
    }

    /** The surroundings with a {@code --content} folder's tracks, made once. */
    private CliEnv withContent;

    /** Runs the journey in this console, after a change of the profile (e.g. a focus). */
    int journey(Console console, Journey.Scope scope, UnaryOperator<LearnerProfile> profileChange) {
        return journey(console, scope, profileChange, false);
    }

    /**
     * Runs the journey in this console, after a change of the profile and, when asked, a restart of the
     * placement diagnosis (earlier answers stay as history).
     */
    int journey(Console console, Journey.Scope scope, UnaryOperator<LearnerProfile> profileChange, boolean rediagnose) {
        try (var workspace = Workspace.open(options, env(), true)) {
            var session = workspace.session();
            var style = console.style();
            if (rediagnose) {
                session.rediagnose();
                console.println(style.wrap("The diagnosis starts again: your earlier answers stay in your history, "
                        + "and the new answers decide where you stand.", ""));
            }
            if (scope == Journey.Scope.BOSS_AGAIN) {
                // refused before the run's heading, which would read as the start of a run
                BossView.checkRetake(session, options::again);
            }
            var profile = session.profile();
            var changed = profileChange.apply(profile);
            if (!changed.equals(profile)) {
                session.updateProfile(p -> changed);
                var was = new java.util.ArrayList<String>(profile.focusConceptIds());
                was.addAll(profile.focusTopicIds());
                if (!was.isEmpty() && changed.focusConceptIds().isEmpty() && changed.focusTopicIds().isEmpty()) {
                    console.println(style.wrap("Focus cleared (it was " + String.join(", ", was) + "): practice covers "
                            + "every concept again. `" + options.again("practice --concept ID") + "` sets it again.", ""));
                }
            }
            console.println(style.wrap(style.bold("Interview coach") + " " + style.dim("· " + session.learnerId() + " on "
                    + session.track().title() + " · " + workspace.db()), "", "  "));
            var progress = session.diagnosisProgress();
            if (!progress.complete() && progress.asked() == 0) {
                console.println(style.wrap("First, a short diagnosis (at most " + progress.budget() + " questions) "
                        + "to find where you stand on each concept; then practice starts where it helps most.", ""));
            }
            var journey = new Journey(session, console, env().clock(),
                    Journey.fromConsole(console, env().clock(), Limits.maxAnswerBytes())).again(options::again);
            return journey.run(scope);
        }
    }
}
