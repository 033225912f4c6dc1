package dev.interviewcoach.core.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cursor reads numbers and strings exactly as the JDK and Jackson do, and gives up on anything else. */
class CursorTests {
    private static final long SEED = 20261203L;
    private static final JsonFactory JSON = new JsonFactory();

    @Test
    void everyFiniteDoubleReadsBackToTheSameBits() {
        qt().withFixedSeed(SEED).withExamples(20_000).forAll(longs().all()).checkAssert(bits -> {
            double value = Double.longBitsToDouble(bits);
            if (Double.isFinite(value)) {
                assertThat(Double.doubleToRawLongBits(Cursor.of(Double.toString(value)).doubleValue()))
                        .isEqualTo(Double.doubleToRawLongBits(value));
            }
        });
    }

    @Test
    void shortDecimalsReadAsTheJdkParsesThem() {
        qt().withFixedSeed(SEED).withExamples(20_000)
                .forAll(longs().between(0, 999_999_999_999_999L), integers().between(0, 17), integers().between(-30, 30))
                .checkAssert((digits, point, exponent) -> {
                    String text = Long.toString(digits);
                    int at = Math.min(point, text.length() - 1);
                    String decimal = text.substring(0, text.length() - at) + "." + (at == 0 ? "0" : text.substring(text.length() - at))
                            + (exponent == 0 ? "" : "E" + exponent);
                    for (String written : List.of(decimal, "-" + decimal)) {
                        assertThat(Double.doubleToRawLongBits(Cursor.of(written).doubleValue())).as(written)
                                .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(written)));
                    }
                });
    }

    @Test
    void edgeNumbersReadAsTheJdkParsesThem() {
        for (String written : List.of("0.0", "-0.0", "1.0E22", "1.0E23", "9.007199254740993E15", "123456789012345.6",
                "0.30000000000000004", "4.9E-324", "1.7976931348623157E308", "2.2250738585072014E-308", "1e-400",
                "1E400", "0.1e+2", "5.0e-22", "9.99999999999999E-23")) {
            assertThat(Double.doubleToRawLongBits(Cursor.of(written).doubleValue())).as(written)
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(written)));
        }
        assertThat(Cursor.of("-2147483648").intValue()).isEqualTo(Integer.MIN_VALUE);
        assertThat(Cursor.of("9223372036854775807").longValue()).isEqualTo(Long.MAX_VALUE);
        assertThat(Cursor.of("-9223372036854775808").longValue()).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void everyTextJacksonWritesReadsBackAsJacksonReadsIt() {
        qt().withFixedSeed(SEED).withExamples(5_000).forAll(strings().allPossible().ofLengthBetween(0, 30))
                .checkAssert(text -> {
                    String written = jackson(text);
                    Cursor in = Cursor.of(written);
                    if (in == null) {
                        // UTF-8 cannot hold an unpaired surrogate: such a text is left to the data binder
                        assertThat(TextEscape.encode(text)).isNotEqualTo(text);
                    } else if (text.indexOf('\uFFFD') >= 0) {
                        // the replacement character may stand for malformed bytes: left to the data binder
                        assertThatThrownBy(in::string).isInstanceOf(RecordReader.GiveUp.class);
                    } else {
                        assertThat(in.string()).isEqualTo(jacksonRead(written));
                    }
                });
        String escapes = "\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\uD83D\\uDE00 \\uFfFf\"";
        assertThat(Cursor.of(escapes).string()).isEqualTo(jacksonRead(escapes));
    }

    @Test
    void anythingOutsideTheCompactGrammarGivesUp() {
        for (String number : List.of("01", "1.", ".5", "-", "1e", "1e+", "+1", "1x")) {
            var in = Cursor.of(number);
            assertThatThrownBy(() -> {
                in.doubleValue();
                in.expect('}');
            }).as(number).isInstanceOf(RecordReader.GiveUp.class);
        }
        for (String integer : List.of("1.0", "1e3", "2147483648", "99999999999999999999", "-", "00")) {
            assertThatThrownBy(() -> Cursor.of(integer).intValue()).as(integer).isInstanceOf(RecordReader.GiveUp.class);
        }
        for (String string : List.of("\"a", "\"a\\x\"", "\"a\tb\"", "\"\\u12\"", "\"\\u12g4\"", "a\"", "\"a\\")) {
            assertThatThrownBy(() -> Cursor.of(string).string()).as(string).isInstanceOf(RecordReader.GiveUp.class);
        }
    }

    private static String jackson(String text) {
        var out = new StringWriter();
        try (var generator = JSON.createGenerator(out)) {
            generator.writeString(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toString();
    }

    private static String jacksonRead(String json) {
        try (JsonParser parser = JSON.createParser(json)) {
            parser.nextToken();
            return parser.getText();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
