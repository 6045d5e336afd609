package nl.bijeen.web.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.uri.UriBuilder;

import nl.bijeen.web.api.ActivitiesResponse;
import nl.bijeen.web.api.ActivityJson;

/**
 * Concurrent clients that search without pause until stopped: each walks the query mix, asking the JSON API and,
 * every fourth time, the results page. Every answer is kept with its status, total and time, and whatever was wrong
 * with its body, for the test to judge.
 */
public final class SearchLoad {

    /** One answer. {@code page} is true for the HTML results page; {@code problem} is null for a whole answer. */
    public record Answer(int client, String query, boolean page, int status, long total, String relaxed,
                         long micros, String problem) {
    }

    private final HttpClient http;
    private final List<String> queries;
    private final List<Answer> answers = new CopyOnWriteArrayList<>();
    private final ExecutorService clients;
    private volatile boolean running = true;

    /** Starts {@code clients} clients at once. */
    public SearchLoad(HttpClient http, List<String> queries, int clients) {
        this.http = http;
        this.queries = List.copyOf(queries);
        this.clients = Executors.newFixedThreadPool(clients);
        for (int client = 0; client < clients; client++) {
            int number = client;
            this.clients.submit(() -> run(number));
        }
    }

    /** Stops the clients, waits for their last answers and returns every answer in the order received. */
    public List<Answer> stop() throws InterruptedException {
        running = false;
        clients.shutdown();
        if (!clients.awaitTermination(60, TimeUnit.SECONDS)) {
            clients.shutdownNow();
            throw new IllegalStateException("the search clients did not stop within 60 s");
        }
        return new ArrayList<>(answers);
    }

    /** Answers so far. */
    public int count() {
        return answers.size();
    }

    private void run(int client) {
        for (int i = 0; running; i++) {
            String query = queries.get((client + i) % queries.size());
            answers.add(i % 4 == 3 ? page(client, query) : api(client, query));
        }
    }

    private Answer api(int client, String query) {
        String uri = UriBuilder.of("/api/activities").queryParam("q", query).build().toString();
        long start = System.nanoTime();
        try {
            HttpResponse<ActivitiesResponse> response = http.toBlocking().exchange(uri, ActivitiesResponse.class);
            long micros = (System.nanoTime() - start) / 1000;
            ActivitiesResponse body = response.body();
            String problem = problem(body);
            return new Answer(client, query, false, response.code(), body == null ? -1 : body.total(),
                    body == null ? null : body.relaxed(), micros, problem);
        } catch (HttpClientResponseException e) {
            return new Answer(client, query, false, e.code(), -1, null, (System.nanoTime() - start) / 1000,
                    e.getMessage());
        } catch (RuntimeException e) { // a body that does not read as the API's JSON, a broken connection
            return new Answer(client, query, false, -1, -1, null, (System.nanoTime() - start) / 1000, e.toString());
        }
    }

    private Answer page(int client, String query) {
        String uri = UriBuilder.of("/").queryParam("q", query).build().toString();
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.toBlocking().exchange(uri, byte[].class);
            long micros = (System.nanoTime() - start) / 1000;
            String html = response.body() == null ? "" : new String(response.body(), StandardCharsets.UTF_8);
            return new Answer(client, query, true, response.code(), -1, null, micros,
                    html.strip().endsWith("</html>") ? null : "the page does not end with </html>");
        } catch (HttpClientResponseException e) {
            return new Answer(client, query, true, e.code(), -1, null, (System.nanoTime() - start) / 1000,
                    e.getMessage());
        } catch (RuntimeException e) {
            return new Answer(client, query, true, -1, -1, null, (System.nanoTime() - start) / 1000, e.toString());
        }
    }

    /** What is wrong with an API answer's body, or null. */
    private static String problem(ActivitiesResponse body) {
        if (body == null || body.activities() == null) {
            return "no activities in the body";
        }
        if (body.total() < body.activities().size()) {
            return "total " + body.total() + " below the " + body.activities().size() + " activities listed";
        }
        for (ActivityJson activity : body.activities()) {
            if (activity.title() == null || activity.title().isBlank()) {
                return "activity " + activity.id() + " without a title";
            }
        }
        return null;
    }
}
