package nl.bijeen.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/**
 * Serves the hand-written OpenAPI document of the API ({@code api/openapi.yml} on the classpath). Hand-written
 * because the controllers read their parameters as text (for Dutch messages), which a generator cannot see;
 * {@code ApiDocumentTest} keeps it honest by calling every path it lists.
 */
@Secured(SecurityRule.IS_ANONYMOUS) // public: residents and developers, no login
@Controller("/api/openapi.yml")
public class OpenApiDocument {

    static final MediaType YAML = MediaType.of("application/yaml");
    private final String document;

    public OpenApiDocument() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream("/api/openapi.yml")) {
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("api/openapi.yml is missing from the build", e);
        }
    }

    @Get
    public HttpResponse<String> document() {
        return HttpResponse.ok(document).contentType(YAML);
    }
}
