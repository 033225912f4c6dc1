package dev.interviewcoach.core.internal.content;

import java.io.StringReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parses a document's text into a {@link YamlNode} tree with the place of every key and value, from
 * the YAML parser's events (SnakeYAML's, the parser under Jackson's YAML module; its events keep
 * every anchor, which Jackson's token stream drops for plain values).
 *
 * <p>Refused, each with a problem at its place: YAML aliases ({@code *name}) and anchors ({@code
 * &name}), which would let one value stand for many; tags ({@code !!str}); duplicate keys; a key that is
 * not a plain value; a value longer than {@value #MAX_SCALAR_CHARS} characters; nesting deeper than
 * {@value #MAX_DEPTH}; a second document in the file. A syntax error ends the document with one problem
 * at its place. Plain values are typed as YAML 1.1 reads them: {@code 429} is a number, {@code yes} is
 * true.
 */
final class YamlReader {
    /** The longest value, in characters (the longest shipped value is under 6,000). */
    static final int MAX_SCALAR_CHARS = 32_768;
    /** The longest key, in characters: keys are field names and ids. */
    static final int MAX_KEY_CHARS = 200;
    /** The deepest nesting of lists and mappings (the content format needs six). */
    static final int MAX_DEPTH = 32;

    private static final Resolver RESOLVER = new Resolver();

    private final String resource;
    private final String text;
    private final Problems problems;
    private final Parser parser;
    private String path = "";
    /** The last value read: a quote left open makes it run on to where the parser fails. */
    private ScalarEvent lastScalar;
    /** The innermost mapping being read and its key read last (null before the first), for {@link Misplaced}. */
    private String openMapping = "";
    private YamlNode.Scalar openKey;

    private YamlReader(String resource, String text, Problems problems, Parser parser) {
        this.resource = resource;
        this.text = text;
        this.problems = problems;
        this.parser = parser;
    }

    /** Ends the document: its problem has been recorded. */
    private static final class Abandon extends Exception {
        private static final long serialVersionUID = 1L;

        Abandon() {
            super(null, null, false, false);
        }
    }

    /**
     * Reads a document's tree, or empty (with the problem recorded) when it cannot be parsed.
     *
     * @param resource the document, for problems
     * @param text the document's text, already within its size limits
     * @param problems where problems go
     * @return the root value
     */
    static Optional<YamlNode> read(String resource, String text, Problems problems) {
        var options = new LoaderOptions();
        options.setProcessComments(false);
        var reader = new YamlReader(resource, text, problems,
                new ParserImpl(new StreamReader(new StringReader(text)), options));
        try {
            return reader.document();
        } catch (MarkedYAMLException e) {
            reader.syntaxProblem(e);
        } catch (YAMLException e) {
            reader.problem(Position.START, "YAML syntax: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        } catch (Abandon e) {
            // recorded
        }
        return Optional.empty();
    }

    private Optional<YamlNode> document() throws Abandon {
        parser.getEvent(); // stream start
        if (parser.checkEvent(Event.ID.StreamEnd)) {
            problems.add(resource, Position.START, "", "the document is empty");
            return Optional.empty();
        }
        parser.getEvent(); // document start
        YamlNode root = node(0);
        parser.getEvent(); // document end
        Event next = parser.getEvent();
        if (next instanceof DocumentStartEvent) {
            path = "";
            problem(position(next.getStartMark()), "a second YAML document starts here; a file holds one document");
        } else if (!(next instanceof StreamEndEvent)) {
            problem(position(next.getStartMark()), "unexpected content after the document");
        }
        return Optional.of(root);
    }

    private YamlNode node(int depth) throws Abandon {
        Event event = parser.getEvent();
        Position at = position(event.getStartMark());
        if (event instanceof AliasEvent alias) {
            problem(at, "YAML aliases (`*" + Excerpt.bare(alias.getAnchor())
                    + "`) are not supported: write the value out in full");
            return refused(at);
        }
        if (event instanceof NodeEvent n && n.getAnchor() != null) {
            problem(at, "YAML anchors (`&" + Excerpt.bare(n.getAnchor())
                    + "`) are not supported: write each value out in full");
        }
        String tag = event instanceof ScalarEvent s ? s.getTag()
                : event instanceof CollectionStartEvent c ? c.getTag() : null;
        if (tag != null) {
            problem(at, "YAML tags (`" + Excerpt.bare(tag.replace(Tag.PREFIX, "!!"))
                    + "`) are not supported: write a value plainly, in quotes to make it text");
        }
        if (event instanceof MappingStartEvent) {
            return mapping(at, depth + 1);
        }
        if (event instanceof SequenceStartEvent) {
            return sequence(at, depth + 1);
        }
        var scalar = (ScalarEvent) event;
        lastScalar = scalar;
        if (tag != null) {
            return refused(at);
        }
        if (scalar.getValue().length() > MAX_SCALAR_CHARS) {
            problem(at, "a value of " + scalar.getValue().length() + " characters; a value may hold at most "
                    + MAX_SCALAR_CHARS);
            return refused(at);
        }
        String refused = unprintable(scalar.getValue());
        if (refused != null) {
            problem(at, "the value holds " + refused + ", written as an escape; content is printable text, "
                    + "which a learner's terminal shows as written");
            return refused(at);
        }
        return scalar(at, scalar);
    }

    /**
     * The first character of a value that is neither printable nor a line break, described, or null: a
     * double-quoted escape ("\\x1b", "\\a", "\\0", a lone "\\uD800") writes what the document's own text may not hold.
     */
    private static String unprintable(String value) {
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            if (cp != '\n' && !DocumentText.printable(cp)) {
                return String.format("the character U+%04X (%s)", cp, Character.isSurrogate((char) cp)
                        ? "half of a surrogate pair" : Character.isISOControl(cp) ? "a control character" : "not printable");
            }
        }
        return null;
    }

    private YamlNode mapping(Position at, int depth) throws Abandon {
        deep(at, depth);
        String parent = path;
        String outerMapping = openMapping;
        YamlNode.Scalar outerKey = openKey;
        openMapping = parent;
        openKey = null;
        var entries = new ArrayList<YamlNode.Mapping.Entry>();
        var firstLine = new HashMap<String, Integer>();
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
            YamlNode keyNode = node(depth);
            if (!(keyNode instanceof YamlNode.Scalar key) || key.kind() == YamlNode.Kind.REFUSED) {
                if (!(keyNode instanceof YamlNode.Scalar)) {
                    problem(keyNode.at(), "a key is a plain name, not a list or mapping");
                }
                skip(depth);
                continue;
            }
            if (key.text().length() > MAX_KEY_CHARS) {
                problem(key.at(), "a key of " + key.text().length() + " characters; a key (a field name or an id) may "
                        + "hold at most " + MAX_KEY_CHARS);
                throw new Abandon();
            }
            path = parent.isEmpty() ? key.text() : parent + "." + key.text();
            openKey = key;
            YamlNode value = node(depth);
            Integer first = firstLine.putIfAbsent(key.text(), key.at().line());
            if (first != null) {
                problem(key.at(), "duplicate key `" + Excerpt.bare(key.text()) + "` (first on line " + first + ")");
            } else {
                entries.add(new YamlNode.Mapping.Entry(key.text(), key.at(), value));
            }
        }
        parser.getEvent();
        path = parent;
        openMapping = outerMapping;
        openKey = outerKey;
        return new YamlNode.Mapping(at, entries);
    }

    private YamlNode sequence(Position at, int depth) throws Abandon {
        deep(at, depth);
        String parent = path;
        var items = new ArrayList<YamlNode>();
        while (!parser.checkEvent(Event.ID.SequenceEnd)) {
            path = parent + "[" + items.size() + "]";
            items.add(node(depth));
        }
        parser.getEvent();
        path = parent;
        return new YamlNode.Sequence(at, items);
    }

    /** Reads and drops the value of a refused key. */
    private void skip(int depth) throws Abandon {
        node(depth);
    }

    private void deep(Position at, int depth) throws Abandon {
        if (depth > MAX_DEPTH) {
            problem(at, "lists and mappings nested more than " + MAX_DEPTH + " deep");
            throw new Abandon();
        }
    }

    /** Types a plain value as YAML 1.1 does; a quoted value is always text. */
    private static YamlNode scalar(Position at, ScalarEvent event) {
        String text = event.getValue();
        Tag tag = RESOLVER.resolve(NodeId.scalar, text, event.getImplicit().canOmitTagInPlainScalar());
        if (Tag.NULL.equals(tag)) {
            return new YamlNode.Scalar(at, YamlNode.Kind.NULL, text, null);
        }
        if (Tag.BOOL.equals(tag)) {
            boolean truth = switch (text.toLowerCase(java.util.Locale.ROOT)) {
                case "yes", "true", "on" -> true;
                default -> false;
            };
            return new YamlNode.Scalar(at, YamlNode.Kind.BOOLEAN, text, truth);
        }
        if (Tag.INT.equals(tag)) {
            return new YamlNode.Scalar(at, YamlNode.Kind.INTEGER, text, integer(text));
        }
        if (Tag.FLOAT.equals(tag)) {
            return new YamlNode.Scalar(at, YamlNode.Kind.DECIMAL, text, decimal(text));
        }
        return new YamlNode.Scalar(at, YamlNode.Kind.TEXT, text, null);
    }

    /** A YAML 1.1 integer: decimal, 0b binary, 0x hex, leading-0 octal, or base 60 with colons. */
    private static BigInteger integer(String text) {
        String t = text.replace("_", "");
        boolean negative = t.startsWith("-");
        if (t.startsWith("-") || t.startsWith("+")) {
            t = t.substring(1);
        }
        BigInteger value;
        if (t.contains(":")) {
            value = BigInteger.ZERO;
            for (String part : t.split(":")) {
                value = value.multiply(BigInteger.valueOf(60)).add(new BigInteger(part));
            }
        } else if (t.startsWith("0b")) {
            value = new BigInteger(t.substring(2), 2);
        } else if (t.startsWith("0x")) {
            value = new BigInteger(t.substring(2), 16);
        } else if (t.startsWith("0") && t.length() > 1) {
            value = new BigInteger(t.substring(1), 8);
        } else {
            value = new BigInteger(t);
        }
        return negative ? value.negate() : value;
    }

    /** A YAML 1.1 float, including .inf and .nan (refused later where a number must be finite). */
    private static Double decimal(String text) {
        String t = text.replace("_", "").toLowerCase(java.util.Locale.ROOT);
        if (t.endsWith(".inf")) {
            return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (t.equals(".nan")) {
            return Double.NaN;
        }
        if (t.contains(":")) {
            double value = 0;
            boolean negative = t.startsWith("-");
            for (String part : t.replaceFirst("^[-+]", "").split(":")) {
                value = value * 60 + Double.parseDouble(part);
            }
            return negative ? -value : value;
        }
        return Double.parseDouble(t);
    }

    private static YamlNode refused(Position at) {
        return new YamlNode.Scalar(at, YamlNode.Kind.REFUSED, "", null);
    }

    /**
     * Records a syntax error where the author can fix it. The parser notices an unclosed quote or
     * bracket only lines later, where the text stops making sense; so a quoted value that runs over
     * several lines up to the error is named at its start, and the construct the parser was inside
     * says where it began.
     */
    private void syntaxProblem(MarkedYAMLException e) {
        Position problemAt = position(e.getProblemMark());
        Mark contextMark = e.getContextMark();
        String context = e.getContext() == null ? ""
                : contextMark != null && contextMark.getLine() + 1 < problemAt.line()
                        ? " (" + e.getContext() + " that starts at line " + (contextMark.getLine() + 1) + ", column "
                                + (contextMark.getColumn() + 1) + ")"
                        : " (" + e.getContext() + ")";
        String found = "YAML syntax: " + e.getProblem() + context;
        if (lastScalar != null && lastScalar.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN
                && lastScalar.getScalarStyle() != DumperOptions.ScalarStyle.LITERAL
                && lastScalar.getScalarStyle() != DumperOptions.ScalarStyle.FOLDED
                && lastScalar.getStartMark().getLine() < lastScalar.getEndMark().getLine()
                && lastScalar.getEndMark().getLine() + 1 == problemAt.line()) {
            problem(position(lastScalar.getStartMark()), "YAML syntax: a quoted value starts here and runs on to line "
                    + problemAt.line() + ", where the parser fails (" + e.getProblem() + "): is its closing quote missing?");
            return;
        }
        var misplaced = Misplaced.of(e, problemAt, text, path, openMapping, openKey);
        if (misplaced.isPresent()) {
            problems.add(resource, problemAt, misplaced.get().field(), misplaced.get().message());
            return;
        }
        problem(problemAt, found + advice(e, contextMark, problemAt));
    }

    /**
     * What the parser's words most often mean in a content document, said in an author's words: a line
     * indented differently from the block around it, or a colon where a plain value was expected.
     */
    private static String advice(MarkedYAMLException e, Mark contextMark, Position problemAt) {
        String problem = String.valueOf(e.getProblem());
        if (problem.startsWith("expected <block end>") || problem.contains("'<block sequence start>'")
                || problem.contains("'<block mapping start>'")) {
            return contextMark != null && contextMark.getLine() + 1 < problemAt.line()
                    ? "; check this line's indentation against the block's other lines (it starts at line "
                            + (contextMark.getLine() + 1) + "): every key of one mapping, and every '-' of one list, "
                            + "starts in the same column"
                    : "; check this line's indentation: every key of one mapping, and every '-' of one list, starts in "
                            + "the same column";
        }
        if (problem.startsWith("mapping values are not allowed here")) {
            return "; a ':' followed by a space starts a key here: put a value holding \": \" in quotes";
        }
        return "";
    }

    private void problem(Position at, String message) {
        problems.add(resource, at, path, message);
    }

    private static Position position(Mark mark) {
        return mark == null ? Position.START : new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }
}
