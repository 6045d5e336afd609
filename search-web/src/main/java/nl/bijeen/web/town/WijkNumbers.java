package nl.bijeen.web.town;

import io.micronaut.core.annotation.Introspected;

/**
 * The live numbers of a town or wijk.
 *
 * @param thisWeek      live activities with a date from today to Sunday
 * @param thisMonth     live activities with a date from today to the end of the month
 * @param ongoing       live offers without a fixed date (a walk-in hour, a course you can join any time)
 * @param organisations live organisations working there (their address or their activities' places)
 * @param websites      neighbourhood websites whose default wijk lies there
 */
@Introspected
public record WijkNumbers(int thisWeek, int thisMonth, int ongoing, int organisations, int websites) {

    static final WijkNumbers NONE = new WijkNumbers(0, 0, 0, 0, 0);
}
