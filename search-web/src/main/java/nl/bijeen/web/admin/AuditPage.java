package nl.bijeen.web.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;

import nl.bijeen.web.security.AuditLog;
import nl.bijeen.web.security.Roles;

/** The audit log ({@code /beheer/logboek}): every admin action, newest first, by actor and action, page by page. */
@Secured(Roles.ADMIN)
@Controller("/beheer/logboek")
public class AuditPage {

    static final int PAGE = 50;

    private final AuditQuery query;

    public AuditPage(DataSource dataSource) {
        this.query = new AuditQuery(dataSource);
    }

    @Get(produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> page(@Nullable @QueryValue("wie") String actor,
                                                  @Nullable @QueryValue("wat") String action,
                                                  @Nullable @QueryValue("pagina") String page) {
        String who = blank(actor);
        String what = blank(action);
        int number = pageNumber(page);
        List<AuditLog.Entry> entries = query.find(who, what, (number - 1) * PAGE, PAGE + 1);
        Map<String, Object> model = new HashMap<>();
        model.put("entries", entries.stream().limit(PAGE).map(e -> Map.of("at", SourceRow.when(e.at()),
                "actor", e.actor(), "action", e.action(), "subject", e.subject() == null ? "" : e.subject(),
                "detail", e.detail() == null ? "" : e.detail())).toList());
        model.put("wie", who == null ? "" : who);
        model.put("wat", what == null ? "" : what);
        model.put("pagina", number);
        model.put("vorige", number > 1 ? link(who, what, number - 1) : null);
        model.put("volgende", entries.size() > PAGE ? link(who, what, number + 1) : null);
        model.put("actions", query.actions());
        return new ModelAndView<>("beheer/logboek", model);
    }

    private static String link(String who, String what, int page) {
        return "/beheer/logboek?wie=" + encode(who) + "&wat=" + encode(what) + "&pagina=" + page;
    }

    private static String encode(String value) {
        return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static int pageNumber(String text) {
        try {
            return Math.max(1, Math.min(100_000, Integer.parseInt(text == null ? "1" : text.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
