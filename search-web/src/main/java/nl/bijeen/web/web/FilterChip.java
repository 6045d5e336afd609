package nl.bijeen.web.web;

import io.micronaut.core.annotation.Introspected;

/** One thing the search was understood to filter on ("Rijnsburg"), with the link that searches without it. */
@Introspected
public record FilterChip(String label, String removeLink) {
}
