package nl.bijeen.aggregator.organisation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.bijeen.aggregator.dedupe.Overrides;
import nl.bijeen.aggregator.store.SqlLists;

/** The admin's MERGE and NEVER decisions ({@code organisation_override}) that concern a set of mentions. */
final class MentionOverrides {

    private MentionOverrides() {
    }

    /** Decisions with at least one side in {@code mentions}. */
    static Overrides among(Connection connection, Collection<Long> mentions) throws SQLException {
        List<Overrides.Pair> merge = new ArrayList<>();
        List<Overrides.Pair> never = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (List<Long> chunk : SqlLists.chunks(mentions)) {
            String marks = SqlLists.marks(chunk);
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT mention_a, mention_b, decision FROM organisation_override WHERE mention_a IN (" + marks
                            + ") OR mention_b IN (" + marks + ")")) {
                SqlLists.bind(query, SqlLists.bind(query, 1, chunk), chunk);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        Overrides.Pair pair = new Overrides.Pair(rs.getLong(1), rs.getLong(2));
                        if (seen.add(pair.a() + " " + pair.b())) {
                            (rs.getString(3).equals("MERGE") ? merge : never).add(pair);
                        }
                    }
                }
            }
        }
        return new Overrides(merge, never);
    }
}
