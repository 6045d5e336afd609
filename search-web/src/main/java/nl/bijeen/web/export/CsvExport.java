package nl.bijeen.web.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.bijeen.web.index.IndexedDate;
import nl.bijeen.web.web.DutchDates;

/** The two lists a welfare worker downloads: the activities found, and the organisers behind them. */
final class CsvExport {

    static final List<String> ACTIVITY_HEADER = List.of("Activiteit", "Wanneer", "Alle data", "Waar", "Wijk",
            "Organisator", "Kosten", "Link", "Gepubliceerd op", "Gaat niet door");
    static final List<String> NETWORK_HEADER = List.of("Organisator", "Website", "E-mail", "Aantal activiteiten",
            "Wijken", "Gepubliceerd op");
    /** A spreadsheet cell holds about 32,000 characters; a daily activity over a year stays far below that. */
    private static final int MAX_DATES = 60;

    private final LocalDate today;

    CsvExport(LocalDate today) {
        this.today = today;
    }

    String activities(List<ExportedActivity> activities) {
        CsvWriter csv = new CsvWriter().row(ACTIVITY_HEADER);
        for (ExportedActivity a : activities) {
            csv.row(List.of(a.title(), firstDate(a), allDates(a), a.place(), nullToEmpty(a.wijk()), a.organiser(),
                    a.cost(), nullToEmpty(a.link()), String.join(", ", a.sites()),
                    a.activity().cancelled() ? "ja" : "nee"));
        }
        return csv.toString();
    }

    /** One row per organiser (by name, ignoring case), with the contact details any of its activities gave. */
    String network(List<ExportedActivity> activities) {
        Map<String, Organiser> byName = new LinkedHashMap<>();
        for (ExportedActivity a : activities) {
            if (a.organiser().isEmpty()) {
                continue;
            }
            byName.computeIfAbsent(a.organiser().toLowerCase(Locale.ROOT), k -> new Organiser(a.organiser())).add(a);
        }
        CsvWriter csv = new CsvWriter().row(NETWORK_HEADER);
        byName.values().stream()
                .sorted((x, y) -> x.name.compareToIgnoreCase(y.name))
                .forEach(o -> csv.row(List.of(o.name, nullToEmpty(o.website), nullToEmpty(o.email),
                        String.valueOf(o.count), String.join(", ", o.wijken), String.join(", ", o.sites))));
        return csv.toString();
    }

    private String firstDate(ExportedActivity a) {
        List<IndexedDate> dates = a.activity().dates();
        if (!a.activity().hasFixedDate()) {
            return "Doorlopend";
        }
        return dates.isEmpty() ? "Geen nieuwe data bekend"
                : DutchDates.describe(dates.getFirst(), a.activity().zone(), a.activity().allDay(), today);
    }

    private String allDates(ExportedActivity a) {
        List<String> days = new ArrayList<>();
        for (IndexedDate d : a.activity().dates().stream().limit(MAX_DATES).toList()) {
            days.add(DutchDates.day(d.start().atZone(a.activity().zone()), today)
                    + (d.cancelled() ? " (gaat niet door)" : ""));
        }
        int more = a.activity().dates().size() - days.size();
        return String.join(", ", days) + (more > 0 ? " en nog " + more + " keer" : "");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** What we learnt about one organiser from all its activities. */
    private static final class Organiser {
        final String name;
        String website;
        String email;
        int count;
        final Set<String> wijken = new LinkedHashSet<>();
        final Set<String> sites = new LinkedHashSet<>();

        Organiser(String name) {
            this.name = name;
        }

        void add(ExportedActivity a) {
            count++;
            website = website != null ? website : a.organiserUrl();
            email = email != null ? email : a.organiserEmail();
            if (a.wijk() != null) {
                wijken.add(a.wijk());
            }
            sites.addAll(a.sites().stream().filter(s -> !s.isEmpty()).collect(Collectors.toList()));
        }
    }
}
