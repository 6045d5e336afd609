package nl.bijeen.connectors.discovery;

/** How a candidate was found, with the plain-Dutch phrase the registration screen shows to the site owner. */
public enum FoundVia {
    PASTED_URL("het geplakte adres is zelf een agenda of feed"),
    LINK_ALTERNATE("aangekondigd in de kop van de pagina (link rel=alternate)"),
    CALENDAR_TYPE("link met type text/calendar"),
    ICS_LINK("link naar een .ics-bestand"),
    WEBCAL_LINK("webcal:-link (agenda-abonnement)"),
    FEED_LINK("link naar een feed"),
    GOOGLE_CALENDAR("Google Agenda op de pagina"),
    OUTLOOK_CALENDAR("gepubliceerde Outlook-agenda"),
    WORDPRESS("WordPress-feed van de site"),
    EVENTS_CALENDAR("iCal-export van The Events Calendar (WordPress)"),
    JSON_LD_ON_PAGE("activiteiten (schema.org) op de pagina zelf"),
    COMMON_PATH("gebruikelijk adres op de site geprobeerd");

    private final String dutch;

    FoundVia(String dutch) {
        this.dutch = dutch;
    }

    /** The phrase for the site owner, e.g. "link naar een .ics-bestand". */
    public String dutch() {
        return dutch;
    }
}
