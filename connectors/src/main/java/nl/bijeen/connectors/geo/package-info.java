/**
 * Places: which wijk and buurt a place lies in ({@link nl.bijeen.connectors.geo.AreaMap}, from CBS boundary files),
 * and where an address is ({@link nl.bijeen.connectors.geo.Geocoder}, answered from a cache or, when the operator
 * enables it, by the PDOK Locatieserver). {@link nl.bijeen.connectors.geo.PlaceLocator} puts both together for a
 * draft. {@link nl.bijeen.connectors.geo.PdokGeocoder} is the one class in the connectors that talks HTTP.
 */
package nl.bijeen.connectors.geo;
