package nl.bijeen.web.api;

import io.micronaut.serde.annotation.Serdeable;

/** What went wrong with a request, in words a developer can act on. */
@Serdeable
public record ApiError(int status, String message) {
}
