package nl.bijeen.aggregator.world;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import nl.bijeen.aggregator.dedupe.labelled.VariantInjector;
import nl.bijeen.aggregator.dedupe.labelled.Variation;
import nl.bijeen.aggregator.demo.DemoActivity;
import nl.bijeen.aggregator.demo.DemoPlace;
import nl.bijeen.aggregator.demo.DemoSchedule;
import nl.bijeen.aggregator.demo.DemoSite;

/**
 * One site's publication of an activity: the activity copied for that site with a labelled-set {@link Variation}
 * applied as far as the site's document can show it. Title and description wording, a start shifted by 5 or 10
 * minutes, a place name spelled short, a map pin 30–80 m off and the site named as organiser all reach the
 * rendered bytes; what a rendered document cannot express (a missing end time or address, which dates a site
 * shows: the format decides that) is published as the organiser has it.
 */
final class CrossPost {

    private CrossPost() {
    }

    static DemoActivity of(DemoActivity activity, String id, DemoSite site, Variation variation,
                           RandomGenerator random) {
        String title = VariantInjector.title(activity.title(), variation.title(), activity.place().name(), random);
        String text = VariantInjector.description(activity.description(), variation.description(), random);
        if (text.isBlank()) {
            text = title; // a feed item without any text is rare; a teaser repeating the title is what sites do
        }
        return new DemoActivity(id, title, text, place(activity.place(), variation.location(), random),
                variation.organiser() == Variation.Organiser.SAME ? activity.organiser() : site.organisation(),
                activity.audiences(), activity.themes(), activity.cost(),
                variation.time() == Variation.Time.START_SHIFTED ? shifted(activity.schedule(), random)
                        : activity.schedule(), List.of(site.id()), Map.of(), activity.cancelled());
    }

    private static DemoPlace place(DemoPlace place, Variation.Location location, RandomGenerator random) {
        return switch (location) {
            case SPELLED -> new DemoPlace(place.id(), VariantInjector.abbreviate(place.name()), place.street(),
                    place.postcode(), place.town(), place.wijk(), place.latitude(), place.longitude());
            case COORDINATES_OFF -> offset(place, 30 + random.nextDouble() * 50, random);
            default -> place;
        };
    }

    /** The place moved {@code metres} in a random direction: a geocoder or a map pin a little off. */
    private static DemoPlace offset(DemoPlace place, double metres, RandomGenerator random) {
        double bearing = random.nextDouble() * 2 * Math.PI;
        double dLat = metres * Math.cos(bearing) / 111_320;
        double dLon = metres * Math.sin(bearing) / (111_320 * Math.cos(Math.toRadians(place.latitude())));
        return new DemoPlace(place.id(), place.name(), place.street(), place.postcode(), place.town(), place.wijk(),
                place.latitude() + dLat, place.longitude() + dLon);
    }

    /** The same dates with the start 5 or 10 minutes earlier or later ("vanaf 9.50", "inloop 10.00"). */
    private static DemoSchedule shifted(DemoSchedule schedule, RandomGenerator random) {
        int minutes = (random.nextBoolean() ? 1 : -1) * (5 + 5 * random.nextInt(2));
        return switch (schedule) {
            case DemoSchedule.Weekly w -> new DemoSchedule.Weekly(w.day(), w.intervalWeeks(), start(w.from(), minutes),
                    w.to());
            case DemoSchedule.Monthly m -> new DemoSchedule.Monthly(m.nth(), m.day(), start(m.from(), minutes),
                    m.to());
            case DemoSchedule.Once o -> new DemoSchedule.Once(o.inDays(), start(o.from(), minutes), o.to());
            case DemoSchedule.Ongoing o -> o;
        };
    }

    /** Shifted, but never across midnight (an early-morning start moves later instead). */
    private static LocalTime start(LocalTime from, int minutes) {
        LocalTime moved = from.plusMinutes(minutes);
        return moved.isAfter(from) == minutes > 0 ? moved : from.plusMinutes(Math.abs(minutes));
    }
}
