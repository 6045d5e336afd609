/**
 * Web pages with schema.org Events in JSON-LD: {@code JsonLdBlocks} parses the script blocks, {@code EventFinder}
 * walks them for Event types, {@code JsonLdEventMapper} with {@code PlaceAndOrganiser} and
 * {@code OffersAndAudience} builds the activities.
 */
package nl.bijeen.connectors.html;
