package dev.interviewcoach.graders.internal;

import dev.interviewcoach.api.EvidenceSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One compiled paraphrase: its content stems, whether it states a negation, and how far apart its
 * words may stand in an answer. Matching is in any order within the window, and a match counts
 * only when its polarity (negated or not) is the phrase's.
 */
final class Phrase {
    /**
     * How far back (in content words) the subject of the sentence before may stand: "Keep the
     * transaction short. No remote calls inside." says "no remote calls inside the transaction".
     */
    private static final int CARRY_REACH = 30;
    /**
     * Phrases of at least this many words may take one of them from the sentence before, so at least
     * three of their own words stand in the sentence. With two ("Lower the email first. The index on
     * email is ignored.") the borrowed word is as likely an argument of another claim as the subject
     * left out, and "index on lower(email)" would be said by an answer that never says it.
     */
    private static final int CARRY_MIN_WORDS = 4;

    final String source;
    final String[] stems;
    final boolean negated;
    /** How many negators the phrase itself says ("key without a ttl never expires": two). */
    private final int negators;
    /** Whether the words must appear in the phrase's order (claims, such as misconceptions, depend on it). */
    final boolean ordered;
    private final int window;
    /**
     * Whether the claim must stand within one item of a parenthesised list: a claim written as a plain
     * phrase, with no comma of its own and no "..." pattern.
     */
    private final boolean listBound;
    /** Whether the phrase itself says "instead of" or "rather than" ("dns instead of a load balancer"). */
    private final boolean setsAside;
    /** Whether the question itself already says this: then saying it again is an echo. */
    private final boolean inQuestion;
    /**
     * For a pattern ({@code "timed out ... no charge"}): the part of the pattern each stem belongs to,
     * and how many negators each part says. A part's negation must stand near that part, not anywhere
     * in the sentence: "if it times out, reconcile - never issue a new charge" does not say "no charge".
     * Null for a phrase without "...".
     */
    private final int[] partOf;
    private final int[] partNegators;
    /**
     * Whether the claim says "too" of a word ("bigint is too small"): the excess is the claim, so an
     * answer must say it too. "bigint: 8 bytes, small index" does not claim bigint is too small.
     */
    private final boolean excess;
    /**
     * For a claim whose one negation stands inside it ("transactions never run at the same time"): the
     * word the negation denies, which in an answer must be the one its negation denies too ("they don't
     * interfere when they run at the same time" denies interfering, not running); -1 otherwise.
     */
    private final int negatedWord;
    /**
     * Per stem, whether it and the next are the parts of one identifier the phrase writes
     * ({@code customer_id}): an answer must say them side by side, in that order ("customer_id",
     * "customer id", "customerId"), not as two words of a sentence. Null when the phrase writes none.
     */
    private final boolean[] boundNext;
    /** The phrase's content stems in its order, repeats kept ("student_id, course_id" says id twice). */
    private final String[] sequence;
    /**
     * For a claim, per stem, whether it may stand anywhere near the claim rather than in its order: a
     * manner adverb or a reflexive ("the cache goes to the database itself" is said by "the cache
     * itself goes to the database"). Null when none may.
     */
    private final boolean[] free;
    /** Whether the phrase itself says a word that opens a clause ("safe because …"): it carries a reason. */
    private final boolean carriesReason;
    /**
     * Per stem, the words the phrase puts right before it that have {@linkplain Opposites opposites}
     * ("many side": for "side", "many"), or null when none has: an answer that says "the one side" has
     * not said "the many side", though it says "many" somewhere near ("one-to-many").
     */
    private final String[][] modifiers;

    private Phrase(String source, String[] stems, int negators, boolean ordered, boolean inQuestion, boolean excess,
            int negatedWord, boolean[] boundNext, String[] sequence, boolean[] free) {
        this(source, stems, negators, ordered, inQuestion, null, null, excess, negatedWord, boundNext, sequence, free);
    }

