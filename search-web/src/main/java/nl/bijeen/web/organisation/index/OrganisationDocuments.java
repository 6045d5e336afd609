package nl.bijeen.web.organisation.index;

import static nl.bijeen.web.organisation.index.OrganisationFields.*;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

import nl.bijeen.aggregator.organisation.OrganisationJson;
import nl.bijeen.aggregator.organisation.StoredOrganisation;

/** Turns a stored organisation into its Lucene document and a found document back into the organisation. */
public final class OrganisationDocuments {

    /**
     * The version of the document fields and their analysis. Raise it when either changes: an index built with
     * another version is emptied and rebuilt from the store at start-up.
     */
    public static final int LAYOUT = 1;

    private OrganisationDocuments() {
    }

    public static Document toDocument(StoredOrganisation o) {
        Document doc = new Document();
        // StringField: the id is one exact token, the key for updateDocument/deleteDocuments; stored to read back.
        doc.add(new StringField(ID, Long.toString(o.id()), Store.YES));
        // TextFields with the Dutch analyzer (the index's): the words people look an organisation up by. Not
        // stored: the whole organisation is stored once, in DETAILS.
        doc.add(new TextField(NAME, o.name(), Store.NO));
        o.otherNames().forEach(n -> doc.add(new TextField(OTHER_NAMES, n, Store.NO)));
        if (o.description() != null) {
            doc.add(new TextField(DESCRIPTION, o.description(), Store.NO));
        }
        // SortedDocValuesField: Lucene sorts on column values; folded so "'t Huis" and "École" sort as people expect.
        doc.add(new SortedDocValuesField(NAME_SORT, new BytesRef(sortKey(o.name()))));
        // Per dimension an exact StringField for the filter and a SortedSetDocValuesField for its facet counts
        // (set semantics: a wijk named twice counts the organisation once).
        o.themes().forEach(t -> addDimension(doc, THEME, FACET_THEME, t));
        o.audiences().forEach(a -> addDimension(doc, AUDIENCE, FACET_AUDIENCE, a));
        o.wijken().forEach(w -> addDimension(doc, WIJK, FACET_WIJK, w));
        addDimension(doc, KIND, FACET_KIND, o.kind().code());
        // StoredFields only: the organisation as the store has it, so a result renders from the index alone.
        doc.add(new StoredField(ACTIVITY_COUNT, o.activityCount()));
        doc.add(new StoredField(FIRST_SEEN, epochMilli(o.firstSeen())));
        doc.add(new StoredField(UPDATED_AT, epochMilli(o.updatedAt())));
        doc.add(new StoredField(NAME, o.name()));
        doc.add(new StoredField(KIND, o.kind().code()));
        doc.add(new StoredField(DETAILS, OrganisationJson.write(o)));
        return doc;
    }

    /** Reads a found document back into the organisation it was made from. */
    public static StoredOrganisation fromDocument(Document doc) {
        return OrganisationJson.read(Long.parseLong(doc.get(ID)), doc.get(NAME), doc.get(KIND),
                doc.getField(ACTIVITY_COUNT).numericValue().intValue(), instant(doc.getField(FIRST_SEEN)),
                instant(doc.getField(UPDATED_AT)), doc.get(DETAILS));
    }

    /** Lower case without accents or leading punctuation: the order of a printed address list. */
    public static String sortKey(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return folded.replaceFirst("^[^\\p{L}\\p{N}]+", "");
    }

    private static void addDimension(Document doc, String field, String facet, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new StringField(field, value, Store.NO));
            doc.add(new SortedSetDocValuesField(facet, new BytesRef(value)));
        }
    }

    private static long epochMilli(Instant instant) {
        return instant == null ? 0 : instant.toEpochMilli();
    }

    private static Instant instant(IndexableField field) {
        long millis = field.numericValue().longValue();
        return millis == 0 ? null : Instant.ofEpochMilli(millis);
    }
}
