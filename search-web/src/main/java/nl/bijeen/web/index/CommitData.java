package nl.bijeen.web.index;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * What the index records in each Lucene commit about itself, so it can tell after a restart where it stands.
 *
 * @param seq       the store's change sequence number the index is complete up to
 * @param datesAsOf the day for which every document's upcoming dates were computed; {@code null} for a new index
 * @param store     which store the index was built from (a fingerprint, see {@link StoreFingerprint});
 *                  {@code null} when not recorded
 */
record CommitData(long seq, LocalDate datesAsOf, String store) {

    private static final String SEQ = "bijeen.seq";
    private static final String DATES_AS_OF = "bijeen.dates-as-of";
    private static final String STORE = "bijeen.store";

    static final CommitData NEW_INDEX = new CommitData(0, null, null);

    static CommitData read(Iterable<Map.Entry<String, String>> entries) {
        if (entries == null) {
            return NEW_INDEX;
        }
        Map<String, String> data = new HashMap<>();
        entries.forEach(e -> data.put(e.getKey(), e.getValue()));
        String seq = data.get(SEQ);
        String day = data.get(DATES_AS_OF);
        return new CommitData(seq == null ? 0 : Long.parseLong(seq), day == null ? null : LocalDate.parse(day),
                data.get(STORE));
    }

    Map<String, String> toMap() {
        Map<String, String> data = new HashMap<>();
        data.put(SEQ, Long.toString(seq));
        if (datesAsOf != null) {
            data.put(DATES_AS_OF, datesAsOf.toString());
        }
        if (store != null) {
            data.put(STORE, store);
        }
        return data;
    }
}
