package dev.interviewcoach.cli.internal;

import dev.interviewcoach.api.LearnerProfile;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code coach profile}: shows the profile, or changes what the options name. */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = "Show your profile, or set the target role, track variant, interview date, session length or pressure.")
final class ProfileCommand implements Callable<Integer> {
    /** Pressure on or off. */
    enum Switch { on, off }

    @ParentCommand
    private CoachCommand root;

    @Option(names = "--role", paramLabel = "ROLE", description = "The role you interview for, e.g. \"junior backend developer\".")
    private String role;

    @Option(names = "--variant", paramLabel = "TRACK", description = "The track variant to practise by default, e.g. "
            + "backend-go: later runs start on it, and the other settings given with it are kept on it (each track "
            + "keeps its own profile).")
    private String variant;

    @Option(names = "--interview-date", paramLabel = "YYYY-MM-DD", description = "The day of the interview.")
    private String interviewDate;

    @Option(names = "--session-length", paramLabel = "MINUTES", description = "How long one sitting lasts.")
    private Integer sessionMinutes;

    @Option(names = "--pressure", paramLabel = "on|off",
            description = "Whether time limits and word budgets count against the evidence (on) or are only reported (off).")
    private Switch pressure;

    @Override
    public Integer call() {
        UnaryOperator<LearnerProfile> change = changes();
        var env = root.env();
        var track = root.options().track();
        if (variant != null) {
            Workspace.checkTrack(env.tracks().get(), variant);
            if (track.isPresent() && !track.get().equals(variant)) {
                throw CliFailure.usage("--track " + track.get() + " and --variant " + variant + " name different tracks, "
                        + "and each keeps its own profile. Give --variant alone: later runs start on it, and the "
                        + "settings given with it are kept on it. Nothing was changed.");
            }
            // the settings land where the learner practises from now on, not on the track of this run
            track = Optional.of(variant);
        }
        try (var workspace = Workspace.open(root.options(), env, true, track); var console = env.console()) {
            var session = workspace.session();
            boolean saved = variant != null && workspace.chooseVariant(variant);
            var profile = session.profile();
            var changed = change.apply(profile);
            if (!changed.equals(profile)) {
                profile = session.updateProfile(p -> changed);
                saved = true;
            }
            if (saved) {
                console.println("Profile saved.");
            }
            var style = console.style();
            console.println(style.bold("Profile · " + session.learnerId() + " on " + session.track().id()));
            console.println("  role:            " + profile.targetRole().orElse("—"));
            console.println("  variant:         " + workspace.chosenVariant().orElse("—"));
            console.println("  interview date:  " + profile.interviewDate().map(LocalDate::toString).orElse("—"));
            console.println("  session length:  " + profile.sessionLength().map(d -> d.toMinutes() + " minutes").orElse("open-ended"));
            console.println("  pressure:        " + (profile.pressure() ? "on" : "off"));
            console.println("  focus:           " + (profile.focusConceptIds().isEmpty() && profile.focusTopicIds().isEmpty()
                    ? "—" : String.join(", ", java.util.stream.Stream.concat(profile.focusConceptIds().stream(),
                            profile.focusTopicIds().stream()).toList())));
            if (!saved) {
                // only looked at: an empty profile may be a mistyped --learner
                workspace.noAnswersNote().ifPresent(note -> console.println(style.wrap(note, "")));
            }
            return 0;
        }
    }

    private UnaryOperator<LearnerProfile> changes() {
        UnaryOperator<LearnerProfile> change = UnaryOperator.identity();
        if (role != null) {
            if (role.isBlank()) {
                throw CliFailure.usage("--role needs a role, e.g. --role \"junior backend developer\"");
            }
            change = then(change, p -> p.withTargetRole(role.strip()));
        }
        if (interviewDate != null) {
            try {
                LocalDate date = InterviewDates.parse(interviewDate, LocalDate.now(root.env().clock()));
                change = then(change, p -> p.withInterviewDate(date));
            } catch (IllegalArgumentException e) {
                throw CliFailure.usage("--interview-date: " + e.getMessage() + "; give the day of an interview to come. "
                        + "Nothing was changed.");
            }
        }
        if (sessionMinutes != null) {
            if (sessionMinutes < 1 || sessionMinutes > 24 * 60) {
                throw CliFailure.usage("--session-length takes minutes from 1 to 1440; got " + sessionMinutes);
            }
            change = then(change, p -> p.withSessionLength(Duration.ofMinutes(sessionMinutes)));
        }
        if (pressure != null) {
            change = then(change, p -> p.withPressure(pressure == Switch.on));
        }
        return change;
    }

    private static UnaryOperator<LearnerProfile> then(UnaryOperator<LearnerProfile> a, UnaryOperator<LearnerProfile> b) {
        return p -> b.apply(a.apply(p));
    }
}
