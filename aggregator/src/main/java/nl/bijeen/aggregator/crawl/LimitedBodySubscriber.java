package nl.bijeen.aggregator.crawl;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body but gives up as soon as it grows past {@code maxBytes}: the subscription is cancelled
 * (the connection is dropped) instead of reading a huge or endless body to the end.
 */
final class LimitedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

    /** The body was larger than allowed. */
    static final class BodyTooLargeException extends RuntimeException {
        BodyTooLargeException(long maxBytes) {
            super("body larger than " + maxBytes + " bytes");
        }
    }

    private final long maxBytes;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private Flow.Subscription subscription;

    LimitedBodySubscriber(long maxBytes, long declaredLength) {
        this.maxBytes = maxBytes;
        if (declaredLength > maxBytes) {
            body.completeExceptionally(new BodyTooLargeException(maxBytes));
        }
    }

    /** A body handler that limits 2xx bodies and ignores the bodies of every other status. */
    static HttpResponse.BodyHandler<byte[]> handler(long maxBytes) {
        return info -> info.statusCode() / 100 != 2
                ? HttpResponse.BodySubscribers.replacing(new byte[0])
                : new LimitedBodySubscriber(maxBytes, info.headers().firstValueAsLong("Content-Length").orElse(-1));
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (body.isDone()) {
            subscription.cancel();
        } else {
            subscription.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (body.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            byte[] chunk = new byte[item.remaining()];
            item.get(chunk);
            buffer.writeBytes(chunk);
        }
        if (buffer.size() > maxBytes) {
            subscription.cancel();
            body.completeExceptionally(new BodyTooLargeException(maxBytes));
        }
    }

    @Override
    public void onError(Throwable throwable) {
        body.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        body.complete(buffer.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }
}
