package nl.bijeen.web.town;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import nl.bijeen.web.config.BijeenProperties;

/** The view model of an Over de stad page (town or wijk): the admin's text, contacts and the live numbers. */
@Singleton
class TownPageModel {

    /** A row of the town page's table: one wijk and its numbers. */
    public record WijkRow(String name, String link, WijkNumbers numbers) {
    }

    private final TownPageStore texts;
    private final TownNumbers numbers;
    private final Clock clock;
    private final ZoneId zone;

    TownPageModel(TownPageStore texts, TownNumbers numbers, Clock clock, BijeenProperties bijeen) {
        this.texts = texts;
        this.numbers = numbers;
        this.clock = clock;
        this.zone = ZoneId.of(bijeen.timeZone());
    }

    Map<String, Object> town(Town town) {
        List<String> codes = town.wijken().stream().map(Town.Wijk::code).toList();
        Map<String, Object> model = common(town.code(), town.name(), codes);
        model.put("soort", "gemeente");
        model.put("stad", town);
        List<WijkNumbers> each = numbers.each(codes);
        List<WijkRow> rows = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            Town.Wijk wijk = town.wijken().get(i);
            rows.add(new WijkRow(wijk.name(), town.link(wijk), each.get(i)));
        }
        model.put("perWijk", rows);
        return model;
    }

    Map<String, Object> wijk(Town town, Town.Wijk wijk) {
        Map<String, Object> model = common(wijk.code(), wijk.name(), List.of(wijk.code()));
        model.put("soort", "wijk");
        model.put("stad", town);
        model.put("perWijk", List.of());
        return model;
    }

    private Map<String, Object> common(String key, String name, List<String> wijken) {
        TownText text = texts.read(key);
        Map<String, Object> model = new HashMap<>();
        model.put("naam", name);
        model.put("tekst", text.markdown().isBlank() ? null : MarkdownText.html(text.markdown()));
        model.put("contacten", text.contacts());
        model.put("tegels", NumberTile.of(numbers.of(wijken), wijken, LocalDate.now(clock.withZone(zone))));
        return model;
    }
}
