/**
 * RSS 0.9x/1.0/2.0 and Atom connector on Rome. {@code FeedReader} turns the bytes into Rome's model and forgives,
 * with a warning, what publishers get wrong (charset declarations that lie, public DOCTYPEs, unclosed tags);
 * dates come from the RSS event module ({@code EventModule}, read from foreign markup) or from Dutch date phrases
 * in the title and text ({@link nl.bijeen.connectors.text.DutchDates#read}), recurring phrases becoming
 * recurrences within the horizon ({@code FeedSchedule}); an item without a date is an ongoing offer, and requests
 * and offers between neighbours go to the notice board ({@code NoticeBoard}).
 */
package nl.bijeen.connectors.feed;
