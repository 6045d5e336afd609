package nl.bijeen.web.town;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import io.micronaut.core.annotation.Introspected;

/** A number with a pictogram and its meaning in words, linking to what it counts (as the home page's tiles). */
@Introspected
public record NumberTile(int number, String label, String picture, String link) {

    private static final String PICTURES = "/static/img/thema/";

    /** The five tiles of an area made of {@code wijken}. */
    static List<NumberTile> of(WijkNumbers n, List<String> wijken, LocalDate today) {
        String where = wijken.stream().map(w -> "wijk=" + w).collect(Collectors.joining("&"));
        LocalDate monthEnd = today.withDayOfMonth(today.lengthOfMonth());
        return List.of(
                new NumberTile(n.thisWeek(), n.thisWeek() == 1 ? "activiteit deze week" : "activiteiten deze week",
                        PICTURES + "ontmoeten.svg", "/?" + where + "&date=this-week"),
                new NumberTile(n.thisMonth(), n.thisMonth() == 1 ? "activiteit deze maand"
                        : "activiteiten deze maand", PICTURES + "cultuur.svg",
                        "/?" + where + "&date=range&from=" + today + "&to=" + monthEnd),
                new NumberTile(n.ongoing(), "doorlopend aanbod (zonder vaste datum)", PICTURES + "algemeen.svg",
                        "/?" + where + "&kind=etalage"),
                new NumberTile(n.organisations(), n.organisations() == 1 ? "organisatie werkt hier"
                        : "organisaties werken hier", PICTURES + "vrijwilligerswerk.svg",
                        "/organisaties?" + where),
                new NumberTile(n.websites(), n.websites() == 1 ? "wijkwebsite" : "wijkwebsites",
                        PICTURES + "digitale-vaardigheden.svg",
                        wijken.size() == 1 ? "/wijkwebsites?wijk=" + wijken.get(0) : "/wijkwebsites"));
    }
}
