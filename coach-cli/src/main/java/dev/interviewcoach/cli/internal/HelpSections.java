package dev.interviewcoach.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The parts of {@code --help} computed when it is shown, from the tracks this run would use: the track
 * ids {@code --track} takes (the shipped tracks and those of a {@code --content} folder) under {@code
 * coach --help}, and the concept ids {@code --concept} takes under {@code coach practice --help}. Both
 * read the options as given on the command line (a {@code --content} folder or {@code --track} beside
 * {@code --help}), and a run that asks for no help loads nothing for them.
 */
final class HelpSections {
    private static final String TRACKS = "coachTracks";
    private static final String CONCEPTS = "coachConcepts";

    private HelpSections() {}

    /** Adds the sections to the program's help and to {@code practice}'s. */
    static void install(CommandLine cmd, CoachCommand root) {
        add(cmd, TRACKS, UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING, help -> tracks(root, width(help)));
        add(cmd.getSubcommands().get("practice"), CONCEPTS, UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST_HEADING,
                help -> concepts(root, width(help)));
    }

    /** Puts a section into one command's help, before the section {@code before} (at the end if it has none). */
    private static void add(CommandLine command, String key, String before, CommandLine.IHelpSectionRenderer renderer) {
        var keys = new ArrayList<>(command.getHelpSectionKeys());
        int at = keys.indexOf(before);
        keys.add(at < 0 ? keys.size() : at, key);
        command.getHelpSectionMap().put(key, renderer);
        // set on this command alone: setHelpSectionKeys would give every subcommand the key too
        command.getCommandSpec().usageMessage().sectionKeys(keys);
    }

    private static int width(CommandLine.Help help) {
        return help.commandSpec().usageMessage().width();
    }

    /** "Tracks (--track ID): backend, backend-go, shipped; acme, in ./acme (--content)." */
    static String tracks(CoachCommand root, int width) {
        var shipped = new TreeSet<>(root.shippedTracks().get().trackIds());
        var text = new StringBuilder("Tracks (--track ID): " + String.join(", ", shipped) + ", shipped");
        var content = root.options().content();
        if (content.isEmpty()) {
            text.append("; with --content DIR, also the tracks in that folder, each under the id its track.yaml gives.");
        } else {
            try {
                var own = ContentFolder.of(content.get()).tracks().keySet();
                text.append("; ").append(String.join(", ", own)).append(", in ").append(content.get())
                        .append(" (--content), each under the id its track.yaml gives")
                        .append(own.stream().anyMatch(shipped::contains) ? ", which replaces a shipped track of "
                                + "the same id" : "").append('.');
            } catch (CliFailure e) {
                text.append("; none in ").append(content.get()).append(" (--content): ").append(firstLine(e)).append('.');
            }
        }
        return new Style(false, width).wrap(text.toString(), "", "  ") + "\n";
    }

    /** The concepts of the track {@code practice} would focus on, one a line: id and title. */
    static String concepts(CoachCommand root, int width) {
        var style = new Style(false, width);
        String trackId = root.options().track().orElse(Workspace.DEFAULT_TRACK);
        dev.interviewcoach.api.Track track;
        try {
            var tracks = root.env().tracks().get();
            Workspace.checkTrack(tracks, trackId);
            track = tracks.load(trackId);
        } catch (CliFailure | dev.interviewcoach.api.CoachException e) {
            return style.wrap("Concepts (--concept ID): cannot be listed here: " + firstLine(e), "", "  ") + "\n";
        }
        var out = new StringBuilder(style.wrap("Concepts (--concept ID) of " + track.title() + " (" + track.id()
                + (root.options().track().isEmpty() ? "; --track picks another" : "") + "):", "")).append('\n');
        int idWidth = track.concepts().stream().mapToInt(c -> c.id().length()).max().orElse(0) + 2;
        List<String> rows = new ArrayList<>();
        for (var concept : track.concepts()) {
            rows.add(style.wrap(concept.id() + " ".repeat(idWidth - concept.id().length()) + concept.title(), "  "));
        }
        out.append(String.join("\n", rows)).append('\n');
        String topic = track.concepts().stream().flatMap(c -> c.topics().stream()).findFirst().map(t -> t.id())
                .orElse("");
        out.append(style.wrap("Topics (--topic ID) have ids of their own" + (topic.isEmpty() ? "" : ", e.g. " + topic)
                + "; an unknown one is answered with all of them.", "")).append('\n');
        return out.toString();
    }

    private static String firstLine(RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
