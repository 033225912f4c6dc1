package dev.interviewcoach.cli.internal;

import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.MasteryStatus;
import dev.interviewcoach.api.Track;
import dev.interviewcoach.core.Readiness;
import java.util.Optional;

/**
 * The readiness map in the terminal: one row per concept, one cell per rung shaded by mastery and
 * marked held, mastered or tentative, then the rung held, the next review and confirmed misconceptions.
 */
final class ReadinessMap {
    /** A rung's column, and the narrower one of terminals too narrow for five of those beside a name. */
    private static final int CELL = 10;
    private static final int NARROW_CELL = 7;

    /** What the marks of a rung's status mean, as the legends of the map say it (terminal and HTML). */
    static final String MARKS_LEGEND = mark(MasteryStatus.MASTERED) + " " + words(MasteryStatus.MASTERED) + " · "
            + mark(MasteryStatus.TENTATIVE) + " " + words(MasteryStatus.TENTATIVE)
            + " (too few answers, or an estimate in between) · " + mark(MasteryStatus.NOT_MASTERED) + " "
            + words(MasteryStatus.NOT_MASTERED);

    private ReadinessMap() {}

    static String render(Readiness readiness, Track track, Style style) {
        var out = new StringBuilder();
        out.append(style.bold("Readiness · " + readiness.learnerId() + " · " + track.title())).append('\n');
        out.append(style.dim("as of " + readiness.asOf() + readiness.interviewDate().map(d -> " · interview " + d).orElse("")
                + String.format(" · %d %% ready%s", Scores.percent(readiness.overall()),
                        readiness.interviewDate().isPresent() ? " on the day if you keep up with the reviews" : ""))).append('\n').append('\n');
        // the held rung and next review close each row; where they do not fit after the cells they go
        // on a line of their own beneath, so the terminal never breaks a row in the middle of a date
        var tails = new java.util.ArrayList<String>();
        int longestTail = "held".length();
        int longestName = "concept".length();
        for (var concept : readiness.concepts()) {
            String tail = tail(concept, readiness);
            tails.add(tail);
            longestTail = Math.max(longestTail, tail.length());
            longestName = Math.max(longestName, concept.title().length());
        }
        int room = style.width() - 1;
        int cellWidth = 12 + CELL * 5 <= room ? CELL : NARROW_CELL;
        // whole concept names before the tail: a name is cut only where the cells alone leave too little room
        int nameWidth = Math.max(12, Math.min(Math.min(32, longestName + 2), room - cellWidth * 5));
        boolean tailBeneath = nameWidth + cellWidth * 5 + longestTail > room;
        var header = new StringBuilder(pad("concept", nameWidth));
        for (var level : ChallengeLevel.values()) {
            header.append(pad(level.name(), cellWidth));
        }
        int tailRoom = room - nameWidth - cellWidth * 5;
        header.append(tailBeneath ? "" : tailRoom >= "held / next review".length() ? "held / next review" : "held");
        out.append(style.bold(header.toString().stripTrailing())).append('\n');
        for (int i = 0; i < readiness.concepts().size(); i++) {
            var concept = readiness.concepts().get(i);
            var row = new StringBuilder(pad(concept.title(), nameWidth));
            for (var level : ChallengeLevel.values()) {
                row.append(cell(concept, level, style, cellWidth));
            }
            if (tailBeneath) {
                out.append(row.toString().stripTrailing()).append('\n')
                        .append(style.dim(style.wrap("held " + tails.get(i), "  "))).append('\n');
            } else {
                out.append(row).append(tails.get(i)).append('\n');
            }
        }
        boolean diamonds = readiness.concepts().stream().anyMatch(c -> java.util.Arrays.stream(ChallengeLevel.values())
                .anyMatch(l -> rung(c, l).isEmpty() && heldByPlacement(c, l)));
        boolean placed = readiness.concepts().stream().anyMatch(c -> c.heldBy() == Readiness.HeldBy.PLACEMENT
                && c.heldRung().isPresent());
        out.append('\n').append(style.wrap("█ ≥90 % · ▓ ≥70 % · ▒ ≥40 % · ░ <40 % mastery (answers on the rungs around a rung, and the "
                + "diagnosis, move its estimate too) · a dot: no estimate yet · "
                + MARKS_LEGEND
                + (diamonds ? " · ◆ held by the diagnosis, no answer there yet" : "")
                + (placed ? " · (placed): held because the diagnosis placed you there; practice confirms it once two or "
                        + "more of your answers there put its mastery at 85 % or above, marked ✓ (until then it counts towards "
                        + "the ready figure by how sure the placement is)" : ""),
                "")).append('\n');
        // those shown once have their own section, with their corrections (seenOnce)
        var misconceptions = readiness.concepts().stream().flatMap(c -> c.misconceptions().stream())
                .filter(Readiness.Misconception::confirmed).toList();
        if (!misconceptions.isEmpty()) {
            out.append('\n').append(style.bold("Confirmed misconceptions")).append('\n');
            for (var m : misconceptions) {
                out.append(style.wrap("- " + describe(m, track) + " (shown " + m.occurrences() + "×)", "  ")).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * The misconceptions seen once and not yet confirmed or resolved, so a learner can review what an
     * answer of theirs was flagged for before it comes back; empty when there are none.
     *
     * @param records the learner's misconception records
     * @param track the track
     * @param style the terminal style
     * @return the section, or ""
     */
    static String seenOnce(java.util.List<dev.interviewcoach.api.MisconceptionRecord> records, Track track, Style style) {
        var once = records.stream().filter(r -> r.status() == dev.interviewcoach.api.MisconceptionStatus.SUSPECTED).toList();
        if (once.isEmpty()) {
            return "";
        }
        var out = new StringBuilder(style.bold("Flagged once")).append(style.dim(" (confirmed if it comes back; "
                + "answers on its topic without it clear it)")).append('\n');
        for (var r : once) {
            String shows = track.challenge(r.challengeId()).flatMap(c -> c.misconception(r.misconceptionId()))
                    .map(m -> m.shows() + " Correction: " + m.correction()).orElse(r.challengeId() + "#" + r.misconceptionId());
            out.append(style.wrap("- " + shows, "  ", "    ")).append('\n');
        }
        return out.toString();
    }

    /** From this probability a rung shows as held on the map. */
    private static final double SHOWN_HELD = 0.85;

    /**
     * The rungs the map shows as held whose latest answer did not pass: the estimate weighs every answer
     * (the diagnosis included), so one "not yet" moves it little, and the map would otherwise seem to
     * contradict the grade the candidate just saw.
     *
     * @param attempts the learner's attempts on the track, by id
     * @param passes whether a grade passes the coach's pass policy
     * @return the note, or "" when there is none
     */
    static String heldThoughLastNotYet(Readiness readiness, java.util.Map<String, dev.interviewcoach.api.Attempt> attempts,
            java.util.function.Predicate<dev.interviewcoach.api.Grade> passes, Style style) {
        var lines = new java.util.ArrayList<String>();
        for (var concept : readiness.concepts()) {
            for (var rung : concept.rungs()) {
                if (rung.probability() < SHOWN_HELD || rung.attemptIds().isEmpty()) {
                    continue;
                }
                var last = attempts.get(rung.attemptIds().get(rung.attemptIds().size() - 1));
                if (last != null && last.grade().isScored() && !last.answer().skipped() && !passes.test(last.grade())) {
                    lines.add(String.format(java.util.Locale.ROOT, "- %s · %s: your last answer there scored %s, not yet",
                            concept.title(), rung.level(), Scores.two(last.grade().score().getAsDouble())));
                }
            }
        }
        if (lines.isEmpty()) {
            return "";
        }
        var out = new StringBuilder(style.bold("Held on the map, though your last answer was not yet"))
                .append(style.dim(" (the estimate weighs all your answers there, the diagnosis included; a pass "
                        + "confirms it, more misses lower it)")).append('\n');
        lines.forEach(l -> out.append(style.wrap(l, "  ")).append('\n'));
        return out.toString();
    }

    /** What a misconception shows, from the challenge that names it. */
    static String describe(Readiness.Misconception m, Track track) {
        int hash = m.id().indexOf('#');
        if (hash < 0) {
            return m.id();
        }
        return track.challenge(m.id().substring(0, hash))
                .flatMap(c -> c.misconception(m.id().substring(hash + 1)))
                .map(x -> x.shows())
                .orElse(m.id());
    }

    static Optional<Readiness.Rung> rung(Readiness.Concept concept, ChallengeLevel level) {
        return concept.rungs().stream().filter(r -> r.level() == level).findFirst();
    }

    static boolean heldByPlacement(Readiness.Concept concept, ChallengeLevel level) {
        return concept.heldBy() == Readiness.HeldBy.PLACEMENT
                && concept.heldRung().map(h -> level.compareTo(h) <= 0).orElse(false);
    }

    private static String cell(Readiness.Concept concept, ChallengeLevel level, Style style, int width) {
        var rung = rung(concept, level);
        if (rung.isEmpty()) {
            return pad(heldByPlacement(concept, level) ? "◆" : "·", width);
        }
        double p = rung.get().probability();
        String text = String.format("%s%3d%%%s", shadeChar(p), Scores.percent(p), mark(rung.get().status()));
        return style.shade(p, text) + " ".repeat(Math.max(1, width - text.length()));
    }

    /** What closes a concept's row: the rung it holds (and whether by placement alone), then its next review. */
    static String tail(Readiness.Concept concept, Readiness readiness) {
        return concept.heldRung().map(r -> r + (concept.heldBy() == Readiness.HeldBy.PLACEMENT ? " (placed)" : ""))
                .orElse("—") + concept.nextReview().map(d -> d.isBefore(readiness.asOf())
                        ? " · review overdue since " + d : " · review " + d).orElse("");
    }

    /** The mark of a rung's status on the map. */
    static String mark(MasteryStatus status) {
        return switch (status) {
            case MASTERED -> "✓";
            case TENTATIVE -> "~";
            case NOT_MASTERED -> "✗";
        };
    }

    /** A rung's status in the words of the map's legend. */
    static String words(MasteryStatus status) {
        return switch (status) {
            case MASTERED -> "mastered";
            case TENTATIVE -> "not decided yet";
            case NOT_MASTERED -> "not mastered";
        };
    }

    static String shadeChar(double p) {
        return p >= 0.9 ? "█" : p >= 0.7 ? "▓" : p >= 0.4 ? "▒" : "░";
    }

    static boolean mastered(Readiness.Rung rung) {
        return rung.status() == MasteryStatus.MASTERED;
    }

    private static String pad(String s, int width) {
        String cut = s.length() >= width ? s.substring(0, width - 2) + "… " : s;
        return cut + " ".repeat(Math.max(0, width - cut.length()));
    }
}
