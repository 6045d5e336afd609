package nl.bijeen.web.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javax.sql.DataSource;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.source.SourceEdits;
import nl.bijeen.web.security.Roles;

/** Every source with its health and crawl numbers ({@code /beheer/bronnen}), filtered and sorted by GET parameters. */
@Secured(Roles.ADMIN)
@Controller("/beheer/bronnen")
public class SourcesTable {

    private final Aggregator aggregator;
    private final SourceEdits edits;

    public SourcesTable(Aggregator aggregator, DataSource dataSource) {
        this.aggregator = aggregator;
        this.edits = new SourceEdits(dataSource);
    }

    @Get(produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> table(HttpRequest<?> request) {
        Map<String, String> params = new HashMap<>();
        request.getParameters().forEach((name, values) -> params.put(name, values.getFirst()));
        SourceTableQuery query = SourceTableQuery.of(params);
        Map<String, String> origins = edits.origins();
        List<SourceRow> all = aggregator.sources().stream().map(s -> SourceRow.of(s, origins.get(s.id()))).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("query", query);
        model.put("rows", query.apply(all));
        model.put("total", all.size());
        model.put("formats", new TreeSet<>(all.stream().map(SourceRow::format).toList()));
        model.put("origins", new TreeSet<>(origins.values()));
        return new ModelAndView<>("beheer/bronnen", model);
    }
}
