package nl.bijeen.aggregator.organisation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.bijeen.aggregator.store.DraftJson;
import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Organiser;

/**
 * Brings the mentions of one source in line with what it says now, inside the caller's transaction: one mention
 * per origin and name key, from the organisers of its live items (ORGANISER), its publisher (PUBLISHER) and its
 * owner's registration (OWNER). A mention keeps the richest details the source gives under that naming; namings
 * no longer used are marked gone. Only called after a successful crawl, so a failed crawl never counts as gone.
 */
public final class MentionSync {

    public enum Origin { ORGANISER, PUBLISHER, OWNER }

    private record Wanted(Origin origin, String nameKey, String name, String json) {
    }

    private record Existing(long id, String name, String json, boolean gone) {
    }

    private final RecognitionSettings settings;

    public MentionSync(RecognitionSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The stored key of a naming: its name key, and its town apart (one source may name two branches). */
    public String storedKey(String name) {
        NameKey key = NameKey.of(name, settings.towns());
        String base = key.key().isEmpty() ? NameKey.plain(name).trim() : key.key();
        return key.town() == null ? base : base + " | " + key.town();
    }

    /** Updates the source's mentions; returns the ids of mentions inserted, changed, gone or back. */
    public List<Long> sync(Connection connection, String sourceId, Instant now) throws SQLException {
        Map<String, Wanted> wanted = wanted(connection, sourceId);
        Map<String, Existing> existing = existing(connection, sourceId);
        List<Long> touched = new ArrayList<>();
        for (Map.Entry<String, Wanted> entry : wanted.entrySet()) {
            Wanted w = entry.getValue();
            Existing before = existing.remove(entry.getKey());
            if (before == null) {
                touched.add(MentionRows.insert(connection, sourceId, w.origin().name(), w.nameKey(), w.name(), w.json(),
                        now, settings));
            } else if (before.gone() || !before.json().equals(w.json()) || !before.name().equals(w.name())) {
                MentionRows.update(connection, before.id(), w.name(), w.json(), now, settings);
                touched.add(before.id());
            }
        }
        for (Existing unused : existing.values()) {
            if (!unused.gone()) {
                MentionRows.gone(connection, unused.id(), now);
                touched.add(unused.id());
            }
        }
        return touched;
    }

    private Map<String, Wanted> wanted(Connection connection, String sourceId) throws SQLException {
        Map<String, Wanted> wanted = new LinkedHashMap<>();
        for (Organiser organiser : itemOrganisers(connection, sourceId)) {
            want(wanted, Origin.ORGANISER, organiser);
        }
        want(wanted, Origin.PUBLISHER, DraftJson.readOrganiserJson(
                text(connection, "SELECT publisher_json FROM source WHERE id = ?", sourceId)));
        want(wanted, Origin.OWNER, DraftJson.readOrganiserJson(
                text(connection, "SELECT organiser_json FROM source_organisation WHERE source_id = ?", sourceId)));
        return wanted;
    }

    /** Keeps, per origin and key, the naming with the most details (the first of equals: items in stored order). */
    private void want(Map<String, Wanted> wanted, Origin origin, Organiser organiser) {
        if (organiser == null || organiser.name() == null || organiser.name().isBlank()) {
            return;
        }
        String key = storedKey(organiser.name());
        if (key.isEmpty()) {
            return;
        }
        String json = DraftJson.writeOrganiserJson(organiser);
        wanted.merge(origin + " " + key, new Wanted(origin, key, organiser.name().trim(), json),
                (a, b) -> b.json().length() > a.json().length() ? b : a);
    }

    private static List<Organiser> itemOrganisers(Connection connection, String sourceId) throws SQLException {
        List<Organiser> organisers = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT draft_json FROM source_item WHERE source_id = ? AND gone_at IS NULL ORDER BY id")) {
            query.setString(1, sourceId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ActivityDraft draft = DraftJson.read(rs.getString(1));
                    if (draft.organiser() != null) {
                        organisers.add(draft.organiser());
                    }
                }
            }
        }
        return organisers;
    }

    private static Map<String, Existing> existing(Connection connection, String sourceId) throws SQLException {
        Map<String, Existing> existing = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT id, origin, name_key, name, organiser_json, gone_at FROM organisation_mention
                WHERE source_id = ? ORDER BY id""")) {
            query.setString(1, sourceId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    existing.put(rs.getString("origin") + " " + rs.getString("name_key"), new Existing(rs.getLong("id"),
                            rs.getString("name"), rs.getString("organiser_json"), rs.getObject("gone_at") != null));
                }
            }
        }
        return existing;
    }

    private static String text(Connection connection, String sql, String sourceId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, sourceId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
