package nl.bijeen.aggregator.world;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import nl.bijeen.aggregator.demo.DemoActivity;
import nl.bijeen.aggregator.demo.DemoPlace;
import nl.bijeen.aggregator.demo.DemoSchedule;

/**
 * The demo world's activities as they happen in one municipality: each venue moved to a point inside one of the
 * municipality's real wijken, one-off dates spread over the weeks (per area), and when the area needs more
 * activities than the demo world has, the next round of them on another weekday at another venue of the same name
 * kind ("Buurthuis De Kern Oud-Zuid"), so that no two activities of an area share title, place and day.
 */
final class AreaActivities {

    private final List<DemoActivity> templates;
    private final CbsWijken wijken;
    private final List<CbsWijk> areaWijken;
    private final int area;
    private final String town;
    private final RandomGenerator random;
    private final Map<String, DemoPlace> places = new HashMap<>();
    private int next;

    AreaActivities(List<DemoActivity> templates, CbsWijken wijken, List<CbsWijk> areaWijken, int area,
                   RandomGenerator random) {
        this.templates = templates;
        this.wijken = wijken;
        this.areaWijken = areaWijken;
        this.area = area;
        this.town = wijken.townName(areaWijken.getFirst().municipality());
        this.random = random;
        this.next = random.nextInt(templates.size());
    }

    CbsWijk randomWijk() {
        return areaWijken.get(random.nextInt(areaWijken.size()));
    }

    /** The next demo activity as this area has it, under {@code id}. */
    DemoActivity next(String id) {
        int round = next / templates.size();
        DemoActivity t = templates.get(next % templates.size());
        next++;
        return new DemoActivity(id, t.title(), t.description(), place(t.place(), round), organiser(t.organiser()),
                t.audiences(), t.themes(), t.cost(), schedule(t.schedule(), round), List.of(), Map.of(),
                t.cancelled());
    }

    /**
     * The template's organiser as this area's own ("Welzijn Kust en Rijn Helpman e.o."): one organisation name
     * in every municipality would tie offers without dates together across the country.
     */
    private nl.bijeen.aggregator.demo.DemoOrganiser organiser(nl.bijeen.aggregator.demo.DemoOrganiser organiser) {
        return new nl.bijeen.aggregator.demo.DemoOrganiser(organiser.name() + " " + town, organiser.url(),
                organiser.email());
    }

    static DemoActivity withId(DemoActivity a, String id) {
        return new DemoActivity(id, a.title(), a.description(), a.place(), a.organiser(), a.audiences(), a.themes(),
                a.cost(), a.schedule(), a.publishedOn(), a.variants(), a.cancelled());
    }

    private DemoPlace place(DemoPlace venue, int round) {
        return places.computeIfAbsent(venue.id() + "#" + round, key -> {
            CbsWijk wijk = randomWijk();
            java.util.Optional<double[]> found = wijken.pointIn(wijk, random);
            for (int tries = 0; found.isEmpty() && tries < 4 * areaWijken.size(); tries++) {
                wijk = randomWijk();
                found = wijken.pointIn(wijk, random);
            }
            if (found.isEmpty()) {
                throw new IllegalStateException("no room for a venue in any wijk of " + wijk.municipality());
            }
            double[] point = found.get();
            CbsWijk in = wijk;
            String name = round == 0 ? venue.name() : venue.name() + " " + in.name();
            // a postcode of this area: the same street and number in another town must not read as one address
            String postcode = (1000 + random.nextInt(9000)) + venue.postcode().substring(4);
            return new DemoPlace(venue.id() + "-" + area + "-" + round, name, venue.street(), postcode,
                    town, in.code(), round(point[0]), round(point[1]));
        });
    }

    /** Weekly and monthly series move a day per round; one-off dates move with the area and the round. */
    private DemoSchedule schedule(DemoSchedule schedule, int round) {
        return switch (schedule) {
            case DemoSchedule.Weekly w -> new DemoSchedule.Weekly(later(w.day(), round), w.intervalWeeks(), w.from(),
                    w.to());
            case DemoSchedule.Monthly m -> new DemoSchedule.Monthly(m.nth(), later(m.day(), round), m.from(), m.to());
            case DemoSchedule.Once o -> new DemoSchedule.Once(1 + Math.floorMod(o.inDays() + area + 9 * round, 56),
                    o.from(), o.to());
            case DemoSchedule.Ongoing o -> o;
        };
    }

    private static DayOfWeek later(DayOfWeek day, int round) {
        return day.plus(round);
    }

    /** Six decimals (about 10 cm), as sites publish coordinates. */
    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
