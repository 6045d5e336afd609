package nl.bijeen.web.index;

/**
 * Names of the fields of an activity document. Why each field has the type it has is explained where the document
 * is built, in {@link ActivityDocuments}.
 */
public final class IndexFields {

    public static final String ID = "id";
    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String PLACE = "place";
    public static final String ORGANISER = "organiser";
    public static final String THEMES = "themes";
    public static final String AUDIENCES = "audiences";
    /** Audience and theme ids as exact tokens, for filters ("taal-en-leren" is one token here). */
    public static final String AUDIENCE_ID = "audience_id";
    public static final String THEME_ID = "theme_id";
    /** CBS code of the wijk the activity's place lies in (exact, for the wijk and town filters). */
    public static final String WIJK = "wijk";
    /** Every occurrence start, epoch milliseconds (points, for date filters). */
    public static final String START = "start";
    /** "yes" when the activity has dates, "no" for ongoing offers. */
    public static final String DATED = "dated";
    /** Start of the next occurrence at indexing time; {@link Long#MAX_VALUE} for ongoing offers. */
    public static final String NEXT_START = "next_start";

    /** Organiser name as one exact token, for the organiser filter (the TextField above is for words). */
    public static final String ORGANISER_EXACT = "organiser_exact";
    /** "gratis" or "betaald" ({@link CostClass}); absent when the sources say nothing about cost. */
    public static final String COST_CLASS = "cost_class";
    /** "agenda", "etalage" or "prikbord": the section the activity belongs to. */
    public static final String KIND = "kind";
    /** The place's point: a LatLonPoint for "within N km" and LatLonDocValues for sorting by distance. */
    public static final String LOCATION = "location";
    /** Autocomplete keys, "key US display US type" ({@link SuggestKeys}). */
    public static final String SUGGEST = "suggest";

    // Facet fields: SortedSetDocValues, one column per dimension, counted over a result set. One document per
    // activity and set semantics per document make every count "activities", never "publications".
    public static final String FACET_AUDIENCE = "facet_audience";
    public static final String FACET_THEME = "facet_theme";
    public static final String FACET_WIJK = "facet_wijk";
    public static final String FACET_ORGANISER = "facet_organiser";
    /** "sourceId TAB sourceName" per site the activity was published on. */
    public static final String FACET_SOURCE = "facet_source";
    public static final String FACET_COST = "facet_cost";
    public static final String FACET_KIND = "facet_kind";

    // Stored-only fields, read back to render a result without a database round trip.
    public static final String DATE = "date";
    public static final String ZONE = "zone";
    public static final String ALL_DAY = "all_day";
    public static final String PLACE_NAME = "place_name";
    public static final String PLACE_ADDRESS = "place_address";
    public static final String LATITUDE = "lat";
    public static final String LONGITUDE = "lon";
    public static final String LINK = "link";
    public static final String IMAGE = "image";
    public static final String SOURCE = "source";
    /** Every site the activity was published on: "sourceId TAB sourceName TAB link" per value. */
    public static final String PUBLISHED_ON = "published_on";
    public static final String COST = "cost";
    public static final String STATUS = "status";

    private IndexFields() {
    }
}
