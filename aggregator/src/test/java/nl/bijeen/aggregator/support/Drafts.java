package nl.bijeen.aggregator.support;

import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Description;
import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.model.Organiser;
import nl.bijeen.connectors.model.Place;
import nl.bijeen.connectors.model.Schedule;

/** Activity drafts as a connector would deliver them, for store tests that do not go through HTTP. */
public final class Drafts {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private Drafts() {
    }

    /** A weekly activity with {@code weeks} occurrences from 5 January 2027 at 10:00 Amsterdam time. */
    public static ActivityDraft weekly(String sourceId, String itemId, String title, int weeks) {
        List<Occurrence> occurrences = new ArrayList<>();
        ZonedDateTime first = ZonedDateTime.of(2027, 1, 5, 10, 0, 0, 0, AMSTERDAM);
        for (int week = 0; week < weeks; week++) {
            occurrences.add(new Occurrence(first.plusWeeks(week), first.plusWeeks(week).plusHours(2), week == 2));
        }
        return new ActivityDraft(sourceId, itemId, title,
                new Description("Gezellig samen " + title.toLowerCase(), "<p>Gezellig samen <b>" + title + "</b></p>"),
                new Schedule(AMSTERDAM, false, occurrences),
                new Place("Buurthuis De Kern", "Zeeweg 12, 2221 AB Katwijk", 52.2031, 4.3986),
                new Organiser("Stichting De Kern", "https://dekern.example/", null),
                List.of("senioren", "iedereen"), List.of("ontmoeting"), "gratis",
                URI.create("https://dekern.example/img/" + itemId + ".jpg"),
                URI.create("https://dekern.example/agenda/" + itemId), ActivityDraft.Status.SCHEDULED);
    }

    /** The same activity with another title (a content change). */
    public static ActivityDraft retitled(ActivityDraft draft, String title) {
        return new ActivityDraft(draft.sourceId(), draft.sourceItemId(), title, draft.description(), draft.schedule(),
                draft.place(), draft.organiser(), draft.audiences(), draft.themes(), draft.cost(), draft.image(),
                draft.link(), draft.status());
    }
}
