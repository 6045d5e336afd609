package nl.bijeen.web.index;

import static nl.bijeen.web.index.IndexFields.*;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

import nl.bijeen.aggregator.store.StoredActivity;
import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.model.Place;

/** Turns a stored activity into its Lucene document and a found document back into an {@link IndexedActivity}. */
public final class ActivityDocuments {

    /**
     * The version of the document fields and their analysis. Raise it when either changes: an index built with
     * another version is emptied and rebuilt from the store at start-up (see {@link IndexFactory}). 2: wijk and exact
     * audience/theme id fields; decompounding and z/v stems in {@link DutchTextAnalyzer}. 3: facet doc values,
     * exact organiser/cost/kind fields, the location point, autocomplete keys. 4: the next start as a point too.
     */
    public static final int LAYOUT = 4;

    /** Enough dates to show "and N more" and to survive some days between re-indexings. */
    static final int STORED_DATES = 20;

    private ActivityDocuments() {
    }

    /**
     * @param notBefore start of today: earlier occurrences are past, so not stored for display and not "next"
     */
    public static Document toDocument(StoredActivity stored, Instant notBefore) {
        ActivityDraft a = stored.draft();
        Document doc = new Document();
        // StringField: the id is one exact token, the key for updateDocument/deleteDocuments; stored to read back.
        doc.add(new StringField(ID, Long.toString(stored.id()), Store.YES));
        // TextField with the Dutch analyzer: words people search for. Title and description are also stored so a
        // result renders from the index alone.
        doc.add(new TextField(TITLE, a.title(), Store.YES));
        doc.add(new TextField(DESCRIPTION, a.description().text(), Store.YES));
        addPlace(doc, a.place());
        if (a.organiser() != null && a.organiser().name() != null) {
            doc.add(new TextField(ORGANISER, a.organiser().name(), Store.YES));
            // StringField: the organiser filter ("everything of Welzijn Katwijk") needs the exact name.
            doc.add(new StringField(ORGANISER_EXACT, a.organiser().name(), Store.NO));
            addFacet(doc, FACET_ORGANISER, a.organiser().name());
            SuggestKeys.keys(a.organiser().name(), SuggestKeys.ORGANISER)
                    .forEach(k -> doc.add(new StringField(SUGGEST, k, Store.NO)));
        }
        // StringField of autocomplete keys: a prefix seek over terms, no document reads (SuggestKeys).
        SuggestKeys.keys(a.title(), SuggestKeys.TITLE).forEach(k -> doc.add(new StringField(SUGGEST, k, Store.NO)));
        a.themes().forEach(t -> addFacet(doc, FACET_THEME, t));
        a.audiences().forEach(t -> addFacet(doc, FACET_AUDIENCE, t));
        // Cost and kind: exact StringFields for the filters, doc values for their facets; kind also stored so
        // results can say which section they belong to.
        CostClass.of(a.cost()).ifPresent(c -> {
            doc.add(new StringField(COST_CLASS, c, Store.NO));
            addFacet(doc, FACET_COST, c);
        });
        String kind = a.kind().name().toLowerCase(Locale.ROOT);
        doc.add(new StringField(KIND, kind, Store.YES));
        addFacet(doc, FACET_KIND, kind);
        // Multi-valued TextFields: each label searchable and stored in order.
        a.themes().forEach(t -> doc.add(new TextField(THEMES, t, Store.YES)));
        a.audiences().forEach(t -> doc.add(new TextField(AUDIENCES, t, Store.YES)));
        // StringFields of the same ids: the exact filters "voor ouderen" and "sport" in a query turn into. The
        // TextFields above split and stem an id ("taal-en-leren"), which is right for words, wrong for a filter.
        a.themes().forEach(t -> doc.add(new StringField(THEME_ID, t, Store.NO)));
        a.audiences().forEach(t -> doc.add(new StringField(AUDIENCE_ID, t, Store.NO)));
        addSchedule(doc, a, notBefore);
        addStoredIfPresent(doc, COST, a.cost());
        addStoredIfPresent(doc, IMAGE, webAddress(a.image()));
        addStoredIfPresent(doc, LINK, webAddress(a.link()));
        // StringField per publication: "on this site" is an exact filter over every site that published it (one
        // activity merged from three sites is found under each); stored as well, the most trusted first.
        stored.publications().forEach(p -> doc.add(new StringField(SOURCE, p.sourceId(), Store.YES)));
        // StoredField only: the page lists every site with its link; nobody searches on these texts.
        stored.publications().forEach(p -> doc.add(new StoredField(PUBLISHED_ON, PublishedOn.of(p).encode())));
        // The source facet counts every site, with its name so the facet needs no lookup; doc values keep one
        // value per site per document, so an activity published twice on a site still counts once.
        stored.publications().forEach(p -> addFacet(doc, FACET_SOURCE,
                p.sourceId() + "\t" + (p.sourceName() == null ? p.sourceId() : p.sourceName().replace('\t', ' '))));
        doc.add(new StoredField(STATUS, a.status() == ActivityDraft.Status.CANCELLED
                ? IndexedActivity.CANCELLED : IndexedActivity.SCHEDULED));
        return doc;
    }

