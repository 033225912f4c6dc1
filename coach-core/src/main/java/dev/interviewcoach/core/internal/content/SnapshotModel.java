package dev.interviewcoach.core.internal.content;

import dev.interviewcoach.api.CalibrationSample;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Concept;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.Dimension;
import dev.interviewcoach.api.Evidence;
import dev.interviewcoach.api.FollowUp;
import dev.interviewcoach.api.Misconception;
import dev.interviewcoach.api.Prompt;
import dev.interviewcoach.api.Rubric;
import dev.interviewcoach.api.SampleKind;
import dev.interviewcoach.api.ScoreBand;
import dev.interviewcoach.api.Source;
import dev.interviewcoach.api.Topic;
import dev.interviewcoach.api.Track;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The track model in the snapshot's binary form: every component of every record, in declaration
 * order, written with {@link DataOutputStream} (big-endian numbers; a text is its UTF-8 length and
 * bytes; a list its size and items; an absent optional one zero byte). Reading builds the model through
 * its public constructors, so the model's own checks run again.
 */
final class SnapshotModel {
    private SnapshotModel() {}

    /** Writes a track. */
    static void write(Track t, DataOutputStream out) throws IOException {
        var w = new Writer(out);
        w.text(t.id());
        w.text(t.title());
        w.text(t.version());
        w.text(t.description());
        w.optional(t.baseId());
        w.list(t.concepts(), w::concept);
        w.list(t.challenges(), w::challenge);
        w.list(t.bossChallenges(), w::challenge);
        w.list(t.outOfScope(), w::text);
    }

    /**
     * Reads a track.
     *
     * @throws IllegalArgumentException when the bytes are not a track (cut short, or a value the model refuses)
     */
    static Track read(byte[] bytes, int offset) {
        var r = new Reader(bytes, offset);
        Track track = new Track(r.text(), r.text(), r.text(), r.text(), r.optional(), r.list(r::concept),
                r.list(r::challenge), r.list(r::challenge), r.list(r::text));
        if (r.at != bytes.length) {
            throw new IllegalArgumentException("bytes after the track");
        }
        return track;
    }

    @FunctionalInterface
    private interface Item<T> {
        void write(T item) throws IOException;
    }

    private static final class Writer {
        private final DataOutputStream out;

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void text(String s) throws IOException {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }

        void optional(Optional<String> s) throws IOException {
            out.writeBoolean(s.isPresent());
            if (s.isPresent()) {
                text(s.get());
            }
        }

        <T> void list(List<T> items, Item<T> item) throws IOException {
            out.writeInt(items.size());
            for (T t : items) {
                item.write(t);
            }
        }

        void concept(Concept c) throws IOException {
            text(c.id());
            text(c.title());
            out.writeInt(c.order());
            list(c.topics(), t -> {
                text(t.id());
                text(t.title());
            });
        }

        void challenge(Challenge c) throws IOException {
            text(c.id());
            text(c.conceptId());
            text(c.level().name());
            text(c.topicId());
            list(c.secondaryTopicIds(), this::text);
            prompt(c.prompt());
            list(c.rubric().criteria(), this::criterion);
            list(c.rubric().dimensions(), this::dimension);
            list(c.misconceptions(), m -> {
                text(m.id());
                text(m.shows());
                list(m.evidence(), this::evidence);
                text(m.correction());
            });
            text(c.referenceAnswer());
            list(c.hints(), this::text);
            list(c.followUps(), f -> {
                text(f.criterionId());
                text(f.question());
                list(f.evidence(), this::evidence);
                out.writeInt(f.minEvidence());
            });
            list(c.sources(), s -> {
                text(s.title());
                optional(s.url().map(URI::toString));
            });
            list(c.samples(), this::sample);
        }

        void prompt(Prompt p) throws IOException {
            text(p.text());
            optional(p.scenario());
            list(p.constraints(), this::text);
            out.writeBoolean(p.timeLimit().isPresent());
            if (p.timeLimit().isPresent()) {
                out.writeLong(p.timeLimit().get().getSeconds());
                out.writeInt(p.timeLimit().get().getNano());
            }
            out.writeBoolean(p.wordBudget().isPresent());
            if (p.wordBudget().isPresent()) {
                out.writeInt(p.wordBudget().getAsInt());
            }
        }

        void criterion(Criterion c) throws IOException {
            text(c.id());
            out.writeDouble(c.weight());
            out.writeBoolean(c.required());
            text(c.description());
            optional(c.topicId());
            optional(c.dimensionId());
            list(c.evidence(), this::evidence);
            out.writeInt(c.minEvidence());
            optional(c.feedback());
            list(c.counterEvidence(), this::evidence);
        }

