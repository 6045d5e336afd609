package nl.bijeen.aggregator.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** {@code IN (?, ?, …)} lists of ids, in chunks small enough for every database's parameter limit. */
public final class SqlLists {

    public static final int CHUNK = 500;

    private SqlLists() {
    }

    public static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    public static String marks(List<Long> chunk) {
        return String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
    }

    /** Binds the ids from parameter {@code first}; returns the next free parameter index. */
    public static int bind(PreparedStatement statement, int first, List<Long> chunk) throws SQLException {
        int index = first;
        for (long id : chunk) {
            statement.setLong(index++, id);
        }
        return index;
    }
}
