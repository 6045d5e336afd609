package nl.bijeen.web.coverage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.inject.Singleton;

import nl.bijeen.aggregator.store.DraftJson;
import nl.bijeen.aggregator.store.Sql;
import nl.bijeen.aggregator.store.Transactions;
import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.web.config.BijeenProperties;

/**
 * Reads the activities to count from the store's table {@code activity}: one row per real-world activity after
 * deduplication (one activity published on three sites is one row), so counts never double.
 *
 * <p>Why the store and not the search index: the index only holds what is upcoming, while the change against the
 * previous period needs past weeks too (gone rows stay in the store for history), and a wijk × theme matrix needs
 * each activity's combination of wijk and themes, which facet counts give only with one search per wijk. One scan
 * of the live and recently gone rows answers every cell of both matrices and both periods exactly.
 */
@Singleton
class CoverageStore {

    private final DataSource dataSource;
    private final ZoneId zone;

    CoverageStore(DataSource dataSource, BijeenProperties bijeen) {
        this.dataSource = dataSource;
        this.zone = ZoneId.of(bijeen.timeZone());
    }

    /** Every activity that is live, or left the overview after {@code since} (it may have taken place since). */
    List<CountedActivity> since(LocalDate since) {
        return Transactions.read(dataSource, "reading activities for coverage", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT draft_json, gone_at FROM activity WHERE gone_at IS NULL OR gone_at >= ?")) {
                Sql.setInstant(query, 1, since.atStartOfDay(zone).toInstant());
                List<CountedActivity> found = new ArrayList<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        counted(DraftJson.read(rs.getString("draft_json")), Sql.getInstant(rs, "gone_at"))
                                .ifPresent(found::add);
                    }
                }
                return found;
            }
        });
    }

    /** Empty for a cancelled activity, or one whose every date is cancelled: it is no offer and never counts. */
    private Optional<CountedActivity> counted(ActivityDraft draft, Instant goneAt) {
        List<LocalDate> dates = new ArrayList<>();
        List<Instant> starts = new ArrayList<>();
        for (Occurrence o : draft.schedule().occurrences()) {
            if (!o.cancelled()) {
                dates.add(o.start().withZoneSameInstant(zone).toLocalDate());
                starts.add(o.start().toInstant());
            }
        }
        if (draft.status() == ActivityDraft.Status.CANCELLED || (dates.isEmpty() && draft.schedule().hasFixedDate())) {
            return Optional.empty();
        }
        String wijk = draft.place() == null || draft.place().wijk() == null ? "" : draft.place().wijk();
        return Optional.of(new CountedActivity(wijk, list(draft.themes()), list(draft.audiences()), dates, starts,
                goneAt));
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }
}
