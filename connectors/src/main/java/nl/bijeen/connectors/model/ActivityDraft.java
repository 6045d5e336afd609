package nl.bijeen.connectors.model;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * One activity as a connector understood it from one source, before the aggregator normalises and stores it.
 *
 * @param sourceId      id of the configured source that published it
 * @param sourceItemId  the source's own stable id for the item (iCal UID, RSS guid, JSON-LD @id/url); never null:
 *                      connectors derive a stable key from the content when the source gives none
 * @param title         plain-text title, never blank
 * @param description   description as plain text and as sanitised HTML
 * @param schedule      when it takes place; {@link Schedule#noFixedDate()} for ongoing offers
 * @param place         where, or {@code null} when the source does not say
 * @param organiser     who, or {@code null} when the source does not say
 * @param audiences     audience labels as published (e.g. "senioren"); classification comes later
 * @param themes        theme labels / categories as published
 * @param cost          cost as published ("gratis", "€ 2,50"), or {@code null}
 * @param image         absolute image URL, or {@code null}
 * @param link          absolute link to the original publication, or {@code null}
 * @param status        scheduled or cancelled
 */
public record ActivityDraft(
        String sourceId,
        String sourceItemId,
        String title,
        Description description,
        Schedule schedule,
        Place place,
        Organiser organiser,
        List<String> audiences,
        List<String> themes,
        String cost,
        URI image,
        URI link,
        Status status) {

    public enum Status { SCHEDULED, CANCELLED }

    public ActivityDraft {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(sourceItemId, "sourceItemId");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("an activity needs a title");
        }
        description = description == null ? Description.EMPTY : description;
        schedule = schedule == null ? Schedule.noFixedDate() : schedule;
        audiences = audiences == null ? List.of() : List.copyOf(audiences);
        themes = themes == null ? List.of() : List.copyOf(themes);
        status = status == null ? Status.SCHEDULED : status;
    }
}
