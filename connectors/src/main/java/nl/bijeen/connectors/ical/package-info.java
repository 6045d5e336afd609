/**
 * iCalendar (RFC 5545) connector. {@link nl.bijeen.connectors.ical.RawCalendarReader} lexes the file with iCal4j
 * (relaxed, without global hints) into raw components; {@link nl.bijeen.connectors.ical.ZoneResolver} and
 * {@code ICalTimes} read dates and zones (IANA, Windows names, vendor prefixes, VTIMEZONE offsets);
 * {@link nl.bijeen.connectors.ical.RecurrenceExpander} expands RRULE/RDATE/EXDATE with iCal4j's {@code Recur};
 * {@code EventSeries} applies RECURRENCE-ID overrides; {@code EventFields} and {@code EventMapper} build the
 * activity. Reading values ourselves means one bad date costs one event, not the calendar.
 */
package nl.bijeen.connectors.ical;
