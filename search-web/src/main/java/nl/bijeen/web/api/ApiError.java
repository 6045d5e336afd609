package nl.bijeen.web.api;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What went wrong with a request, in plain Dutch that a developer (or the resident behind the form) can act on.
 *
 * @param status    the HTTP status, repeated for clients that only look at the body
 * @param message   what is wrong and what would be right
 * @param parameter the query parameter it is about, or null
 */
@Serdeable
public record ApiError(int status, String message, String parameter) {

    public ApiError(int status, String message) {
        this(status, message, null);
    }
}
