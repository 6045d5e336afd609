/**
 * Web pages with schema.org Events, without configuration: {@code JsonLdBlocks} parses the JSON-LD script blocks
 * (forgiving what CMSes print), {@code MicrodataItems} reads HTML microdata into the same JSON shape,
 * {@code NodeReferences} resolves {@code {"@id": …}} references to Place and Organization nodes, {@code EventFinder}
 * walks both for Event types, and {@code JsonLdEventMapper} with {@code EventDates} (start, doorTime, duration,
 * eventSchedule via {@code ScheduleExpander}/{@code ScheduleRule}), {@code PlaceAndOrganiser},
 * {@code OffersAndAudience} and {@code Accessibility} builds the activities. {@code SameEvents} keeps an event
 * published twice (JSON-LD and microdata) once; {@code DatesOfOneActivity} joins the dates of one activity.
 * Pages without markup are read with a recipe (subpackage {@code recipe}).
 */
package nl.bijeen.connectors.html;