    private static void addPlace(Document doc, Place place) {
        if (place == null) {
            return;
        }
        // One searchable TextField for name and address together ("De Kern", "Zeeweg Katwijk"); the parts are
        // stored separately so the page can show them on their own lines.
        String text = Stream.of(place.name(), place.address()).filter(Objects::nonNull).collect(Collectors.joining(" "));
        doc.add(new TextField(PLACE, text, Store.NO));
        addStoredIfPresent(doc, PLACE_NAME, place.name());
        addStoredIfPresent(doc, PLACE_ADDRESS, place.address());
        if (place.wijk() != null) {
            // StringField: a CBS code is one exact token; "in Rijnsburg" or "Katwijk Noord" in a query becomes a
            // filter on it (QueryUnderstanding). Stored so results can show and facet on it.
            doc.add(new StringField(WIJK, place.wijk(), Store.YES));
            addFacet(doc, FACET_WIJK, place.wijk());
        }
        if (place.hasCoordinates()) {
            // LatLonPoint for "within N km of me"; LatLonDocValuesField to sort by distance.
            doc.add(new LatLonPoint(LOCATION, place.latitude(), place.longitude()));
            doc.add(new LatLonDocValuesField(LOCATION, place.latitude(), place.longitude()));
            doc.add(new StoredField(LATITUDE, place.latitude()));
            doc.add(new StoredField(LONGITUDE, place.longitude()));
        }
    }

    private static void addSchedule(Document doc, ActivityDraft a, Instant notBefore) {
        List<Occurrence> occurrences = a.schedule().occurrences();
        // StringField: an exact yes/no flag, so "upcoming OR no fixed date" is one cheap term query; stored so a
        // dated activity whose stored dates have all passed is not mistaken for an ongoing offer.
        doc.add(new StringField(DATED, occurrences.isEmpty() ? "no" : "yes", Store.YES));
        // LongPoint, one value per occurrence: a range query "starts from today on" matches if any date does.
        occurrences.forEach(o -> doc.add(new LongPoint(START, o.start().toInstant().toEpochMilli())));
        List<Occurrence> upcoming = occurrences.stream()
                .filter(o -> !o.start().toInstant().isBefore(notBefore)).limit(STORED_DATES).toList();
        upcoming.forEach(o -> doc.add(new StoredField(DATE, toIndexedDate(o).encode())));
        long next = upcoming.isEmpty() ? Long.MAX_VALUE : upcoming.getFirst().start().toInstant().toEpochMilli();
        // NumericDocValuesField: column-wise values are what Lucene sorts on; stored too for reading back.
        doc.add(new NumericDocValuesField(NEXT_START, next));
        // LongPoint of the same value: sorting soonest first can then skip activities that cannot make the page
        // (Lucene's sort optimisation reads the points), instead of comparing every upcoming activity.
        doc.add(new LongPoint(NEXT_START, next));
        doc.add(new StoredField(NEXT_START, next));
        doc.add(new StoredField(ZONE, a.schedule().zone().getId()));
        doc.add(new StoredField(ALL_DAY, Boolean.toString(a.schedule().allDay())));
    }

    /** SortedSetDocValuesField: counted per dimension over a result set ({@code FacetCounts}). */
    private static void addFacet(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
        }
    }

    /** Only http(s) addresses reach pages and the API: a "javascript:" or "file:" link from a source never does. */
    static String webAddress(URI uri) {
        if (uri == null || uri.getScheme() == null) {
            return null;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https") ? uri.toString() : null;
    }

    private static IndexedDate toIndexedDate(Occurrence o) {
        return new IndexedDate(o.start().toInstant(), o.end() == null ? null : o.end().toInstant(), o.cancelled());
    }

    private static void addStoredIfPresent(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new StoredField(field, value));
        }
    }

    /** Reads a document found by a search back into an activity. */
    public static IndexedActivity fromDocument(Document doc) {
        List<IndexedDate> dates = Arrays.stream(doc.getValues(DATE)).map(IndexedDate::decode).toList();
        return new IndexedActivity(
                Long.parseLong(doc.get(ID)), doc.get(TITLE), orEmpty(doc.get(DESCRIPTION)),
                ZoneId.of(doc.get(ZONE)), Boolean.parseBoolean(doc.get(ALL_DAY)), "yes".equals(doc.get(DATED)),
                dates, doc.get(PLACE_NAME), doc.get(PLACE_ADDRESS), doubleOrNull(doc.getField(LATITUDE)),
                doubleOrNull(doc.getField(LONGITUDE)), doc.get(ORGANISER), List.of(doc.getValues(THEMES)),
                List.of(doc.getValues(AUDIENCES)), doc.get(COST), doc.get(IMAGE), doc.get(LINK), doc.get(SOURCE),
                doc.get(STATUS), Arrays.stream(doc.getValues(PUBLISHED_ON)).map(PublishedOn::decode).toList(),
                doc.get(KIND), doc.get(WIJK));
    }

    private static Double doubleOrNull(IndexableField field) {
        return field == null ? null : field.numericValue().doubleValue();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
