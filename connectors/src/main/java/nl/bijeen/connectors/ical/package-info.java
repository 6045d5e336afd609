/**
 * iCalendar (RFC 5545) connector. {@code CalendarInput} repairs what producers get wrong at the byte and line
 * level (charset, BOM, lowercase BEGIN/END, missing END:VEVENT); {@link nl.bijeen.connectors.ical.RawCalendarReader}
 * lexes the file with iCal4j (relaxed, without global hints) into raw components;
 * {@link nl.bijeen.connectors.ical.ZoneResolver} and {@code ICalTimes} read dates and zones (IANA, Windows names,
 * vendor prefixes, VTIMEZONE offsets); {@link nl.bijeen.connectors.ical.RecurrenceExpander} expands
 * RRULE/RDATE/EXDATE with iCal4j's {@code Recur} under a cap and a cost budget ({@code RecurrenceBudget}), and
 * {@code SeriesStarts} reports every truncated series; {@code EventSeries} applies RECURRENCE-ID overrides;
 * {@code EventFields}, {@code EventPlace} and {@code EventMapper} build the activity (skipping
 * CLASS:PRIVATE/CONFIDENTIAL events). Reading values ourselves means one bad date costs one event, not the calendar.
 */
package nl.bijeen.connectors.ical;
