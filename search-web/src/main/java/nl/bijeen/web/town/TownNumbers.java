package nl.bijeen.web.town;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.inject.Singleton;

import nl.bijeen.aggregator.organisation.OrganisationStore;
import nl.bijeen.aggregator.organisation.StoredOrganisation;
import nl.bijeen.aggregator.store.DraftJson;
import nl.bijeen.aggregator.store.Transactions;
import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.web.config.BijeenProperties;
import nl.bijeen.web.wijkwebsites.NeighbourhoodSites;

/**
 * Counts what a town or wijk has now, from the store (not the index: the store's live rows are the truth, and a
 * page for one wijk reads a few thousand rows at most). An activity counts once, in the wijk of its place; a
 * cancelled one, or one whose every date is cancelled, does not count.
 */
@Singleton
public class TownNumbers {

    /** A live activity reduced to what the numbers need. */
    private record Counted(String wijk, boolean ongoing, List<LocalDate> dates) {
    }

    /** What the numbers are counted from, read once per page. */
    private record Store(List<Counted> activities, List<StoredOrganisation> organisations, List<String> siteWijken) {
    }

    private final DataSource dataSource;
    private final OrganisationStore organisations;
    private final NeighbourhoodSites sites;
    private final Clock clock;
    private final ZoneId zone;

    TownNumbers(DataSource dataSource, OrganisationStore organisations, NeighbourhoodSites sites, Clock clock,
                BijeenProperties bijeen) {
        this.dataSource = dataSource;
        this.organisations = organisations;
        this.sites = sites;
        this.clock = clock;
        this.zone = ZoneId.of(bijeen.timeZone());
    }

    /** The numbers of the area made of {@code wijken} (CBS codes): one wijk, or every wijk of a town. */
    public WijkNumbers of(Collection<String> wijken) {
        return of(wijken, new Store(live(), organisations.live(), sites.wijken()));
    }

    /** The numbers of each of {@code wijken} in turn, from one read of the store. */
    public List<WijkNumbers> each(List<String> wijken) {
        Store store = new Store(live(), organisations.live(), sites.wijken());
        return wijken.stream().map(w -> of(List.of(w), store)).toList();
    }

    private WijkNumbers of(Collection<String> area, Store store) {
        Set<String> wijken = new HashSet<>(area); // contains(null) is false, not an exception as with List.of
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        LocalDate monthEnd = today.with(TemporalAdjusters.lastDayOfMonth());
        List<Counted> here = store.activities().stream().filter(a -> wijken.contains(a.wijk())).toList();
        int week = (int) here.stream().filter(a -> between(a, today, sunday)).count();
        int month = (int) here.stream().filter(a -> between(a, today, monthEnd)).count();
        int ongoing = (int) here.stream().filter(Counted::ongoing).count();
        int orgs = (int) store.organisations().stream().filter(o -> o.wijken().stream().anyMatch(wijken::contains)).count();
        int websites = (int) store.siteWijken().stream().filter(wijken::contains).count();
        return new WijkNumbers(week, month, ongoing, orgs, websites);
    }

    private static boolean between(Counted activity, LocalDate from, LocalDate to) {
        return activity.dates().stream().anyMatch(d -> !d.isBefore(from) && !d.isAfter(to));
    }

    private List<Counted> live() {
        return Transactions.read(dataSource, "reading live activities for the town pages", connection -> {
            List<Counted> found = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT draft_json FROM activity WHERE gone_at IS NULL");
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    counted(DraftJson.read(rs.getString("draft_json"))).ifPresent(found::add);
                }
            }
            return found;
        });
    }

    private Optional<Counted> counted(ActivityDraft draft) {
        if (draft.status() == ActivityDraft.Status.CANCELLED || draft.place() == null
                || draft.place().wijk() == null) {
            return Optional.empty();
        }
        List<LocalDate> dates = draft.schedule().occurrences().stream().filter(o -> !o.cancelled())
                .map(Occurrence::start).filter(Objects::nonNull)
                .map(start -> start.withZoneSameInstant(zone).toLocalDate()).toList();
        boolean ongoing = !draft.schedule().hasFixedDate();
        return ongoing || !dates.isEmpty() ? Optional.of(new Counted(draft.place().wijk(), ongoing, dates))
                : Optional.empty();
    }
}