        void dimension(Dimension d) throws IOException {
            text(d.id());
            text(d.title());
            list(d.conceptIds(), this::text);
            out.writeDouble(d.weight());
        }

        void evidence(Evidence e) throws IOException {
            list(e.paraphrases(), this::text);
        }

        void sample(CalibrationSample s) throws IOException {
            text(s.kind().name());
            text(s.text());
            band(s.band());
            optional(s.misconceptionId());
            list(new java.util.TreeMap<>(s.dimensionBands()).entrySet().stream().toList(), e -> { // in a fixed order
                text(e.getKey());
                band(e.getValue());
            });
        }

        void band(ScoreBand b) throws IOException {
            out.writeDouble(b.low());
            out.writeDouble(b.high());
            out.writeBoolean(b.highInclusive());
        }
    }

    private static final class Reader {
        private final byte[] b;
        private int at;

        Reader(byte[] bytes, int offset) {
            this.b = bytes;
            this.at = offset;
        }

        private void need(int n) {
            if (n < 0 || n > b.length - at) {
                throw new IllegalArgumentException("the snapshot is cut short");
            }
        }

        int integer() {
            need(4);
            int v = (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
            at += 4;
            return v;
        }

        long longValue() {
            return (long) integer() << 32 | (integer() & 0xFFFFFFFFL);
        }

        double decimal() {
            return Double.longBitsToDouble(longValue());
        }

        boolean bool() {
            need(1);
            return b[at++] != 0;
        }

        String text() {
            int n = integer();
            need(n);
            String s = new String(b, at, n, StandardCharsets.UTF_8);
            at += n;
            return s;
        }

        Optional<String> optional() {
            return bool() ? Optional.of(text()) : Optional.empty();
        }

        <T> List<T> list(java.util.function.Supplier<T> item) {
            int n = integer();
            need(n); // every item takes at least one byte
            var items = new ArrayList<T>(Math.min(n, 1024));
            for (int i = 0; i < n; i++) {
                items.add(item.get());
            }
            return items;
        }

        Concept concept() {
            return new Concept(text(), text(), integer(), list(() -> new Topic(text(), text())));
        }

        Challenge challenge() {
            String id = text();
            String concept = text();
            ChallengeLevel level = ChallengeLevel.valueOf(text());
            String topic = text();
            List<String> secondary = list(this::text);
            Prompt prompt = prompt();
            List<Criterion> criteria = list(this::criterion);
            Rubric rubric = new Rubric(criteria, list(this::dimension));
            List<Misconception> misconceptions = list(() -> new Misconception(text(), text(), list(this::evidence), text()));
            String reference = text();
            List<String> hints = list(this::text);
            List<FollowUp> followUps = list(() -> new FollowUp(text(), text(), list(this::evidence), integer()));
            List<Source> sources = list(() -> new Source(text(), optional().map(URI::create)));
            return new Challenge(id, concept, level, topic, secondary, prompt, rubric, misconceptions, reference, hints,
                    followUps, sources, list(this::sample));
        }

        Prompt prompt() {
            String text = text();
            Optional<String> scenario = optional();
            List<String> constraints = list(this::text);
            Optional<Duration> limit = bool() ? Optional.of(Duration.ofSeconds(longValue(), integer())) : Optional.empty();
            OptionalInt budget = bool() ? OptionalInt.of(integer()) : OptionalInt.empty();
            return new Prompt(text, scenario, constraints, limit, budget);
        }

        Criterion criterion() {
            return new Criterion(text(), decimal(), bool(), text(), optional(), optional(), list(this::evidence),
                    integer(), optional(), list(this::evidence));
        }

        Dimension dimension() {
            return new Dimension(text(), text(), list(this::text), decimal());
        }

        Evidence evidence() {
            return new Evidence(list(this::text));
        }

        CalibrationSample sample() {
            SampleKind kind = SampleKind.valueOf(text());
            String text = text();
            ScoreBand band = band();
            Optional<String> misconception = optional();
            int n = integer();
            need(n);
            Map<String, ScoreBand> dimensions = new HashMap<>();
            for (int i = 0; i < n; i++) {
                dimensions.put(text(), band());
            }
            return new CalibrationSample(kind, text, band, misconception, dimensions);
        }

        ScoreBand band() {
            return new ScoreBand(decimal(), decimal(), bool());
        }
    }
}
