package dev.interviewcoach.grader.llm.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.EvidenceSpan;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.grader.llm.internal.Scoring.Scored;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GraderCapability;
import dev.interviewcoach.spi.GradingRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Grades an answer with a language model behind an OpenAI-compatible endpoint, keeping our
 * guarantees: text addressed to the grader is blanked out before sending (and flagged); the model's
 * reply is checked against the schema; every claim needs a quote found in the answer; the score comes
 * from the rubric's weights; replies are cached so the same answer gets the same grade; and any
 * failure is an ERROR grade that says why, never a zero. Each grade has a deadline, and one started
 * with {@link #gradeAsync} stops when its future is cancelled.
 */
public final class LlmGrader implements Grader {
    /** The grader's id and provider name. */
    public static final String ID = "llm";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LlmSettings settings;
    private final ChatClient client;
    private final ReplyCache cache;
    private final String version;
    private final Set<GraderCapability> capabilities;
    private final ConcurrentHashMap<String, CompletableFuture<Answered>> inFlight = new ConcurrentHashMap<>();

    /**
     * A grader with the given settings; nothing is sent until an answer is graded.
     *
     * @param settings the settings
     */
    public LlmGrader(LlmSettings settings) {
        this.settings = settings;
        this.client = new ChatClient(settings);
        this.cache = new ReplyCache(settings.cacheSize(), settings.cacheDirectory());
        this.version = "1.0+" + Prompts.VERSION + "+" + settings.model();
        var caps = EnumSet.of(GraderCapability.NEEDS_NETWORK, GraderCapability.USES_RUBRIC, GraderCapability.DIMENSIONS);
        // Repeat grades are equal only while the replies are kept; across instances that needs the directory.
        if (settings.cacheDirectory().isPresent()) {
            caps.add(GraderCapability.DETERMINISTIC);
        }
        this.capabilities = Set.copyOf(caps);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public Set<GraderCapability> capabilities() {
        return capabilities;
    }

    @Override
    public Grade grade(GradingRequest request) {
        return grade(request, () -> false);
    }

    /**
     * Grades on the executor; cancelling the returned future stops the grade: no request is sent after
     * that, and with {@code cancel(true)} a wait for a retry, a request slot or a response ends at once.
     */
    @Override
    public CompletionStage<Grade> gradeAsync(GradingRequest request, Executor executor) {
        return CancellableGrade.start(cancelled -> grade(request, cancelled), executor);
    }

    private Grade grade(GradingRequest request, BooleanSupplier cancelled) {
        var deadline = Deadline.start(settings.clock(), settings.deadline(), cancelled);
        try {
            return PressureNote.attach(gradeOrThrow(request, deadline), request);
        } catch (LlmFailure e) {
            return Grade.error(ID, version, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // The class alone: a message could quote the reply, and the reply may quote the answer.
            return Grade.error(ID, version, "grading failed with " + e.getClass().getName());
        }
    }

    @Override
    public String toString() {
        return "LlmGrader[" + settings.model() + " at " + settings.baseUrl() + "]";
    }

    private Grade gradeOrThrow(GradingRequest request, Deadline deadline) {
        Challenge challenge = request.challenge();
        String answer = request.answer().text();
        if (answer.length() > settings.maxAnswerChars()) {
            throw new LlmFailure("the answer has " + answer.length() + " characters, more than the "
                    + settings.maxAnswerChars() + " sent to the model (llm.max-answer-chars)");
        }
        List<EvidenceSpan> flagged = InjectionCheck.of(challenge).find(answer);
        var notes = new ArrayList<String>();
        if (!flagged.isEmpty()) {
            notes.add("text addressed to the grader at " + ranges(flagged) + " was left out of grading and cannot raise the score");
        }
        String sent = QuoteLocator.sanitize(flagged.isEmpty() ? answer : InjectionCheck.blank(answer, flagged));
        if (sent.isBlank()) {
            Grade empty = Scoring.empty(challenge, ID, version);
            return notes.isEmpty() ? empty : empty.withMessage(String.join("; ", notes));
        }
        String schema;
        try {
            schema = JSON.writeValueAsString(ResponseSchema.of(challenge));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new LlmFailure("the reply schema could not be written");
        }
        String system = Prompts.system(challenge, schema);
        String user = Prompts.user(sent);
        var samples = new ArrayList<Scored>();
        var answeredBy = new LinkedHashSet<String>();
        for (int i = 0; i < settings.samples(); i++) {
            String key = ReplyCache.key(settings.model(), challenge.id(), system, i, sent);
            OptionalLong seed = settings.seed().isPresent() ? OptionalLong.of(settings.seed().getAsLong() + i) : OptionalLong.empty();
            Answered reply = reply(key, deadline, () -> {
                var completion = client.complete(system, user, ResponseSchema.of(challenge), seed, deadline);
                VerdictParser.parse(completion.content(), challenge);
                return Answered.of(completion, settings.model());
            });
            reply.note(settings.model(), user).ifPresent(answeredBy::add);
            ModelVerdict verdict = VerdictParser.parse(reply.content(), challenge);
            samples.add(Scoring.score(challenge, answer, verdict, flagged, ID, version));
        }
        samples.sort(Comparator.comparingDouble(s -> s.grade().score().getAsDouble()));
        Scored median = samples.get((samples.size() - 1) / 2);
        notes.addAll(median.notes());
        if (samples.size() > 1) {
            double spread = samples.get(samples.size() - 1).grade().score().getAsDouble()
                    - samples.get(0).grade().score().getAsDouble();
            notes.add(samples.size() + " samples scored " + samples.stream()
                    .map(s -> String.format(Locale.ROOT, "%.2f", s.grade().score().getAsDouble())).collect(Collectors.joining(", "))
                    + String.format(Locale.ROOT, " (spread %.2f); the median is reported", spread));
        }
        notes.addAll(answeredBy);
        return notes.isEmpty() ? median.grade() : median.grade().withMessage(String.join("; ", notes));
    }

    /**
     * The cached reply for a key, or a new one; concurrent requests for the same key share one call,
     * so that they all get the same reply (a model need not answer the same twice). A grade waiting for
     * another's call waits within its own deadline, and asks itself when that other grade's caller gave up.
     */
    private Answered reply(String key, Deadline deadline, Supplier<Answered> ask) {
        while (true) {
            var cached = cache.get(key);
            if (cached.isPresent()) {
                return Answered.read(cached.get());
            }
            var mine = new CompletableFuture<Answered>();
            var running = inFlight.putIfAbsent(key, mine);
            if (running == null) {
                try {
                    Answered reply = cache.get(key).map(Answered::read).orElseGet(ask);
                    cache.put(key, reply.stored());
                    mine.complete(reply);
                    return reply;
                } catch (RuntimeException e) {
                    mine.completeExceptionally(e);
                    throw e;
                } finally {
                    inFlight.remove(key, mine);
                }
            }
            try {
                return running.get(deadline.remaining().toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                throw new LlmFailure("no reply within the grader's deadline of " + Durations.text(deadline.budget())
                        + " (llm.deadline): the same answer's request, sent for another grade, was still waiting");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw LlmFailure.callers("grading was cancelled while waiting for the same answer's reply to another grade");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof LlmFailure failure && failure.isCallers()) {
                    continue;
                }
                throw e.getCause() instanceof RuntimeException r ? r : new LlmFailure("grading failed with "
                        + e.getCause().getClass().getName());
            }
        }
    }

    private static String ranges(List<EvidenceSpan> spans) {
        return spans.stream().map(s -> "[" + s.start() + ", " + s.end() + ")").collect(Collectors.joining(", "));
    }
}
