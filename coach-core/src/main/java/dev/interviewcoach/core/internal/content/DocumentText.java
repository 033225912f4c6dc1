package dev.interviewcoach.core.internal.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads the text of one document within its limits, before any YAML parsing: at most {@value
 * #MAX_DOCUMENT_BYTES} bytes are read from the stream, however long it is; the bytes must be UTF-8;
 * every character must be one YAML allows (no NUL or other control characters); no line may be longer
 * than {@value #MAX_LINE_CHARS} characters. A document that breaks one of these is refused with the
 * line and column where it does, and is not parsed.
 */
final class DocumentText {
    /** The largest document, in bytes (1 MiB; the largest shipped document is under 80 KB). */
    static final int MAX_DOCUMENT_BYTES = 1 << 20;
    /** The longest line, in characters: a longer line is refused before the YAML parser sees it. */
    static final int MAX_LINE_CHARS = 32_768;

    private DocumentText() {}

    /**
     * The document's text, or empty (with the problem recorded) when it breaks a limit.
     *
     * @param resource the document, for problems
     * @param in its bytes; read at most {@value #MAX_DOCUMENT_BYTES} + 1 bytes
     * @param problems where a refusal goes
     * @return the text, without a leading byte order mark
     * @throws IOException when the stream fails
     */
    static Optional<String> read(String resource, InputStream in, Problems problems) throws IOException {
        byte[] bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
        boolean tooLarge = bytes.length > MAX_DOCUMENT_BYTES;
        ByteBuffer input = ByteBuffer.wrap(bytes, 0, Math.min(bytes.length, MAX_DOCUMENT_BYTES));
        CharBuffer text = CharBuffer.allocate(input.remaining());
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        // A document cut at the limit may end inside a character; that is not an encoding error.
        CoderResult result = decoder.decode(input, text, !tooLarge);
        if (!result.isError() && !tooLarge) {
            result = decoder.flush(text);
        }
        text.flip();
        int start = text.length() > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
        String decoded = text.subSequence(start, text.length()).toString();

        var scan = new Scan(decoded);
        if (scan.refusal != null) {
            problems.add(resource, scan.position(), "", scan.refusal);
            return Optional.empty();
        }
        if (result.isError()) {
            problems.add(resource, scan.position(), "", "bytes that are not UTF-8 text; a document is UTF-8");
            return Optional.empty();
        }
        if (tooLarge) {
            problems.add(resource, scan.position(), "", "the document is larger than " + MAX_DOCUMENT_BYTES
                    + " bytes (1 MiB), the most a document may hold; split it into several documents");
            return Optional.empty();
        }
        return Optional.of(decoded);
    }

    /** Walks the text as the YAML parser counts it; stops at the first character or line it refuses. */
    private static final class Scan {
        int line = 1;
        int column = 1;
        String refusal;

        Scan(String text) {
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == '\r' && i < text.length() && text.charAt(i) == '\n') {
                    continue; // CR LF is one line break, counted at the LF
                }
                if (cp == '\n' || cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
                    line++;
                    column = 1;
                    continue;
                }
                if (!printable(cp)) {
                    refusal = String.format("the character U+%04X (%s) is not allowed in a document; YAML holds "
                            + "printable text", cp, Character.isISOControl(cp) ? "a control character" : "not printable");
                    return;
                }
                if (column > MAX_LINE_CHARS) {
                    refusal = "a line longer than " + MAX_LINE_CHARS + " characters; break it (a `>-` block folds"
                            + " wrapped lines into one)";
                    return;
                }
                column++;
            }
        }

        Position position() {
            return new Position(line, column);
        }

        /** YAML's printable set (YAML 1.1, section 5.1). */
    }

    /** Whether YAML counts the character as printable (a tab is; line breaks are counted apart). */
    static boolean printable(int cp) {
        return cp == 0x9 || (cp >= 0x20 && cp <= 0x7E) || (cp >= 0xA0 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
