package nl.bijeen.web.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;

/**
 * A browser in miniature over Micronaut's HTTP client: keeps cookies, asks for HTML, does not follow redirects
 * (the test client must be configured with {@code micronaut.http.client.follow-redirects=false}) and submits forms
 * with the CSRF token of the page they are on. Every answer is returned, also 4xx.
 */
public final class FormClient {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");

    private final HttpClient http;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public FormClient(HttpClient http) {
        this.http = http;
    }

    public HttpResponse<String> get(String path) {
        return exchange(HttpRequest.GET(path));
    }

    /** Posts the form as is (no token added): for checking that a form without a valid token is refused. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        return exchange(HttpRequest.POST(path, form).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
    }

    /** Opens {@code page}, then posts {@code form} to {@code action} with the page's CSRF token. */
    public HttpResponse<String> submit(String page, String action, Map<String, String> form) {
        HttpResponse<String> opened = get(page);
        Matcher m = TOKEN.matcher(opened.body() == null ? "" : opened.body());
        if (!m.find()) {
            throw new AssertionError("no CSRF token in the form of " + page + " (status " + opened.getStatus() + ")");
        }
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.put("csrfToken", m.group(1));
        return post(action, withToken);
    }

    public FormClient logIn(String username, String password) {
        HttpResponse<String> answer = submit("/inloggen", "/inloggen",
                Map.of("gebruikersnaam", username, "wachtwoord", password));
        if (answer.getStatus().getCode() != 303) {
            throw new AssertionError("login of " + username + " answered " + answer.getStatus());
        }
        return this;
    }

    public boolean has(String cookie) {
        return cookies.containsKey(cookie);
    }

    private HttpResponse<String> exchange(MutableHttpRequest<?> request) {
        request.accept(MediaType.TEXT_HTML_TYPE);
        cookies.forEach((name, value) -> request.cookie(Cookie.of(name, value)));
        HttpResponse<String> response;
        try {
            response = http.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> failed = (HttpResponse<String>) e.getResponse();
            response = failed;
        }
        response.getCookies().getAll().forEach(c -> {
            if (c.getValue().isEmpty()) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        });
        return response;
    }
}
