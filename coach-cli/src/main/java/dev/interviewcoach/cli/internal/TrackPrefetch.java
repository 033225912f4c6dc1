package dev.interviewcoach.cli.internal;

import dev.interviewcoach.core.TrackLoader;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Starts loading the learner's track on a background thread as the program starts, while the
 * arguments are parsed, the terminal opens and the database opens: loading and checking a track is
 * most of the time before the first question. The loader dedupes loads, so the session waits for this
 * one instead of starting another; a failed load here is simply loaded again, and reported, later.
 */
final class TrackPrefetch {
    /** Commands that load no track. */
    private static final Set<String> NO_TRACK = Set.of("-h", "--help", "-V", "--version", "content", "export",
            "import", "delete", "help");

    private TrackPrefetch() {}

    static CliEnv start(String[] args, CliEnv env) {
        var loader = memoized(env.tracks());
        var shared = new CliEnv(env.in(), env.out(), env.err(), env.vars(), env.home(), env.clock(), loader, env.terminal());
        List<String> list = List.of(args);
        if (list.stream().anyMatch(NO_TRACK::contains)) {
            return shared;
        }
        String track = Workspace.DEFAULT_TRACK;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--track") && i + 1 < args.length) {
                track = args[i + 1];
            } else if (args[i].startsWith("--track=")) {
                track = args[i].substring("--track=".length());
            }
        }
        String id = track;
        var thread = new Thread(() -> {
            try {
                var tracks = loader.get();
                if (tracks.trackIds().contains(id)) {
                    tracks.load(id);
                }
            } catch (RuntimeException e) {
                // loaded again, and reported, when the session opens
            }
        }, "coach-track-prefetch");
        thread.setDaemon(true);
        thread.start();
        return shared;
    }

    private static Supplier<TrackLoader> memoized(Supplier<TrackLoader> supplier) {
        var ref = new AtomicReference<TrackLoader>();
        return () -> {
            synchronized (ref) {
                if (ref.get() == null) {
                    ref.set(supplier.get());
                }
                return ref.get();
            }
        };
    }
}
