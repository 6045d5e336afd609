package nl.bijeen.web.security;

/**
 * The roles behind the login. Residents and site owners never log in: the overview is public and a site owner
 * manages a source through a private link. An admin also has the professional role.
 */
public final class Roles {

    /** Welfare workers and other professionals: coverage and unmet demand ({@code /dekking}). */
    public static final String PROFESSIONAL = "PROFESSIONAL";
    /** Keeps the sources healthy: the control room ({@code /beheer}). */
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
