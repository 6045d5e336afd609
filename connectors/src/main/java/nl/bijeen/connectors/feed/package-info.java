/**
 * RSS 0.9x/1.0/2.0 and Atom connector on Rome. Rome gives the items; dates come from the RSS event module
 * ({@code EventModule}, read from foreign markup) or from Dutch date phrases in the text
 * ({@link nl.bijeen.connectors.text.DutchDates}); an item without a date is an ongoing offer.
 */
package nl.bijeen.connectors.feed;
