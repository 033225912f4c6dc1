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
     * Whether the question says this only as one of the two alternatives it offers: saying it is the
     * answer's choice, unless the sentence that says it names both alternatives, as the question does.
     */
    private boolean offeredAsAlternative;
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
    /** Where the phrase's words may stand beyond their window: identifiers and qualifiers. */
    private final WordPlaces places;
    /**
     * For a claim, per stem, whether it may stand anywhere near the claim rather than in its order: a
     * manner adverb or a reflexive ("the cache goes to the database itself" is said by "the cache
     * itself goes to the database"). Null when none may.
     */
    private final boolean[] free;
    /** Whether the phrase itself says a word that opens a clause ("safe because …"): it carries a reason. */
    private final boolean carriesReason;
    /** Whether the phrase itself sets one thing against another ("fast but stale"). */
    private final boolean saysContrast;
    /** Whether the claim says "any" of what it claims ({@link ClaimScope#saysAny}). */
    private final boolean saysAny;
    private Phrase(String source, String[] stems, int negators, boolean ordered, boolean inQuestion, boolean excess,
            int negatedWord, WordPlaces places, boolean[] free) {
        this(source, stems, negators, ordered, inQuestion, null, null, excess, negatedWord, places, free);
    }

    private Phrase(String source, String[] stems, int negators, boolean ordered, boolean inQuestion, int[] partOf,
            int[] partNegators, boolean excess, int negatedWord, WordPlaces places, boolean[] free) {
        this.source = source;
        this.free = free;
        this.carriesReason = ClaimScope.givesReason(source);
        this.saysContrast = ClaimScope.saysContrast(source);
        this.saysAny = ordered && ClaimScope.saysAny(source);
        this.places = places;
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
        return inQuestion(List.of(question));
    }

    /**
     * This phrase, knowing whether the question says it in every one of its readings (a question that
     * offers two alternatives reads once with each): a phrase it says only as one alternative is the
     * answer's choice, not an echo.
     *
     * @param readings the analyzed question, one per reading
     * @return the phrase
     */
    Phrase inQuestion(List<AnalyzedText> readings) {
        return inQuestion(readings, readings.get(0));
    }

    /**
     * As {@link #inQuestion(List)}, also noting whether the whole question says it only as one of its
     * alternatives.
     *
     * @param readings the analyzed question, one per reading
     * @param question the analyzed question as written
     * @return the phrase
     */
    Phrase inQuestion(List<AnalyzedText> readings, AnalyzedText question) {
        var probe = new Phrase(source, stems, negators, ordered, false, partOf, partNegators, excess, negatedWord,
                places, free);
        boolean said = true;
        for (var reading : readings) {
            said &= probe.find(reading, java.util.Set.of()).isPresent();
        }
        boolean offered = !said && readings.size() > 1 && probe.find(question, java.util.Set.of()).isPresent();
        var phrase = new Phrase(source, stems, negators, ordered, said, partOf, partNegators, excess, negatedWord,
                places, free);
        // set once here, before the compiled rubric holding it is shared
        phrase.offeredAsAlternative = offered;
        return phrase;
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
            boolean[] bound = parts.size() == 1 ? WordPlaces.boundIdentifierParts(parts.get(0), contentPosition) : null;
            boolean[] free = ordered && parts.size() == 1 ? ClaimScope.freeWords(surfaces, negated) : null;
            String[] stemArray = stems.toArray(String[]::new);
            return Optional.of(new Phrase(paraphrase, stemArray, negators, ordered, false, excess,
                    negated, new WordPlaces(stemArray, sequence.toArray(String[]::new), bound), free));
        }
        String[] stemArray = stems.toArray(String[]::new);
        return Optional.of(new Phrase(paraphrase, stemArray, negators, ordered, false,
                partOf.stream().mapToInt(Integer::intValue).toArray(), Arrays.copyOf(partNegators, part), excess, -1,
                new WordPlaces(stemArray, sequence.toArray(String[]::new), null), null));
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
        String[] closed = stems.toArray(String[]::new);
        return List.of(open, new Phrase(paraphrase, closed, open.negators, ordered, false,
                open.excess, -1, new WordPlaces(closed, closed, null), null));
    }

    /** A match: its span, and whether every word of it also stands in the question. */
    record Match(EvidenceSpan span, boolean echoed) {}

    /** Whether every content word from {@code first} to {@code last} was read in from an option, not written. */
    private static boolean readInOnly(AnalyzedText answer, int first, int last) {
        for (int t = first; t <= last; t++) {
            if (answer.kinds[t] == AnalyzedText.CONTENT && !answer.readIn(t)) {
                return false;
            }
        }
        return true;
    }

    /** Finds the first occurrence of this phrase in the answer, if any. */
    Optional<Match> find(AnalyzedText answer, Set<String> questionStems) {
        return find(answer, questionStems, -1);
    }

    /**
     * Finds the phrase with one of its words missing: a candidate who says "copies the entire upload
     * into a byte array" has nearly said "byte array of the whole file". Unordered phrases of four
     * words or more only: with fewer words, one missing changes the idea too often. The words it finds
     * stand in one sentence: a near match never also borrows a word from the sentence before, which
     * let fragments of two unrelated sentences earn half a criterion.
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
            if (places.constrains() || answer.hasIdentifiers()) {
                lists[i] = places.admissible(answer, i, lists[i]);
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
        int[] chosen = places.bound() ? new int[stems.length] : null;
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
                        int q = Positions.nearestInSentence(lists[i], p, answer.contentSentence, window);
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
                    int q = Positions.successor(lists[i], prev);
                    if (q < 0 || q - p > window || answer.contentSentence[q] != answer.contentSentence[p]
                            || partOf == null && oppositeBetween(answer, i, prev, q)
                            || listBound && listBreak(answer, answer.contentTokens[prev], answer.contentTokens[q])
                            || partOf == null && answer.asideBetween(answer.ends[answer.contentTokens[prev]],
                                    answer.starts[answer.contentTokens[q]])
                            || stems.length == 2 && !carriesReason && ClaimScope.newClauseBetween(answer, answer.contentTokens[prev], answer.contentTokens[q])
                            || carriesReason && !saysContrast && ClaimScope.contrastBetween(answer, answer.contentTokens[prev], answer.contentTokens[q])) {
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
                    int q = Positions.nearestInSentence(lists[i], p, answer.contentSentence, window);
                    if (chosen != null) {
                        chosen[i] = q;
                    }
                    if (q < 0 && !carried && skip < 0 && stems.length >= CARRY_MIN_WORDS
                            && Positions.inSentenceBefore(lists[i], p, answer.contentSentence)) {
                        carried = true;
                    } else if (q < 0) {
                        ok = false;
                    } else {
                        lo = Math.min(lo, q);
                        hi = Math.max(hi, q);
                    }
                }
            }
            if (!ok || hi - lo > window || chosen != null && !places.partsSideBySide(chosen, skip)) {
                continue;
            }
            int firstToken = answer.contentTokens[lo];
            int lastToken = answer.contentTokens[hi];
            boolean differs = Polarity.differs(answer, firstToken, lastToken,
                    ordered ? Polarity.CLAIM_NEGATION_REACH : Polarity.NEGATION_REACH, negators, setsAside)
                    || at != null && Polarity.partNegationMissing(answer, at, partOf, partNegators);
            if (differs ^ answer.declaredFalse[firstToken] || excess && !ClaimScope.excessSaid(answer, firstToken, lastToken)
                    || saysAny && !ClaimScope.universalSaid(answer, firstToken, lastToken)
                    || negatedPosition >= 0 && !ClaimScope.deniedInClause(answer, answer.contentTokens[negatedPosition], firstToken,
                            lastToken, stems)) {
                continue;
            }
            if (ordered && (Rejection.takenBack(answer, firstToken, lastToken)
                    || Rejection.quoted(answer, firstToken, lastToken)
                    || negators == 0 && Polarity.runsIntoDeniedClause(answer, firstToken, lastToken))
                    || Rejection.verdictOnSubject(answer, firstToken, lastToken, stems)) {
                continue;
            }
            boolean echoed = inQuestion || offeredAsAlternative && answer.bothAlternatives.get(answer.sentences[firstToken]);
            for (int i = 0; i < stems.length && echoed; i++) {
                if (i != skip && !questionStems.contains(stems[i])) {
                    echoed = false;
                }
            }
            // a near match found only in an option's text read in for its letter ("(d)" naming "the
            // username is already taken") is the question's words: the one word it lacks was the answer
            echoed |= skip >= 0 && readInOnly(answer, firstToken, lastToken);
            return Optional.of(new Match(answer.wholeWords(answer.starts[firstToken], answer.ends[lastToken]), echoed));
        }
        return Optional.empty();
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
}
