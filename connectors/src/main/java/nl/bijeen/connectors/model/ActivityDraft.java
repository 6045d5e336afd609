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
 * @param kind          Agenda (dated), Etalage (an ongoing offer without fixed date) or Prikbord (a request or offer
 *                      on the notice board); {@code null} derives Agenda or Etalage from the schedule
 * @param wheelchairAccessible true/false when the source states it, {@code null} when it does not say
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
        Status status,
        Kind kind,
        Boolean wheelchairAccessible) {

    public enum Status { SCHEDULED, CANCELLED }

    /** The three sections residents browse: dated activities, ongoing offers, and the notice board. */
    public enum Kind { AGENDA, ETALAGE, PRIKBORD }

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
        kind = kind == null ? (schedule.hasFixedDate() ? Kind.AGENDA : Kind.ETALAGE) : kind;
    }

    /** A draft whose kind follows from its schedule and whose accessibility is not stated. */
    public ActivityDraft(String sourceId, String sourceItemId, String title, Description description,
                         Schedule schedule, Place place, Organiser organiser, List<String> audiences,
                         List<String> themes, String cost, URI image, URI link, Status status) {
        this(sourceId, sourceItemId, title, description, schedule, place, organiser, audiences, themes, cost, image,
                link, status, null, null);
    }

    // Copies with one part changed, for the steps after parsing (series, classification, places).

    public ActivityDraft withSourceItemId(String id) {
        return new ActivityDraft(sourceId, id, title, description, schedule, place, organiser, audiences, themes, cost,
                image, link, status, kind, wheelchairAccessible);
    }

    /** The new schedule and status; a kind derived from the old schedule is derived again. */
    public ActivityDraft withSchedule(Schedule newSchedule, Status newStatus) {
        Kind newKind = kind == Kind.PRIKBORD ? kind : null;
        return new ActivityDraft(sourceId, sourceItemId, title, description, newSchedule, place, organiser, audiences,
                themes, cost, image, link, newStatus, newKind, wheelchairAccessible);
    }

    public ActivityDraft withPlace(Place newPlace) {
        return new ActivityDraft(sourceId, sourceItemId, title, description, schedule, newPlace, organiser, audiences,
                themes, cost, image, link, status, kind, wheelchairAccessible);
    }

    public ActivityDraft withAudiencesAndThemes(List<String> newAudiences, List<String> newThemes) {
        return new ActivityDraft(sourceId, sourceItemId, title, description, schedule, place, organiser, newAudiences,
                newThemes, cost, image, link, status, kind, wheelchairAccessible);
    }

    public ActivityDraft withCost(String newCost) {
        return new ActivityDraft(sourceId, sourceItemId, title, description, schedule, place, organiser, audiences,
                themes, newCost, image, link, status, kind, wheelchairAccessible);
    }

    public ActivityDraft withKind(Kind newKind) {
        return new ActivityDraft(sourceId, sourceItemId, title, description, schedule, place, organiser, audiences,
                themes, cost, image, link, status, newKind, wheelchairAccessible);
    }

    public ActivityDraft withWheelchairAccessible(Boolean accessible) {
        return new ActivityDraft(sourceId, sourceItemId, title, description, schedule, place, organiser, audiences,
                themes, cost, image, link, status, kind, accessible);
    }
}
