package nl.bijeen.aggregator.demo;

import java.time.ZonedDateTime;

/** One date of a demo activity, in Europe/Amsterdam. */
public record DemoOccurrence(ZonedDateTime start, ZonedDateTime end) {
}
