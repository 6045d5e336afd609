/**
 * Text helpers shared by every connector: {@link nl.bijeen.connectors.text.HtmlSanitizer} (the one place that
 * decides which markup reaches the pages), {@link nl.bijeen.connectors.text.DutchDates} (dates in Dutch free
 * text, extensible through {@link nl.bijeen.connectors.text.DatePhraseReader}), ISO dates, one-line places,
 * safe links and stable item keys.
 */
package nl.bijeen.connectors.text;
