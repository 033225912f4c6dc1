package dev.interviewcoach.cli.internal;

import dev.interviewcoach.api.CoachException;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.StateKey;
import dev.interviewcoach.api.Track;
import dev.interviewcoach.core.Coach;
import dev.interviewcoach.core.CoachSession;
import dev.interviewcoach.core.Graders;
import dev.interviewcoach.core.TrackLoader;
import dev.interviewcoach.spi.AttemptQuery;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.MemoryStore;
import dev.interviewcoach.store.jdbc.JdbcMemoryStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The learner's coach for one run: checks the track and grader first (so a bad name changes
 * nothing), then opens the SQLite file and a session.
 */
final class Workspace implements AutoCloseable {
    /** The track a learner starts on when neither {@code --track} nor the profile names one. */
    static final String DEFAULT_TRACK = "backend";

    private final MemoryStore store;
    private final Coach coach;
    private final CoachSession session;
    private final Path db;

    private Workspace(MemoryStore store, Coach coach, CoachSession session, Path db) {
        this.store = store;
        this.coach = coach;
        this.session = session;
        this.db = db;
    }

    /**
     * Opens the workspace.
     *
     * @param options the global options
     * @param env the surroundings
     * @param create whether a missing database may be created (false for commands that only read)
     * @return the workspace
     * @throws CliFailure when a name is unknown or the database cannot be used; nothing was changed
     */
    static Workspace open(GlobalOptions options, CliEnv env, boolean create) {
        return open(options, env, create, options.track());
    }

    /**
     * Opens the workspace on a track.
     *
     * @param options the global options
     * @param env the surroundings
     * @param create whether a missing database may be created
     * @param track the track, or empty for the variant in the learner's profile, else {@link #DEFAULT_TRACK}
     * @return the workspace
     * @throws CliFailure when a name is unknown or the database cannot be used; nothing was changed
     */
    static Workspace open(GlobalOptions options, CliEnv env, boolean create, Optional<String> track) {
        TrackLoader tracks = env.tracks().get();
        track.ifPresent(id -> checkTrack(tracks, id));
        Grader grader = grader(options.grader());
        Path db = options.db(env);
        if (!create && !Files.exists(db)) {
            throw CliFailure.failed("There is no coach data at " + db + " yet: run `" + GlobalOptions.program() + "` to start.");
        }
        MemoryStore store = openStore(db);
        try {
            var learner = options.learnerId(env);
            String trackId = track.orElseGet(() -> installedVariant(store, learner, tracks, env));
            checkTrack(tracks, trackId);
            Coach coach = Coach.builder().tracks(tracks).grader(grader).memoryStore(store).clock(env.clock()).build();
            return new Workspace(store, coach, coach.session(learner, trackId), db);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    static MemoryStore openStore(Path db) {
        if (Files.exists(db) && !Files.isReadable(db)) {
            throw CliFailure.failed("Cannot read the coach database " + db + " (permission denied). Nothing was changed.");
        }
        try {
            SqliteLibrary.useFolderFromProperty();
            return JdbcMemoryStores.sqlite(db);
        } catch (CoachException e) {
            throw CliFailure.failed("Cannot open the coach database " + db + ": " + e.getMessage()
                    + "\nNothing was changed. Pass another file with --db PATH.");
        }
    }

    static Grader grader(Optional<String> name) {
        if (name.isEmpty()) {
            return Graders.rubric();
        }
        try {
            return Graders.byName(name.get());
        } catch (CoachException | IllegalArgumentException e) {
            throw CliFailure.usage("Unknown grader '" + name.get() + "': " + e.getMessage() + ". For ./coach, list "
                    + "the jars of a grader plug-in (and what they need) in the COACH_CLASSPATH environment variable.");
        }
    }

    static void checkTrack(TrackLoader tracks, String id) {
        if (!tracks.trackIds().contains(id)) {
            throw CliFailure.usage("Unknown track '" + id + "'. Known tracks: " + String.join(", ", tracks.trackIds()) + ".");
        }
    }

    /**
     * The variant in the learner's profile when it is installed here; otherwise {@link #DEFAULT_TRACK},
     * with a line saying so. A host application may have stored a variant this program does not have,
     * and that must not lock the learner out.
     */
    private static String installedVariant(MemoryStore store, LearnerId learner, TrackLoader tracks, CliEnv env) {
        var variant = variantOf(store, learner);
        if (variant.isEmpty()) {
            return DEFAULT_TRACK;
        }
        if (tracks.trackIds().contains(variant.get())) {
            return variant.get();
        }
        env.err().println("The profile names the track '" + variant.get() + "', which is not installed here (known: "
                + String.join(", ", tracks.trackIds()) + "); this run is on " + DEFAULT_TRACK + ". Choose another with `"
                + GlobalOptions.program() + " profile --variant ID`.");
        return DEFAULT_TRACK;
    }

    private static Optional<String> variantOf(MemoryStore store, LearnerId learner) {
        return store.load(new StateKey(learner, DEFAULT_TRACK)).flatMap(s -> s.profile().trackVariant());
    }

    /** The track runs without {@code --track} start on, as the learner chose it: kept in the profile on {@link #DEFAULT_TRACK}. */
    Optional<String> chosenVariant() {
        return variantOf(store, session.learnerId());
    }

    /**
     * Makes a track the one later runs without {@code --track} start on.
     *
     * @param trackId a known track
     * @return whether this changed the choice
     */
    boolean chooseVariant(String trackId) {
        if (chosenVariant().equals(Optional.of(trackId))) {
            return false;
        }
        coach.session(session.learnerId(), DEFAULT_TRACK).updateProfile(p -> p.withTrackVariant(trackId));
        return true;
    }

    /**
     * A line for a learner the store does not know: none of their answers on any track, nothing kept on
     * this track or the default one (a saved profile is kept): a new learner, or a mistyped name. The
     * store has no way to list the learners it keeps, so the line names the same name in another case
     * when that one has answered, and otherwise says where to look.
     *
     * @return the line, empty when the store knows the learner
     */
    Optional<String> noAnswersNote() {
        var learner = session.learnerId();
        if (!store.attempts(new AttemptQuery(learner, Optional.empty(), 1)).isEmpty()
                || store.load(new StateKey(learner, session.track().id())).isPresent()
                || store.load(new StateKey(learner, DEFAULT_TRACK)).isPresent()) {
            return Optional.empty();
        }
        String name = learner.value();
        for (String other : new java.util.LinkedHashSet<>(java.util.List.of(name.toLowerCase(java.util.Locale.ROOT),
                name.toUpperCase(java.util.Locale.ROOT), name.isEmpty() ? name
                        : name.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + name.substring(1).toLowerCase(java.util.Locale.ROOT)))) {
            if (!other.equals(name) && other.length() == name.length()
                    && !store.attempts(new AttemptQuery(LearnerId.of(other), Optional.empty(), 1)).isEmpty()) {
                return Optional.of("No learner named " + learner + " has answered in " + db + " yet; names are "
                        + "case-sensitive, and " + other + " has: did you mean --learner " + other + "?");
            }
        }
        return Optional.of("No learner named " + learner + " has answered in " + db + " yet: check --learner "
                + "(default: your user name; names are case-sensitive) and --db.");
    }

    CoachSession session() {
        return session;
    }

    Track track() {
        return session.track();
    }

    MemoryStore store() {
        return store;
    }

    Path db() {
        return db;
    }

    @Override
    public void close() {
        store.close();
    }
}
