package nl.bijeen.web.organisation.index;

/**
 * Names of the fields of an organisation document. Why each field has the type it has is explained where the
 * document is built, in {@link OrganisationDocuments}.
 */
public final class OrganisationFields {

    public static final String ID = "id";
    public static final String NAME = "name";
    public static final String OTHER_NAMES = "other_names";
    public static final String DESCRIPTION = "description";
    /** The name folded to lower case without accents, for sorting A to Z. */
    public static final String NAME_SORT = "name_sort";

    // Exact filter tokens (StringField) and facet columns (SortedSetDocValues) per dimension.
    public static final String THEME = "theme";
    public static final String AUDIENCE = "audience";
    public static final String WIJK = "wijk";
    public static final String KIND = "kind";
    public static final String FACET_THEME = "facet_theme";
    public static final String FACET_AUDIENCE = "facet_audience";
    public static final String FACET_WIJK = "facet_wijk";
    public static final String FACET_KIND = "facet_kind";

    // Stored only: enough to rebuild the StoredOrganisation without a database round trip.
    public static final String ACTIVITY_COUNT = "activity_count";
    public static final String FIRST_SEEN = "first_seen";
    public static final String UPDATED_AT = "updated_at";
    public static final String DETAILS = "details";

    private OrganisationFields() {
    }
}
