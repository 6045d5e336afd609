package nl.bijeen.web.hsds;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * The Open Referral HSDS 3.0 export, shaped as the HSDS API: {@code /api/hsds} (version),
 * {@code /api/hsds/organizations} and {@code /api/hsds/services} (pages of {@value #DEFAULT_PAGE_SIZE}, at most
 * {@value #MAX_PAGE_SIZE}, with {@code page} and {@code per_page}), one record by id at {@code …/{id}}, and the
 * tabular data package at {@code /api/hsds/datapackage.zip}. Public, as the rest of the open API.
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/api/hsds")
public class HsdsApi {

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 500;
    private static final MediaType ZIP = MediaType.of("application/zip");

    private final HsdsExport export;

    public HsdsApi(HsdsExport export) {
        this.export = export;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public String about() {
        ObjectNode about = JsonNodeFactory.instance.objectNode().put("version", "3.0")
                .put("profile", "https://specs.openreferral.org/en/latest/")
                .put("openapi_url", "/api/openapi.yml");
        about.putObject("links").put("organizations", "/api/hsds/organizations").put("services", "/api/hsds/services")
                .put("datapackage", "/api/hsds/datapackage.zip");
        return about.toString();
    }

    @Get(uri = "/organizations", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<String> organizations(@QueryValue(defaultValue = "1") String page,
                                              @QueryValue(value = "per_page", defaultValue = "50") String perPage) {
        return paged(export.organizations(), page, perPage);
    }

    @Get(uri = "/organizations/{id}", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<String> organization(@PathVariable("id") String id) {
        return found(export.organization(id), "Organisatie " + id + " bestaat niet of staat niet meer in Bijeen.");
    }

    @Get(uri = "/services", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<String> services(@QueryValue(defaultValue = "1") String page,
                                         @QueryValue(value = "per_page", defaultValue = "50") String perPage,
                                         @QueryValue(value = "organization_id", defaultValue = "") String organization) {
        return paged(export.services(organization.isBlank() ? Optional.empty() : Optional.of(organization)),
                page, perPage);
    }

    @Get(uri = "/services/{id}", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<String> service(@PathVariable("id") String id) {
        return found(export.service(id), "Dienst " + id + " bestaat niet of is niet meer actueel.");
    }

    @Get(uri = "/datapackage.zip", produces = "application/zip")
    public HttpResponse<byte[]> dataPackage() {
        return HttpResponse.ok(export.dataPackage()).contentType(ZIP)
                .header("Content-Disposition", "attachment; filename=\"bijeen-hsds.zip\"");
    }

    private static HttpResponse<String> paged(List<ObjectNode> all, String page, String perPage) {
        int number;
        int size;
        try {
            number = Integer.parseInt(page.strip());
            size = Integer.parseInt(perPage.strip());
        } catch (NumberFormatException e) {
            return error("page en per_page zijn hele getallen, zoals page=2&per_page=50.");
        }
        if (number < 1 || size < 1 || size > MAX_PAGE_SIZE) {
            return error("page begint bij 1; per_page ligt tussen 1 en " + MAX_PAGE_SIZE + ".");
        }
        int pages = Math.max(1, (all.size() + size - 1) / size);
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("total_items", all.size())
                .put("total_pages", pages).put("page_number", number).put("size", size)
                .put("first_page", number == 1).put("last_page", number >= pages);
        List<ObjectNode> contents = all.stream().skip((long) (number - 1) * size).limit(size).toList();
        body.put("empty", contents.isEmpty());
        ArrayNode array = body.putArray("contents");
        contents.forEach(array::add);
        return HttpResponse.ok(body.toString()).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private static HttpResponse<String> found(Optional<ObjectNode> record, String missing) {
        return record.map(r -> HttpResponse.ok(r.toString()).contentType(MediaType.APPLICATION_JSON_TYPE))
                .orElseGet(() -> HttpResponse.<String>status(HttpStatus.NOT_FOUND)
                        .contentType(MediaType.APPLICATION_JSON_TYPE).body(message(404, missing)));
    }

    private static HttpResponse<String> error(String text) {
        return HttpResponse.<String>status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(message(400, text));
    }

    private static String message(int status, String text) {
        return JsonNodeFactory.instance.objectNode().put("status", status).put("message", text).toString();
    }
}
