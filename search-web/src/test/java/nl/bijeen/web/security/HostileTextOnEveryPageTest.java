package nl.bijeen.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

import nl.bijeen.web.support.FormClient;
import nl.bijeen.web.support.StaffApp;

/**
 * A hostile neighbourhood site (fixture hostile/agenda.ics: script tags, event handlers, javascript: links, quotes
 * that try to leave an attribute, in every field) is crawled; then an admin visits every page of the application
 * that links lead to — public pages, activity and organiser pages, the control room, coverage — and no page may
 * carry any of it as live markup. New pages are visited without changing this test, as long as a link leads there.
 */
@MicronautTest
class HostileTextOnEveryPageTest extends StaffApp {

    private static final int MAX_PAGES = 250;
    private static final List<String> START = List.of("/", "/?q=buurtfeest", "/?q=sjoelen", "/agenda", "/etalage",
            "/prikbord", "/beheer", "/dekking");
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"]*)\"");
    /** Live markup the fixture tries to smuggle in; escaped text (&lt;script&gt;) is fine. */
    private static final List<Pattern> LIVE = List.of(
            Pattern.compile("<script>alert", Pattern.CASE_INSENSITIVE),
            Pattern.compile("<(img|svg|b|a|iframe)\\b[^>]*\\son\\w+\\s*=", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\sonfocus=\"alert", Pattern.CASE_INSENSITIVE),
            Pattern.compile("(href|src|action)\\s*=\\s*[\"']?\\s*javascript:", Pattern.CASE_INSENSITIVE),
            Pattern.compile("<iframe", Pattern.CASE_INSENSITIVE));

    HostileTextOnEveryPageTest() {
        super("hostile");
    }

    @Override
    protected String fixture() {
        return "hostile/agenda.ics";
    }

    @Test
    void noPageCarriesTheHostileSitesMarkupLive() {
        FormClient admin = browser().logIn(ADMIN, PASSWORD);
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(START);
        boolean shownEscaped = false;
        while (!todo.isEmpty() && seen.size() < MAX_PAGES) {
            String path = todo.poll();
            if (!seen.add(path)) {
                continue;
            }
            HttpResponse<String> page = admin.get(path);
            String html = page.body() == null ? "" : page.body();
            for (Pattern live : LIVE) {
                assertThat(live.matcher(html).find()).as("%s carries live markup %s", path, live).isFalse();
            }
            shownEscaped |= html.contains("Buurtfeest") && html.contains("Sjoelen");
            Matcher links = LINK.matcher(html);
            while (links.find()) {
                String link = links.group(1).replace("&amp;", "&");
                if (worthVisiting(link) && !seen.contains(link)) {
                    todo.add(link);
                }
            }
        }
        assertThat(seen).as("pages visited").hasSizeGreaterThan(15)
                .anyMatch(p -> p.startsWith("/activiteit/")).anyMatch(p -> p.startsWith("/organisatie/"));
        assertThat(shownEscaped).as("the hostile activities are listed (cleaned or escaped)").isTrue();
    }

    /** Our own pages; not files (exports, styles), not logging out, not every letter size of every page. */
    private static boolean worthVisiting(String link) {
        return !(link.startsWith("/export/") || link.startsWith("/static/") || link.startsWith("/webjars/")
                || link.startsWith("/api/") || link.startsWith("/tekstgrootte") || link.startsWith("//"));
    }
}
