/**
 * Autodiscovery: from any page URL a site owner pastes, find the iCal calendars, RSS/Atom feeds and schema.org
 * Events that Bijeen can follow, try each through the source's {@link nl.bijeen.connectors.spi.PageLoader}, and rank
 * them by how many activities they yield. The registration screen shows the result; nothing here opens connections.
 */
package nl.bijeen.connectors.discovery;
