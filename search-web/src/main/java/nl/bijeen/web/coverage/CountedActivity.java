package nl.bijeen.web.coverage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One deduplicated activity as the coverage screens count it.
 *
 * @param wijk      its CBS wijk code, "" when its place is not known to lie in a wijk
 * @param themes    taxonomy theme ids
 * @param audiences taxonomy audience ids
 * @param dates     the days it takes place (not cancelled), in the site's time zone; empty for an ongoing offer
 * @param starts    for each of {@code dates}, the instant it starts
 * @param goneAt    when it left the overview (its last date passed, or its sources dropped it); null while live
 */
record CountedActivity(String wijk, List<String> themes, List<String> audiences, List<LocalDate> dates,
                       List<Instant> starts, Instant goneAt) {

    /** An ongoing offer without dates counts in every period, as long as it is listed. */
    boolean ongoing() {
        return dates.isEmpty();
    }

    /**
     * True when it took or takes place in the period: a date in it, at a time it was still listed (a gone
     * activity counts for the days before it left, so past periods keep their numbers), or ongoing and listed.
     */
    boolean in(Period period) {
        if (ongoing()) {
            return goneAt == null;
        }
        for (int i = 0; i < dates.size(); i++) {
            if (period.holds(dates.get(i)) && (goneAt == null || goneAt.isAfter(starts.get(i)))) {
                return true;
            }
        }
        return false;
    }
}