    private Phrase(String source, String[] stems, int negators, boolean ordered, boolean inQuestion, int[] partOf,
            int[] partNegators, boolean excess, int negatedWord, boolean[] boundNext, String[] sequence,
            boolean[] free) {
        this.source = source;
        this.free = free;
        boolean reason = false;
        for (String w : source.toLowerCase(Locale.ROOT).split("[^a-z']+")) {
            reason |= WordLists.CLAUSE_BREAKERS.contains(w);
        }
        this.carriesReason = reason;
        this.boundNext = boundNext;
        this.sequence = sequence == null ? stems : sequence;
        this.modifiers = modifiers(stems, this.sequence);
        this.excess = excess;
        this.negatedWord = negatedWord;
        this.stems = stems;
        this.negators = negators;
        this.negated = negators > 0;
        this.ordered = ordered;
        this.partOf = partOf;
        this.partNegators = partNegators;
        // A claim written with "..." ("raise the TTL ... prevents") is a pattern: its parts in order,
        // anywhere in one sentence.
        this.window = ordered && source.contains("...") ? Integer.MAX_VALUE / 2
                : stems.length - 1 + Math.max(3, stems.length);
        this.listBound = ordered && !source.contains("...") && source.indexOf(',') < 0 && source.indexOf(';') < 0;
        this.inQuestion = inQuestion;
        String lower = source.toLowerCase(Locale.ROOT);
        this.setsAside = lower.contains("instead of") || lower.contains("rather than");
    }

    /**
     * This phrase, knowing whether the question already says it.
     *
     * @param question the analyzed question
     * @return the phrase
     */
    Phrase inQuestion(AnalyzedText question) {
        var probe = new Phrase(source, stems, negators, ordered, false, partOf, partNegators, excess, negatedWord,
                boundNext, sequence, free);
        boolean said = probe.find(question, java.util.Set.of()).isPresent();
        return new Phrase(source, stems, negators, ordered, said, partOf, partNegators, excess, negatedWord,
                boundNext, sequence, free);
    }

    /**
     * Compiles a paraphrase from the analyses of its parts (one, or a pattern's parts between "...");
     * empty when it has no content word (it could match anything).
     */
    private static Optional<Phrase> compile(String paraphrase, boolean ordered, boolean pattern, List<AnalyzedText> parts) {
        var stems = new java.util.ArrayList<String>();
        var partOf = new java.util.ArrayList<Integer>();
        var contentPosition = new java.util.ArrayList<Integer>();
        var sequence = new java.util.ArrayList<String>();
        var surfaces = new java.util.ArrayList<String>();
        int[] partNegators = new int[parts.size()];
        int negators = 0;
        int part = 0;
        for (AnalyzedText t : parts) {
            int before = stems.size();
            int c = 0;
            for (int i = 0; i < t.size; i++) {
                if (t.kinds[i] == AnalyzedText.CONTENT) {
                    sequence.add(t.stems[i]);
                    if (ordered || !stems.contains(t.stems[i])) {
                        stems.add(t.stems[i]);
                        partOf.add(part);
                        contentPosition.add(c);
                        surfaces.add(t.text.substring(t.starts[i], t.ends[i]).toLowerCase(Locale.ROOT));
                    }
                    c++;
                } else if (t.kinds[i] == AnalyzedText.NEGATOR) {
                    negators++;
                    partNegators[part]++;
                }
            }
            // a part of grammar words alone ("lock ... no ... expiry"): its negators go with the next part
            if (stems.size() > before) {
                part++;
            }
        }
        if (stems.isEmpty()) {
            return Optional.empty();
        }
        boolean excess = ordered && parts.stream().anyMatch(ClaimScope::saysExcess);
        if (!pattern || part < 2) {
            int negated = ordered && negators == 1 && parts.size() == 1 ? ClaimScope.negatedInside(parts.get(0)) : -1;
            boolean[] bound = parts.size() == 1 ? boundIdentifierParts(parts.get(0), contentPosition) : null;
            boolean[] free = ordered && parts.size() == 1 ? freeWords(surfaces, negated) : null;
            return Optional.of(new Phrase(paraphrase, stems.toArray(String[]::new), negators, ordered, false, excess,
                    negated, bound, sequence.toArray(String[]::new), free));
        }
        return Optional.of(new Phrase(paraphrase, stems.toArray(String[]::new), negators, ordered, false,
                partOf.stream().mapToInt(Integer::intValue).toArray(), Arrays.copyOf(partNegators, part), excess, -1,
                null, sequence.toArray(String[]::new), null));
    }

