package dev.interviewcoach.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.interviewcoach.api.ContentException;
import dev.interviewcoach.api.ContentProblem;
import dev.interviewcoach.spi.DocumentRequest;
import dev.interviewcoach.spi.TrackProvider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Content written to hurt is refused early and safely: limits hold while the document is read, YAML
 * aliases cannot multiply a value, links cannot lead out of a content folder, and a message never
 * quotes more than a short excerpt of what it refuses.
 */
class HostileContentTests {
    private static final int LIMIT = 1 << 20;
    private static final String MANIFEST = """
            id: t
            title: T
            version: 1.0.0
            concepts:
              - id: http
                title: HTTP
                order: 1
                topics: [{ id: http.basics, title: Basics }]
            documents: [doc.yaml]
            """;

    @TempDir
    Path tmp;

    /** An endless-looking stream that counts the bytes taken from it. */
    private static final class CountingStream extends InputStream {
        private final byte[] head;
        private final byte[] filler;
        private final long size;
        long read;

        CountingStream(String head, String filler, long size) {
            this.head = head.getBytes(StandardCharsets.UTF_8);
            this.filler = filler.getBytes(StandardCharsets.UTF_8);
            this.size = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            for (int i = 0; i < n; i++) {
                long at = read + i;
                b[off + i] = at < head.length ? head[(int) at] : filler[(int) ((at - head.length) % filler.length)];
            }
            read += n;
            return n;
        }
    }

    private static TrackProvider provider(Supplier<InputStream> document) {
        return new TrackProvider() {
            @Override
            public Set<String> trackIds() {
                return Set.of("t");
            }

            @Override
            public InputStream open(DocumentRequest request) {
                return request.name().equals(DocumentRequest.MANIFEST)
                        ? new ByteArrayInputStream(MANIFEST.getBytes(StandardCharsets.UTF_8)) : document.get();
            }
        };
    }

