package dev.interviewcoach.graders.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Past forms of English irregular verbs, folded onto the verb before stemming: a stemmer leaves
 * "lost" and "lose" apart, so "sessions are lost" would not meet "users lose their session". Forms
 * that are also common words of another meaning in backend talk are left out ("bound" as in upper
 * bound, "left" as in LEFT JOIN, "rung" of the ladder, "lay", "saw", "lit", "spoke" as in hub and
 * spoke), as are forms equal to the verb ("set", "put", "read") and forms of grammar words ("had",
 * "did", "done", "got"), which the word lists handle. Immutable; thread-safe.
 */
final class IrregularForms {
    private static final Map<String, String> BASE = table(
            "arise: arose arisen", "become: became", "begin: began begun", "bend: bent", "bind: bindings",
            "bite: bit bitten", "bleed: bled", "blow: blew blown", "break: broke broken", "breed: bred",
            "bring: brought", "build: built", "buy: bought", "catch: caught", "choose: chose chosen",
            "come: came", "creep: crept", "deal: dealt", "dig: dug", "draw: drew drawn", "drink: drank drunk",
            "drive: drove driven", "eat: ate eaten", "fall: fell fallen", "feed: fed", "feel: felt",
            "fight: fought", "find: found", "flee: fled", "fly: flew flown", "forbid: forbade forbidden",
            "forget: forgot forgotten", "forgive: forgave forgiven", "freeze: froze frozen", "give: gave given",
            "go: went gone", "grow: grew grown", "hang: hung", "hear: heard", "hide: hid hidden", "hold: held",
            "keep: kept", "know: knew known", "lead: led", "lend: lent", "lose: lost", "make: made",
            "mean: meant", "meet: met", "mislead: misled", "overwrite: overwrote overwritten", "pay: paid",
            "prepay: prepaid", "rebuild: rebuilt", "rerun: reran", "rewrite: rewrote rewritten", "ride: rode ridden",
            "rise: rose risen", "run: ran", "say: said", "see: seen", "seek: sought", "sell: sold",
            "send: sent", "shake: shook shaken", "shoot: shot", "show: shown", "shrink: shrank shrunk",
            "sink: sank sunk", "sleep: slept", "slide: slid", "spend: spent", "spin: spun", "stand: stood",
            "steal: stole stolen", "stick: stuck", "strike: struck stricken", "swear: swore sworn",
            "sweep: swept", "swing: swung", "take: took taken", "teach: taught", "tell: told", "think: thought",
            "throw: threw thrown", "understand: understood", "undo: undid undone", "uphold: upheld",
            "wake: woke woken", "wear: wore worn", "win: won", "withdraw: withdrew withdrawn",
            "withhold: withheld", "write: wrote written");

    private IrregularForms() {}

    private static Map<String, String> table(String... lines) {
        var base = new HashMap<String, String>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            String verb = line.substring(0, colon);
            for (String form : line.substring(colon + 1).strip().split(" ")) {
                base.put(form, verb);
            }
        }
        return Map.copyOf(base);
    }

    /** The verb a lowercase word is a past form of, or the word itself. */
    static String base(String word) {
        return BASE.getOrDefault(word, word);
    }
}