    /** Words whose place in a sentence says nothing about who does what to whom. */
    private static final Set<String> REFLEXIVES = Set.of("itself", "themselves", "himself", "herself", "yourself",
            "myself", "ourselves");
    /** Words of seven letters or more that end in -ly but are no manner adverbs. */
    private static final Set<String> NOT_ADVERBS = Set.of("httponly", "readonly", "assembly", "monthly", "quarterly",
            "friendly", "costly", "likely", "unlikely", "weekly", "hourly", "nightly", "butterfly", "elderly",
            "multiply", "anomaly", "monopoly");

    /**
     * Claims shorter than this keep every word in order: with one other word, a free adverb makes the
     * claim unordered ("immediate retries hit …" is no "retry immediately" of the candidate's own).
     */
    private static final int MIN_WORDS_WITH_FREE = 3;

    /**
     * Which words of a claim may stand anywhere near it: manner adverbs ("automatically", "directly",
     * "exactly") and reflexives ("itself"), but never its first word, which anchors it, nor the word
     * its negation denies; null when none may.
     */
    private static boolean[] freeWords(List<String> surfaces, int negated) {
        if (surfaces.size() < MIN_WORDS_WITH_FREE) {
            return null;
        }
        boolean[] free = null;
        for (int i = 1; i < surfaces.size(); i++) {
            String w = surfaces.get(i);
            boolean adverb = w.length() >= 7 && w.endsWith("ly") && !NOT_ADVERBS.contains(w)
                    && w.chars().allMatch(Character::isLetter);
            if (i != negated && (adverb || REFLEXIVES.contains(w))) {
                if (free == null) {
                    free = new boolean[surfaces.size()];
                }
                free[i] = true;
            }
        }
        return free;
    }

    /**
     * Which of the phrase's stems are followed by the next part of the same identifier, given where in
     * the phrase each stem was read; null when none is.
     */
    private static boolean[] boundIdentifierParts(AnalyzedText phrase, List<Integer> contentPosition) {
        boolean[] bound = null;
        for (int k = 0; k + 1 < contentPosition.size(); k++) {
            int here = contentPosition.get(k);
            int group = phrase.identifierOf(here);
            if (group >= 0 && contentPosition.get(k + 1) == here + 1 && phrase.identifierOf(here + 1) == group) {
                if (bound == null) {
                    bound = new boolean[contentPosition.size()];
                }
                bound[k] = true;
            }
        }
        return bound;
    }

