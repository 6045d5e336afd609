package nl.bijeen.web.organisation;

import java.net.URI;
import java.util.List;

import nl.bijeen.aggregator.organisation.StoredOrganisation;
import nl.bijeen.connectors.model.OrganisationKind;
import nl.bijeen.connectors.model.Place;

/**
 * A small social map of Katwijk for tests of the directory: six organisations of different kinds, themes, audiences
 * and wijken (CBS codes of the demo world's wijk file), five with an address on the map and one without.
 */
public final class SocialMap {

    public static final String KATWIJK_AAN_ZEE = "WK053705";
    public static final String RIJNSBURG = "WK053707";
    public static final String KATWIJK_NOORD = "WK053701";

    public static final StoredOrganisation WELZIJN = new StoredOrganisation(101, "Welzijnskwartier",
            List.of("Stichting Welzijnskwartier Katwijk", "welzijnskwartier.nl"), OrganisationKind.WELZIJN,
            "Welzijnsorganisatie voor ontmoeting, mantelzorg en hulp bij geldzaken in heel Katwijk.",
            List.of("ontmoeten", "geldzaken"), List.of("senioren", "mantelzorgers"),
            List.of(KATWIJK_AAN_ZEE, RIJNSBURG, KATWIJK_NOORD),
            new Place("Welzijnskwartier", "Zeeweg 12, 2224 AB Katwijk", 52.2032, 4.4012, KATWIJK_AAN_ZEE, null),
            "071-4011234", "info@welzijnskwartier.example", URI.create("https://welzijnskwartier.example/"),
            List.of("maandag tot en met vrijdag 9.00-17.00 uur"), URI.create("https://welzijnskwartier.example/logo.png"),
            true, List.of("welzijnskwartier-agenda", "katwijk-wijkwebsite"), 3, null, null);

    public static final StoredOrganisation BIEB = new StoredOrganisation(102, "Bibliotheek Katwijk",
            List.of("Bieb Katwijk"), OrganisationKind.BIBLIOTHEEK,
            "Boeken lenen, taalcafé en hulp met de computer en de DigiD.",
            List.of("taal-en-leren", "digitale-vaardigheden"), List.of("iedereen", "nieuwkomers"),
            List.of(KATWIJK_AAN_ZEE),
            new Place("Bibliotheek", "Tramstraat 4, 2225 CE Katwijk", 52.2011, 4.4123, KATWIJK_AAN_ZEE, null),
            "071-4012000", "info@bieb.example", URI.create("https://bieb.example/"), List.of(), null, null,
            List.of("bieb-agenda"), 2, null, null);

    public static final StoredOrganisation SPORT = new StoredOrganisation(103, "Sportvereniging Rijnsburg",
            List.of(), OrganisationKind.SPORT, "Wandelvoetbal en beweegclub voor 55-plussers.",
            List.of("bewegen"), List.of("senioren"), List.of(RIJNSBURG),
            new Place("Sportpark Middelmors", "Sportlaan 1, 2231 AA Rijnsburg", 52.1905, 4.4441, RIJNSBURG, null),
            null, "bestuur@sv-rijnsburg.example", URI.create("https://sv-rijnsburg.example/"), List.of(), null,
            false, List.of("sv-rijnsburg"), 1, null, null);

    public static final StoredOrganisation KERK = new StoredOrganisation(104, "Protestantse Gemeente Rijnsburg",
            List.of(), OrganisationKind.KERK, "Koffieochtenden en een maaltijd voor wie alleen is.",
            List.of("ontmoeten", "eten-en-koken"), List.of("iedereen"), List.of(RIJNSBURG),
            new Place("Laurentiuskerk", "Kerkstraat 3, 2231 CT Rijnsburg", 52.1920, 4.4420, RIJNSBURG, null),
            "071-4020000", null, null, List.of(), null, null, List.of("pg-rijnsburg"), 2, null, null);

    public static final StoredOrganisation BUURTHUIS = new StoredOrganisation(105, "Buurthuis De Kern",
            List.of("De Kern"), OrganisationKind.BUURTHUIS, "Buurthuis met koffie, klaverjassen en een repaircafé.",
            List.of("ontmoeten", "repareren-en-duurzaamheid"), List.of("iedereen"), List.of(KATWIJK_NOORD),
            new Place("De Kern", "Kernweg 5, 2221 AB Katwijk", 52.2101, 4.4205, KATWIJK_NOORD, null),
            "071-4030000", "dekern@example.nl", URI.create("https://dekern.example/"), List.of(), null, true,
            List.of("de-kern-agenda"), 2, null, null);

    /** No address: on the map page it is listed below the map. */
    public static final StoredOrganisation INITIATIEF = new StoredOrganisation(106, "Moestuin Noord",
            List.of(), OrganisationKind.BEWONERSINITIATIEF, "Bewoners tuinieren samen en delen de oogst.",
            List.of("natuur-en-tuinieren"), List.of("iedereen"), List.of(KATWIJK_NOORD), null, null,
            "moestuin@example.nl", null, List.of(), null, null, List.of("moestuin-noord"), 0, null, null);

    public static final List<StoredOrganisation> ALL = List.of(WELZIJN, BIEB, SPORT, KERK, BUURTHUIS, INITIATIEF);

    private SocialMap() {
    }
}
