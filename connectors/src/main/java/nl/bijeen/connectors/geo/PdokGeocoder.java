package nl.bijeen.connectors.geo;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import nl.bijeen.connectors.model.Warning;

/**
 * Geocodes with the PDOK Locatieserver ({@code free} endpoint): the address itself ({@code fq=type:adres}), else
 * the centre of its postcode, else of its town; each answer is checked against the line before it is believed.
 * Requests are paced ({@link PdokSettings#minDelay()}) and time out; a failure (timeout, an error status, an
 * unreadable answer) gives {@link GeocodeAnswer#UNAVAILABLE} and a warning, and stops the fallbacks, since the
 * service itself is in trouble.
 *
 * <p>The one class in the connectors that opens connections: it is only created when the operator enables
 * geocoding, and everything else sees it as a {@link Geocoder}.
 */
public final class PdokGeocoder implements Geocoder, AutoCloseable {

    private static final String FIELDS = "weergavenaam type centroide_ll score";

    private final PdokSettings settings;
    private final Consumer<Warning> warnings;
    private final Pacer pacer;
    private final HttpClient http;

    /** @param warnings receives a plain-language warning for every failed request */
    public PdokGeocoder(PdokSettings settings, Consumer<Warning> warnings) {
        this(settings, warnings, Pacer.Ticker.SYSTEM);
    }

    PdokGeocoder(PdokSettings settings, Consumer<Warning> warnings, Pacer.Ticker ticker) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.warnings = Objects.requireNonNull(warnings, "warnings");
        this.pacer = new Pacer(settings.minDelay(), ticker);
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    @Override
    public GeocodeAnswer answer(String addressLine) {
        if (addressLine == null || addressLine.isBlank()) {
            return GeocodeAnswer.NOT_FOUND;
        }
        for (PdokQuery query : PdokQuery.plan(AddressLine.parse(addressLine))) {
            Optional<PdokResponse.Doc> doc;
            try {
                doc = ask(query);
            } catch (LookupFailed failed) {
                warnings.accept(new Warning(addressLine, failed.getMessage()));
                return GeocodeAnswer.UNAVAILABLE;
            }
            if (doc.isPresent() && query.accepts(doc.get().weergavenaam())) {
                return GeocodeAnswer.found(
                        new GeoPoint(doc.get().latitude(), doc.get().longitude(), query.precision()));
            }
        }
        return GeocodeAnswer.NOT_FOUND;
    }

    private Optional<PdokResponse.Doc> ask(PdokQuery query) throws LookupFailed {
        URI uri = URI.create(settings.freeEndpoint() + "?q=" + encode(query.q())
                + "&fq=" + encode("type:" + query.type()) + "&rows=1&fl=" + encode(FIELDS));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.timeout())
                .header("Accept", "application/json").header("User-Agent", settings.userAgent()).GET().build();
        String what = "PDOK Locatieserver (" + query.type() + " \"" + query.q() + "\")";
        try {
            pacer.awaitTurn();
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new LookupFailed(what + " answered with status " + response.statusCode()
                        + "; the place stays without coordinates for now");
            }
            return PdokResponse.firstDoc(response.body());
        } catch (HttpTimeoutException e) {
            throw new LookupFailed(what + " did not answer within " + settings.timeout().toMillis()
                    + " ms; the place stays without coordinates for now");
        } catch (IOException e) {
            throw new LookupFailed(what + " could not be reached (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "); the place stays without coordinates for now");
        } catch (IllegalArgumentException e) {
            throw new LookupFailed(what + " gave an answer Bijeen cannot read: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LookupFailed(what + " was not asked: geocoding was interrupted");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public void close() {
        http.close();
    }

    /** A request that failed, with a plain-language message. */
    private static final class LookupFailed extends Exception {
        LookupFailed(String message) {
            super(message);
        }
    }
}