    /**
     * Compiles a paraphrase and, when it writes a {@linkplain Compounds closed compound} as two words
     * side by side ("roll back on error"), also its closed form ("rollback on error"), so an answer
     * that writes the compound closed meets it. Both keep the paraphrase as their source. A claim is
     * compiled as written: its verb's compound as a noun makes another claim.
     *
     * @return the compiled forms, none when the paraphrase has no content word
     */
    static List<Phrase> compileAll(String paraphrase, boolean ordered) {
        boolean pattern = ordered && paraphrase.contains("...");
        var parts = new ArrayList<AnalyzedText>();
        for (String text : pattern ? paraphrase.split("\\.\\.\\.") : new String[] {paraphrase}) {
            parts.add(TextAnalyzer.content(text));
        }
        var phrase = compile(paraphrase, ordered, pattern, parts);
        if (phrase.isEmpty()) {
            return List.of();
        }
        // a claim keeps its words: "the email is rolled back" is no claim about "a rollback" as a noun
        if (pattern || ordered) {
            return List.of(phrase.get());
        }
        AnalyzedText t = parts.get(0);
        var stems = new ArrayList<String>();
        boolean joined = false;
        for (int i = 0; i < t.size; i++) {
            if (t.kinds[i] != AnalyzedText.CONTENT) {
                continue;
            }
            String closed = i + 1 < t.size && t.sentences[i + 1] == t.sentences[i]
                    ? Compounds.standard().joined(t.stems[i], t.stems[i + 1]) : null;
            String stem = closed == null ? t.stems[i] : closed;
            if (ordered || !stems.contains(stem)) {
                stems.add(stem);
            }
            if (closed != null) {
                joined = true;
                i++;
            }
        }
        if (!joined) {
            return List.of(phrase.get());
        }
        Phrase open = phrase.get();
        return List.of(open, new Phrase(paraphrase, stems.toArray(String[]::new), open.negators, ordered, false,
                open.excess, -1, null, null, null));
    }

    /** A match: its span, and whether every word of it also stands in the question. */
    record Match(EvidenceSpan span, boolean echoed) {}

    /** Finds the first occurrence of this phrase in the answer, if any. */
    Optional<Match> find(AnalyzedText answer, Set<String> questionStems) {
        return find(answer, questionStems, -1);
    }

