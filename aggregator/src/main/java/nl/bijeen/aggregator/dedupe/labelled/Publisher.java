package nl.bijeen.aggregator.dedupe.labelled;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import nl.bijeen.aggregator.demo.DemoActivity;
import nl.bijeen.aggregator.demo.DemoOccurrence;
import nl.bijeen.aggregator.demo.DemoOrganiser;
import nl.bijeen.aggregator.demo.DemoPlace;
import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Description;
import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.model.Organiser;
import nl.bijeen.connectors.model.Place;
import nl.bijeen.connectors.model.Schedule;

/**
 * Turns a demo activity into the draft one source publishes, with a {@link Variation} applied: what a connector
 * would have delivered from that source. Dates come from the demo schedule itself, read with the town's clock.
 */
public final class Publisher {

    /** How far ahead a calendar expands a series (the crawl horizon, roughly). */
    static final Duration HORIZON = Duration.ofDays(56);
    private static final int MAX_DATES = 12;

    private final Clock clock;
    private final RandomGenerator random;

    public Publisher(Clock clock, RandomGenerator random) {
        this.clock = clock;
        this.random = random;
    }

    /** The draft of {@code activity} in Katwijk on a source of that id, worded as the activity, with a variation. */
    public ActivityDraft publish(DemoActivity activity, String sourceId, Variation variation) {
        return publish(activity, Town.of(0), new SyntheticSource(sourceId, activity.place().wijk(), null),
                activity.title(), activity.description(), variation);
    }

    /** The draft of {@code activity} on {@code source}, worded {@code title}/{@code text} before the variation. */
    ActivityDraft publish(DemoActivity activity, Town town, SyntheticSource source, String title, String text,
                          Variation variation) {
        String key = town.index() + ":" + activity.id();
        String shownTitle = VariantInjector.title(title, variation.title(), activity.place().name(), random);
        String shownText = VariantInjector.description(text, variation.description(), random);
        return new ActivityDraft(source.id(), key, shownTitle, new Description(shownText, shownText),
                schedule(activity, town, variation), place(activity.place(), town, source, variation.location()),
                organiser(activity, source, variation.organiser()), activity.audiences(), activity.themes(),
                activity.cost(), null, URI.create("https://" + source.id().replace('~', '-') + ".example/" + key
                        .replace(':', '/')),
                activity.cancelled() ? ActivityDraft.Status.CANCELLED : ActivityDraft.Status.SCHEDULED);
    }

    private Schedule schedule(DemoActivity activity, Town town, Variation variation) {
        List<DemoOccurrence> dates = dates(activity, town, variation.dates());
        List<Occurrence> occurrences = new ArrayList<>();
        int shift = variation.time() == Variation.Time.START_SHIFTED ? (random.nextBoolean() ? 1 : -1)
                * (5 + 5 * random.nextInt(2)) : 0;
        for (DemoOccurrence date : dates) {
            occurrences.add(new Occurrence(date.start().plusMinutes(shift),
                    variation.time() == Variation.Time.NO_END ? null : date.end(), activity.cancelled()));
        }
        return new Schedule(null, false, occurrences);
    }

    /** The dates within the horizon, as the variation shows them (a series, the next, a later one, four). */
    private List<DemoOccurrence> dates(DemoActivity activity, Town town, Variation.Dates shown) {
        Clock townClock = town.clock(clock);
        Instant until = townClock.instant().plus(HORIZON);
        List<DemoOccurrence> all = activity.schedule().upcoming(townClock, MAX_DATES).stream()
                .filter(o -> o.start().toInstant().isBefore(until)).toList();
        if (all.size() <= 1) {
            return all;
        }
        return switch (shown) {
            case SERIES -> all;
            case NEXT -> all.subList(0, 1);
            case ONE_LATER_DATE -> List.of(all.get(1 + random.nextInt(all.size() - 1)));
            case FOUR -> all.subList(0, Math.min(4, all.size()));
        };
    }

    private Place place(DemoPlace place, Town town, SyntheticSource source, Variation.Location location) {
        Place full = town.place(place);
        String sourceWijk = town.wijk(source.katwijkWijk());
        return switch (location) {
            case FULL -> full;
            case NAME_ONLY -> new Place(place.name(), null, null, null, sourceWijk, null);
            case NAME_AND_STREET -> new Place(VariantInjector.shortPlace(place.name()), place.street(), null, null,
                    sourceWijk, null);
            case SPELLED -> new Place(VariantInjector.abbreviate(place.name()), full.address(), full.latitude(),
                    full.longitude(), full.wijk(), null);
            case NO_COORDINATES -> new Place(place.name(), full.address(), null, null, sourceWijk, null);
            case COORDINATES_OFF -> offset(full, 30 + random.nextDouble() * 50);
        };
    }

    /** The place moved {@code metres} in a random direction: a geocoder or a map pin a little off. */
    private Place offset(Place place, double metres) {
        double bearing = random.nextDouble() * 2 * Math.PI;
        double dLat = metres * Math.cos(bearing) / 111_320;
        double dLon = metres * Math.sin(bearing) / (111_320 * Math.cos(Math.toRadians(place.latitude())));
        return new Place(place.name(), place.address(), place.latitude() + dLat, place.longitude() + dLon,
                place.wijk(), null);
    }

    private static Organiser organiser(DemoActivity activity, SyntheticSource source, Variation.Organiser who) {
        DemoOrganiser organiser = switch (who) {
            case SAME -> activity.organiser();
            case MISSING -> null;
            case SITE -> source.organisation();
        };
        return organiser == null ? null : new Organiser(organiser.name(), organiser.url(), organiser.email());
    }
}
