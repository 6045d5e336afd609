package nl.bijeen.web.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.bijeen.web.index.IndexedDate;
import nl.bijeen.web.web.DutchDates;

/** The printed exports: a booklet of a search, grouped by theme or wijk, and a one-page weekly poster per wijk. */
final class PdfExport {

    enum Grouping { THEMA, WIJK }

    /** One activity in the booklet, every value plain text (the template escapes it). */
    public record Entry(String title, String when, List<String> alsoOn, int moreDates, String place, String cost,
                        String contact, String link, String qr, boolean cancelled) {
    }

    public record Group(String name, List<Entry> entries) {
    }

    /** One line on the poster: a date and what happens then. */
    public record PosterLine(String day, String time, String title, String place, boolean cancelled) {
    }

    static final String NO_THEME = "Overige activiteiten";
    static final String NO_WIJK = "Wijk onbekend";
    private static final int ALSO_ON = 5;
    /** What fits on one A4 page in large print; the rest is mentioned, not cut off silently. */
    static final int POSTER_LINES = 14;
    /** Nobody prints more than about 60 pages; a larger search gets its best matches and a hint to narrow it. */
    static final int BOOKLET_MAX = 200;

    /** Thymeleaf's engine is thread-safe and caches parsed templates: one for all requests. */
    private static final PdfRenderer RENDERER = new PdfRenderer();
    private final LocalDate today;
    private final String pageBase;

    /**
     * @param pageBase how readers reach Bijeen ("https://bijeen.example.nl"): each activity's QR code and printed
     *                 link lead to its page there, which lists every date and every site it was published on
     */
    PdfExport(LocalDate today, String pageBase) {
        this.today = today;
        this.pageBase = pageBase.endsWith("/") ? pageBase.substring(0, pageBase.length() - 1) : pageBase;
    }

    byte[] booklet(String query, Grouping grouping, List<ExportedActivity> activities) {
        return RENDERER.pdf("boekje", bookletModel(query, grouping, activities));
    }

    Map<String, Object> bookletModel(String query, Grouping grouping, List<ExportedActivity> activities) {
        List<ExportedActivity> shown = activities.stream().limit(BOOKLET_MAX).toList();
        Map<String, List<Entry>> groups = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (ExportedActivity a : shown.stream().sorted(SOONEST).toList()) {
            groups.computeIfAbsent(groupOf(a, grouping), k -> new ArrayList<>()).add(entry(a));
        }
        // "Overige" and "Wijk onbekend" go last, after the named groups.
        List<Group> ordered = new ArrayList<>();
        groups.forEach((name, entries) -> {
            if (!name.equals(NO_THEME) && !name.equals(NO_WIJK)) {
                ordered.add(new Group(name, entries));
            }
        });
        groups.forEach((name, entries) -> {
            if (name.equals(NO_THEME) || name.equals(NO_WIJK)) {
                ordered.add(new Group(name, entries));
            }
        });
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", query.isEmpty() ? "Activiteiten in de buurt" : "Activiteiten: " + query);
        model.put("made", "Gemaakt op " + DutchDates.day(today.atStartOfDay(ZoneId.of("Europe/Amsterdam")), today)
                + " " + today.getYear() + " met Bijeen.");
        model.put("groupedBy", grouping == Grouping.THEMA ? "Geordend op thema." : "Geordend op wijk.");
        model.put("groups", ordered);
        model.put("total", shown.size());
        model.put("cut", activities.size() > shown.size());
        return model;
    }

    byte[] poster(String wijk, List<ExportedActivity> activities) {
        return RENDERER.pdf("poster", posterModel(wijk, activities));
    }

    Map<String, Object> posterModel(String wijk, List<ExportedActivity> activities) {
        ZoneId zone = ZoneId.of("Europe/Amsterdam");
        Instant from = today.atStartOfDay(zone).toInstant();
        Instant until = today.plusDays(7).atStartOfDay(zone).toInstant();
        List<PosterLine> lines = new ArrayList<>();
        record Dated(Instant start, PosterLine line) {
        }
        List<Dated> all = new ArrayList<>();
        for (ExportedActivity a : activities) {
            if (!wijk.equalsIgnoreCase(a.wijk() == null ? "" : a.wijk())) {
                continue;
            }
            for (IndexedDate d : a.activity().dates()) {
                if (!d.start().isBefore(from) && d.start().isBefore(until)) {
                    ZonedDateTime start = d.start().atZone(a.activity().zone());
                    String time = a.activity().allDay() ? "hele dag" : DutchDates.describe(d, a.activity().zone(),
                            false, today).replaceFirst("^.*?, ", "");
                    all.add(new Dated(d.start(), new PosterLine(DutchDates.day(start, today), time, a.title(),
                            a.place(), d.cancelled() || a.activity().cancelled())));
                }
            }
        }
        all.sort(Comparator.comparing(Dated::start));
        all.stream().limit(POSTER_LINES).forEach(d -> lines.add(d.line()));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("wijk", wijk);
        model.put("week", "Van " + DutchDates.day(today.atStartOfDay(zone), today) + " tot en met "
                + DutchDates.day(today.plusDays(6).atStartOfDay(zone), today));
        model.put("lines", lines);
        model.put("more", Math.max(0, all.size() - POSTER_LINES));
        return model;
    }

    private String groupOf(ExportedActivity a, Grouping grouping) {
        if (grouping == Grouping.WIJK) {
            return a.wijk() == null || a.wijk().isBlank() ? NO_WIJK : a.wijk();
        }
        return a.themeLabels().isEmpty() ? NO_THEME : SafeText.orEmpty(a.themeLabels().getFirst());
    }

    private Entry entry(ExportedActivity a) {
        List<IndexedDate> dates = a.activity().dates();
        ZoneId zone = a.activity().zone();
        String when = !a.activity().hasFixedDate() ? "Doorlopend"
                : dates.isEmpty() ? "Geen nieuwe data bekend"
                : DutchDates.describe(dates.getFirst(), zone, a.activity().allDay(), today)
                  + (dates.getFirst().cancelled() ? " (gaat niet door)" : "");
        List<String> alsoOn = dates.stream().skip(1).limit(ALSO_ON)
                .map(d -> DutchDates.day(d.start().atZone(zone), today) + (d.cancelled() ? " (gaat niet door)" : ""))
                .toList();
        int more = Math.max(0, dates.size() - 1 - alsoOn.size());
        String page = pageBase + "/activiteit/" + a.id();
        return new Entry(a.title(), when, alsoOn, more, a.place(), a.cost(), contact(a), page,
                QrCode.dataUri(page), a.activity().cancelled());
    }

    private static String contact(ExportedActivity a) {
        List<String> parts = new ArrayList<>();
        if (!a.organiser().isEmpty()) {
            parts.add(a.organiser());
        }
        if (a.organiserEmail() != null) {
            parts.add(a.organiserEmail());
        }
        if (a.organiserUrl() != null) {
            parts.add(a.organiserUrl());
        }
        return String.join(" · ", parts);
    }

    /** Soonest first; ongoing offers (no dates) after the dated ones. */
    private static final Comparator<ExportedActivity> SOONEST = Comparator.comparing(
            a -> a.activity().dates().isEmpty() ? Instant.MAX : a.activity().dates().getFirst().start());
}