    private static List<ContentProblem> problems(String document) {
        return TrackLoader.of(provider(() -> new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))))
                .validate("t");
    }

    @Test
    void aFiftyMegabyteDocumentIsRefusedAfterReadingNoMoreThanTheLimit() {
        var stream = new CountingStream("challenges:\n  - id: http.define.x\n    prompt: >-\n",
                "      lorem ipsum dolor sit amet, lorem ipsum dolor sit amet\n", 50L << 20);

        var problems = TrackLoader.of(provider(() -> stream)).validate("t");

        assertThat(stream.read).isLessThanOrEqualTo(LIMIT + 1);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.resource()).isEqualTo("t/doc.yaml");
            assertThat(p.line()).isGreaterThan(10_000);
            assertThat(p.message()).isEqualTo("the document is larger than 1048576 bytes (1 MiB), the most a document "
                    + "may hold; split it into several documents");
        });
    }

    @Test
    void aSixteenMegabyteValueOnOneLineIsRefusedWhereTheLineOutgrowsItsLimit() {
        var stream = new CountingStream("challenges:\n  - id: http.define.x\n    prompt: ", "a", 16L << 20);

        var problems = TrackLoader.of(provider(() -> stream)).validate("t");

        assertThat(stream.read).isLessThanOrEqualTo(LIMIT + 1);
        assertThat(problems).extracting(ContentFixtures::expectLine).containsExactly(
                "3:32769: a line longer than 32768 characters; break it (a `>-` block folds wrapped lines into one)");
    }

    @Test
    void aLongValueOnManyLinesIsRefusedAtTheValueWithoutQuotingIt() {
        String value = "      word word word word word word word word word word\n".repeat(1_000);
        var problems = problems("challenges:\n  - id: http.define.x\n    prompt: >-\n" + value);
        assertThat(problems).extracting(ContentFixtures::expectLine).contains(
                "3:13 at challenges[0].prompt: a value of 49999 characters; a value may hold at most 32768");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\u001B", "\u007F", "\u0090", "\uFFFF"})
    void aControlCharacterIsReportedAtItsRealLineAndColumn(String character) {
        var problems = problems("challenges:\n  - id: http.define.x\n    prompt: What is " + character + " here?\n");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(21);
            assertThat(p.message()).startsWith(String.format("the character U+%04X", (int) character.charAt(0)));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\0", "\\a", "\\x1b[31m", "\\e", "\\uD800", "\\x7f"})
    void aControlCharacterWrittenAsAnEscapeIsReportedAtItsValue(String escape) {
        var problems = problems("challenges:\n  - id: http.define.x\n    prompt: \"What is " + escape + " here?\"\n");
        assertThat(problems).filteredOn(p -> p.field().endsWith("prompt")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(13);
            assertThat(p.message()).contains("the value holds the character U+").contains("written as an escape");
        });
    }

    @Test
    void aListKeyWithNothingAfterItIsReportedNotReadAsAnEmptyList() {
        assertThat(problems("challenges:\n")).extracting(ContentFixtures::expectLine).singleElement()
                .asString().startsWith("1:").contains("challenges").contains("a list");
        assertThat(problems("challenges: ~\n")).isNotEmpty();
    }

    @Test
    void bytesThatAreNotUtf8AreReportedWhereTheyStand() {
        byte[] head = "challenges:\n  - id: ab".getBytes(StandardCharsets.UTF_8);
        byte[] document = new byte[head.length + 1];
        System.arraycopy(head, 0, document, 0, head.length);
        document[head.length] = (byte) 0xC3; // a lone lead byte, then the end
        var problems = TrackLoader.of(provider(() -> new ByteArrayInputStream(document))).validate("t");
        assertThat(problems).extracting(ContentFixtures::expectLine)
                .containsExactly("2:11: bytes that are not UTF-8 text; a document is UTF-8");
    }

    @Test
    void aliasesCannotMultiplyAValueEachAnchorAndAliasIsRefusedWhereItStands() {
        var problems = problems("""
                challenges:
                  - id: http.define.x
                    hints: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]
                    constraints: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
                    scenario: *b
                """);
        assertThat(problems).extracting(ContentFixtures::expectLine).contains(
                "3:12 at challenges[0].hints: YAML anchors (`&a`) are not supported: write each value out in full",
                "4:18 at challenges[0].constraints: YAML anchors (`&b`) are not supported: write each value out in full",
                "4:22 at challenges[0].constraints[0]: YAML aliases (`*a`) are not supported: write the value out in full",
                "5:15 at challenges[0].scenario: YAML aliases (`*b`) are not supported: write the value out in full");
    }

    @Test
    void nestingBeyondTheLimitIsRefusedWithoutExhaustingTheStack() {
        var problems = problems("challenges:\n" + "  [\n".repeat(50_000) + "  ]\n".repeat(50_000));
        assertThat(problems).extracting(ContentFixtures::expectLine)
                .containsExactly("33:3 at challenges[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]"
                        + "[0][0][0][0][0][0]: lists and mappings nested more than 32 deep");
    }

    @Test
    void aSecondYamlDocumentInAFileIsRefused() {
        var problems = problems("challenges: []\n---\nchallenges: []\n");
        assertThat(problems).extracting(ContentFixtures::expectLine)
                .containsExactly("2:1: a second YAML document starts here; a file holds one document");
    }

    @Test
    void aBadDocumentNameIsAContentProblemAtItsEntryInTheManifest() {
        var provider = new TrackProvider() {
            @Override
            public Set<String> trackIds() {
                return Set.of("t");
            }

            @Override
            public InputStream open(DocumentRequest request) {
                return new ByteArrayInputStream(MANIFEST.replace("[doc.yaml]", "[/etc/passwd, 'a\\b.yaml']")
                        .getBytes(StandardCharsets.UTF_8));
            }
        };
        var e = catchThrowableOfType(ContentException.class, () -> TrackLoader.of(provider).load("t"));
        assertThat(e.problems()).extracting(ContentFixtures::expectLine).containsExactly(
                "9:13 at documents[0]: document '/etc/passwd' is not a document name: a name is a path inside the track, "
                        + "without '..', '\\' or a leading '/'",
                "9:26 at documents[1]: document 'a\\b.yaml' is not a document name: a name is a path inside the track, "
                        + "without '..', '\\' or a leading '/'");
    }

    @Test
    void aLinkOutOfTheTrackFolderIsRefusedWithoutQuotingWhatItLeadsTo() throws IOException {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "root:x:0:0:the secret line:/root:/bin/bash\n");
        Path track = Files.createDirectories(tmp.resolve("tracks/t"));
        Files.writeString(track.resolve("track.yaml"), MANIFEST);
        Files.createSymbolicLink(track.resolve("doc.yaml"), secret);

        var problems = TrackLoader.of(TrackProviders.directory(tmp.resolve("tracks"))).validate("t");

        assertThat(problems).extracting(ContentFixtures::expectLine).containsExactly(
                "9:13 at documents[0]: document 'doc.yaml' cannot be opened: doc.yaml leads out of the track's folder "
                        + "(a symbolic link); refused");
        assertThat(problems.toString()).doesNotContain("secret");
    }

    @Test
    void aLinkThatStaysInsideTheTrackFolderIsFollowed() throws IOException {
        Path track = Files.createDirectories(tmp.resolve("tracks/t"));
        Files.writeString(track.resolve("track.yaml"), MANIFEST);
        Path real = Files.createDirectories(track.resolve("shared")).resolve("real.yaml");
        Files.writeString(real, "challenges: []\n");
        Files.createSymbolicLink(track.resolve("doc.yaml"), Path.of("shared/real.yaml"));

        // the track loads: its only problems are those of a track for learners (rungs without a challenge)
        var loader = TrackLoader.of(TrackProviders.directory(tmp.resolve("tracks")));
        assertThat(loader.load("t").id()).isEqualTo("t");
        assertThat(loader.validate("t")).allSatisfy(p -> assertThat(p.message()).contains("has no challenge at"));
    }

    @Test
    void noMessageQuotesMoreThanAShortExcerptOfALongValue() {
        String longText = "x".repeat(30_000);
        var problems = problems("challenges:\n  - id: " + longText + "\n    rung: " + longText + "\n    "
                + "k".repeat(150) + ": 1\n    rubric: " + longText + "\n");
        assertThat(problems).hasSizeGreaterThanOrEqualTo(4).allSatisfy(p -> {
            assertThat(p.toString()).doesNotContain("x".repeat(61)).doesNotContain("k".repeat(61));
            assertThat(p.toString().length()).isLessThan(400);
        });
    }

    @Test
    void aProviderFailingToOpenADocumentIsAProblemAtItsEntryNotARawException() {
        var e = catchThrowableOfType(ContentException.class, () -> TrackLoader.of(provider(() -> {
            throw new java.io.UncheckedIOException(new IOException("disk on fire " + "!".repeat(1_000)));
        })).load("t"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(ContentFixtures.expectLine(p)).startsWith("9:13 at documents[0]: document 'doc.yaml' cannot be opened: ");
            assertThat(p.message().length()).isLessThanOrEqualTo(400);
        });
    }
}