    /**
     * Finds the phrase with one of its words missing: a candidate who says "copies the entire upload
     * into a byte array" has nearly said "byte array of the whole file". Unordered phrases of four
     * words or more only: with fewer words, one missing changes the idea too often.
     */
    Optional<Match> findNear(AnalyzedText answer, Set<String> questionStems) {
        if (ordered || stems.length < 4) {
            return Optional.empty();
        }
        for (int skip = 0; skip < stems.length; skip++) {
            var match = find(answer, questionStems, skip);
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }

    private Optional<Match> find(AnalyzedText answer, Set<String> questionStems, int skip) {
        int[][] lists = new int[stems.length][];
        int anchor = skip == 0 ? 1 : 0;
        for (int i = 0; i < stems.length; i++) {
            if (i == skip) {
                continue;
            }
            lists[i] = answer.positions.get(stems[i]);
            if (lists[i] == null) {
                return Optional.empty();
            }
            if (boundNext != null || modifiers != null || answer.hasIdentifiers()) {
                lists[i] = admissible(answer, i, lists[i]);
                if (lists[i].length == 0) {
                    return Optional.empty();
                }
            }
            if (lists[i].length < lists[anchor].length) {
                anchor = i;
            }
        }
        int[] starts = ordered ? lists[0] : lists[anchor];
        // where each word of a pattern matched, for its parts' negations; rewritten for every start
        int[] at = partOf == null ? null : new int[stems.length];
        // where each word matched, to check that an identifier's parts stand side by side
        int[] chosen = boundNext == null ? null : new int[stems.length];
        for (int p : starts) {
            int lo = p;
            int hi = p;
            boolean ok = true;
            int negatedPosition = negatedWord == 0 ? p : -1;
            if (ordered) {
                int prev = p;
                if (at != null) {
                    at[0] = p;
                }
                if (chosen != null) {
                    chosen[0] = p;
                }
                int freeLo = p;
                int freeHi = p;
                for (int i = 1; i < stems.length && ok; i++) {
                    if (free != null && free[i]) {
                        int q = nearestInSentence(lists[i], p, answer.contentSentence, window);
                        if (q < 0) {
                            ok = false;
                        } else {
                            freeLo = Math.min(freeLo, q);
                            freeHi = Math.max(freeHi, q);
                            if (chosen != null) {
                                chosen[i] = q;
                            }
                        }
                        continue;
                    }
                    int q = successor(lists[i], prev);
                    if (q < 0 || q - p > window || answer.contentSentence[q] != answer.contentSentence[p]
                            || partOf == null && oppositeBetween(answer, i, prev, q)
                            || listBound && listBreak(answer, answer.contentTokens[prev], answer.contentTokens[q])
                            || stems.length == 2 && !carriesReason && newClauseBetween(answer, answer.contentTokens[prev], answer.contentTokens[q])) {
                        ok = false;
                    } else {
                        prev = q;
                        if (at != null) {
                            at[i] = q;
                        }
                        if (chosen != null) {
                            chosen[i] = q;
                        }
                        if (i == negatedWord) {
                            negatedPosition = q;
                        }
                    }
                }
                hi = Math.max(prev, freeHi);
                lo = freeLo;
            } else {
                boolean carried = false;
                if (chosen != null) {
                    chosen[anchor] = p;
                }
                for (int i = 0; i < stems.length && ok; i++) {
                    if (i == anchor || i == skip) {
                        continue;
                    }
                    int q = nearestInSentence(lists[i], p, answer.contentSentence, window);
                    if (chosen != null) {
                        chosen[i] = q;
                    }
                    if (q < 0 && !carried && stems.length - (skip >= 0 ? 1 : 0) >= CARRY_MIN_WORDS
                            && inSentenceBefore(lists[i], p, answer.contentSentence)) {
                        carried = true;
                    } else if (q < 0) {
                        ok = false;
                    } else {
                        lo = Math.min(lo, q);
                        hi = Math.max(hi, q);
                    }
                }
            }
            if (!ok || hi - lo > window || chosen != null && !partsSideBySide(chosen, skip)) {
                continue;
            }
            int firstToken = answer.contentTokens[lo];
            int lastToken = answer.contentTokens[hi];
            boolean differs = Polarity.differs(answer, firstToken, lastToken,
                    ordered ? Polarity.CLAIM_NEGATION_REACH : Polarity.NEGATION_REACH, negators, setsAside)
                    || at != null && Polarity.partNegationMissing(answer, at, partOf, partNegators);
            if (differs ^ answer.declaredFalse[firstToken] || excess && !ClaimScope.excessSaid(answer, firstToken, lastToken)
                    || negatedPosition >= 0 && !ClaimScope.deniedInClause(answer, answer.contentTokens[negatedPosition], lastToken)) {
                continue;
            }
            if (ordered && (Rejection.takenBack(answer, firstToken, lastToken)
                    || Rejection.quoted(answer, firstToken, lastToken))
                    || Rejection.verdictOnSubject(answer, firstToken, lastToken, stems)) {
                continue;
            }
            boolean echoed = inQuestion;
            for (int i = 0; i < stems.length && echoed; i++) {
                if (i != skip && !questionStems.contains(stems[i])) {
                    echoed = false;
                }
            }
            return Optional.of(new Match(new EvidenceSpan(answer.starts[firstToken], answer.ends[lastToken]), echoed));
        }
        return Optional.empty();
    }

    /**
     * Whether a word that opens a clause of its own ("so", "because", "but", "which", …) stands between
     * two tokens. A claim of two words that says no such word itself is a statement of one clause: "the SLA is looser than the SLO, so we react before we break the contract" does not
     * say "the SLO is the contract". Longer claims may carry their reason across one ("a bigger buffer
     * so the system can absorb the load").
     */
    private boolean newClauseBetween(AnalyzedText answer, int from, int to) {
        for (int t = from + 1; t < to; t++) {
            if (answer.kinds[t] == AnalyzedText.FUNCTION && WordLists.CLAUSE_BREAKERS.contains(answer.stems[t])) {
                return true;
            }
        }
        return false;
    }

    /** Whether each pair of an identifier's parts matched side by side (a skipped word is not checked). */
    private boolean partsSideBySide(int[] chosen, int skip) {
        for (int k = 0; k + 1 < stems.length; k++) {
            if (boundNext[k] && k != skip && k + 1 != skip && chosen[k + 1] != chosen[k] + 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * The positions at which the phrase's {@code i}-th word may match: where it is not a part of an
     * answer's identifier whose other parts the phrase places differently, and, for a part of an
     * identifier the phrase writes, where the identifier's neighbouring part stands beside it. Returns
     * the list itself when every position may.
     */
    private int[] admissible(AnalyzedText answer, int i, int[] list) {
        int[] out = null;
        int n = 0;
        for (int k = 0; k < list.length; k++) {
            boolean ok = fitsIdentifier(answer, i, list[k]) && besideBoundPart(answer, i, list[k])
                    && !qualifiedOtherwise(answer, i, list[k]);
            if (!ok && out == null) {
                out = new int[list.length];
                System.arraycopy(list, 0, out, 0, k);
                n = k;
            } else if (ok && out != null) {
                out[n++] = list[k];
            }
        }
        return out == null ? list : Arrays.copyOf(out, n);
    }

    /**
     * Whether the answer's word at content position {@code q}, if it is a part of an identifier, may
     * stand for the phrase's {@code i}-th word: each other part of that identifier that the phrase also
     * says must stand on the same side of it in the phrase. The {@code id} of {@code order_id} does not
     * make "customer id in the orders table", whose {@code id} goes with "customer".
     */
    private boolean fitsIdentifier(AnalyzedText answer, int i, int q) {
        int group = answer.identifierOf(q);
        if (group < 0) {
            return true;
        }
        for (int step = -1; step <= 1; step += 2) {
            for (int m = q + step; m >= 0 && m < answer.contentCount && answer.identifierOf(m) == group; m += step) {
                String mate = answer.stems[answer.contentTokens[m]];
                if (!mate.equals(stems[i]) && !placedAlike(stems[i], mate, step < 0)
                        && !saidOnOtherSide(answer, group, q, mate, step < 0, stems[i])) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String[][] modifiers(String[] stems, String[] sequence) {
        String[][] out = null;
        for (int i = 0; i < stems.length; i++) {
            for (int b = 1; b < sequence.length; b++) {
                if (!sequence[b].equals(stems[i]) || Opposites.of(sequence[b - 1]).isEmpty()) {
                    continue;
                }
                if (out == null) {
                    out = new String[stems.length][];
                }
                String[] before = out[i] == null ? new String[0] : out[i];
                before = Arrays.copyOf(before, before.length + 1);
                before[before.length - 1] = sequence[b - 1];
                out[i] = before;
            }
        }
        return out;
    }

    /**
     * Whether the answer puts the opposite of a word the phrase puts before its {@code i}-th word right
     * before the word at {@code q}, in the same sentence: "the foreign key lives on the one side" does
     * not say "foreign key on the many side". Both words side by side are one thing said of both: "read
     * and written as a whole" still says "read as a whole".
     */
    private boolean qualifiedOtherwise(AnalyzedText answer, int i, int q) {
        if (modifiers == null || modifiers[i] == null || q == 0
                || answer.contentSentence[q - 1] != answer.contentSentence[q]) {
            return false;
        }
        String before = answer.stems[answer.contentTokens[q - 1]];
        for (String modifier : modifiers[i]) {
            boolean coordinated = q >= 2 && answer.contentSentence[q - 2] == answer.contentSentence[q]
                    && answer.stems[answer.contentTokens[q - 2]].equals(modifier);
            if (Opposites.of(modifier).contains(before) && !coordinated) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the identifier also has {@code mate} on the other side of {@code q}, where the phrase
     * places it: {@code order_items.order_id} has "order" before "items" as well as after.
     */
    private boolean saidOnOtherSide(AnalyzedText answer, int group, int q, String mate, boolean before, String word) {
        int step = before ? 1 : -1;
        for (int m = q + step; m >= 0 && m < answer.contentCount && answer.identifierOf(m) == group; m += step) {
            if (answer.stems[answer.contentTokens[m]].equals(mate) && placedAlike(word, mate, !before)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the phrase, if it says {@code mate} at all, says it on the given side of {@code word} at
     * least once.
     */
    private boolean placedAlike(String word, String mate, boolean before) {
        boolean mentioned = false;
        for (int b = 0; b < sequence.length; b++) {
            if (!sequence[b].equals(mate)) {
                continue;
            }
            mentioned = true;
            for (int a = 0; a < sequence.length; a++) {
                if (sequence[a].equals(word) && (b < a) == before) {
                    return true;
                }
            }
        }
        return !mentioned;
    }

    /** Whether the parts of an identifier the phrase writes next to its {@code i}-th word stand beside {@code q}. */
    private boolean besideBoundPart(AnalyzedText answer, int i, int q) {
        if (boundNext == null) {
            return true;
        }
        if (i + 1 < stems.length && boundNext[i] && !saysAt(answer, stems[i + 1], q + 1)) {
            return false;
        }
        return i == 0 || !boundNext[i - 1] || saysAt(answer, stems[i - 1], q - 1);
    }

    private static boolean saysAt(AnalyzedText answer, String stem, int position) {
        int[] list = answer.positions.get(stem);
        return list != null && position >= 0 && Arrays.binarySearch(list, position) >= 0;
    }

    /**
     * Whether the opposite of the claim's {@code i}-th word stands between the matches of its
     * {@code (i-1)}-th and {@code i}-th, with other words between it and the {@code i}-th: the answer
     * said the other thing where the claim says this one. "a foreign key on the many side pointing at
     * the one side" does not say "foreign key on the one side"; "keep reading and writing" still says
     * "keep writing" (the two side by side are one thing said of both).
     */
    private boolean oppositeBetween(AnalyzedText answer, int i, int from, int to) {
        var opposites = Opposites.of(stems[i]);
        if (opposites.isEmpty()) {
            return false;
        }
        for (int c = from + 1; c < to - 1; c++) {
            if (opposites.contains(answer.stems[answer.contentTokens[c]])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a claim's two neighbouring words stand in different items of a parenthesised list: a
     * comma inside parentheses separates columns, arguments or tuple members ("order_lines(order_id
     * ... ON DELETE CASCADE, product_id ...)" says nothing about product_id cascading). Commas in prose
     * are left alone: a terse claim runs on across them ("JWT in localStorage, signed so safe").
     */
    private static boolean listBreak(AnalyzedText answer, int from, int to) {
        return answer.listCommaBetween(answer.ends[from], answer.starts[to]);
    }

    /** The first position in the sorted list after p, or -1. */
    private static int successor(int[] sorted, int p) {
        int i = Arrays.binarySearch(sorted, p + 1);
        int at = i >= 0 ? i : -i - 1;
        return at < sorted.length ? sorted[at] : -1;
    }

    /** Whether the sorted list has an occurrence in the sentence just before p's, within reach. */
    private static boolean inSentenceBefore(int[] sorted, int p, int[] sentenceOf) {
        int i = Arrays.binarySearch(sorted, p);
        int at = (i >= 0 ? i : -i - 1) - 1;
        for (; at >= 0 && p - sorted[at] <= CARRY_REACH; at--) {
            int sentence = sentenceOf[sorted[at]];
            if (sentence == sentenceOf[p] - 1) {
                return true;
            }
            if (sentence < sentenceOf[p] - 1) {
                return false;
            }
        }
        return false;
    }

    /** The occurrence closest to p that is in p's sentence and within the window, or -1. */
    private static int nearestInSentence(int[] sorted, int p, int[] sentenceOf, int window) {
        int i = Arrays.binarySearch(sorted, p);
        int right = i >= 0 ? i : -i - 1;
        int left = right - 1;
        int best = -1;
        if (right < sorted.length && sorted[right] - p <= window && sentenceOf[sorted[right]] == sentenceOf[p]) {
            best = sorted[right];
        }
        if (left >= 0 && p - sorted[left] <= window && sentenceOf[sorted[left]] == sentenceOf[p]
                && (best < 0 || p - sorted[left] <= best - p)) {
            best = sorted[left];
        }
        return best;
    }
}
