package dev.interviewcoach.grader.llm.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read as UTF-8 text up to a hard limit of bytes: a response that declares a longer
 * {@code Content-Length}, or sends more than the limit, fails with {@link TooLarge} and is not read any
 * further (the subscription is cancelled, which closes the connection). Without it the JDK's string
 * body reads whatever the server sends into the heap.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<String> {
    private final long limit;
    private final long declared;
    private final CompletableFuture<String> body = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    private LimitedBody(long limit, long declared) {
        this.limit = limit;
        this.declared = declared;
    }

    /**
     * A body handler reading at most {@code limit} bytes.
     *
     * @param limit the most bytes read
     * @return the handler
     */
    static HttpResponse.BodyHandler<String> handler(long limit) {
        return info -> new LimitedBody(limit, info.headers().firstValueAsLong("Content-Length").orElse(-1));
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (declared > limit) {
            tooLarge();
            return;
        }
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (body.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            if (bytes.size() + (long) item.remaining() > limit) {
                tooLarge();
                return;
            }
            byte[] chunk = new byte[item.remaining()];
            item.get(chunk);
            bytes.write(chunk, 0, chunk.length);
        }
    }

    @Override
    public void onError(Throwable error) {
        body.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        body.complete(bytes.toString(StandardCharsets.UTF_8));
    }

    @Override
    public CompletionStage<String> getBody() {
        return body;
    }

    private void tooLarge() {
        subscription.cancel();
        bytes.reset();
        body.completeExceptionally(new TooLarge(limit));
    }

    /** A response larger than the limit; not retried, since the same request gets the same response. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        private final long limit;

        TooLarge(long limit) {
            super("the response is larger than " + limit + " bytes");
            this.limit = limit;
        }

        long limit() {
            return limit;
        }
    }
}
