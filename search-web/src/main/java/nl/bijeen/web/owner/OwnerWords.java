package nl.bijeen.web.owner;

import java.util.Locale;

import nl.bijeen.aggregator.owner.OwnedSource;

/** How a source's state is said to a site owner: plain Dutch, with what to do about a problem. */
final class OwnerWords {

    private OwnerWords() {
    }

    static String approval(OwnedSource source) {
        if (source.removed()) {
            return "Deze agenda is verwijderd.";
        }
        return switch (source.approval()) {
            case PENDING -> "Uw aanmelding wacht op goedkeuring door een beheerder. Tot dan haalt Bijeen niets op"
                    + " en staat er niets van uw agenda op Bijeen.";
            case APPROVED -> source.paused() ? "Goedgekeurd, maar gepauzeerd: Bijeen haalt uw agenda nu niet op."
                    : "Goedgekeurd: Bijeen haalt uw agenda regelmatig op.";
            case REJECTED -> "Uw aanmelding is afgewezen.";
        };
    }

    /** What the owner can do about the last error (the error itself is already plain Dutch). */
    static String advice(String error) {
        if (error == null) {
            return null;
        }
        String e = error.toLowerCase(Locale.ROOT);
        if (e.contains("robots.txt")) {
            return "Uw website vraagt robots om deze pagina over te slaan. Vraag uw webbouwer om Bijeen toe te staan"
                    + " in het bestand robots.txt.";
        }
        if (e.contains("foutcode 404") || e.contains("foutcode 410")) {
            return "Het adres bestaat niet meer. Is uw agenda verhuisd? Meld dan het nieuwe adres aan en verwijder"
                    + " deze.";
        }
        if (e.contains("foutcode")) {
            return "Uw website gaf een fout. Vaak gaat dat vanzelf over; blijft het, vraag dan uw webbouwer om te"
                    + " kijken.";
        }
        if (e.contains("niet bereikbaar") || e.contains("onbekend") || e.contains("niet binnen")
                || e.contains("verbinding")) {
            return "Uw website was even niet bereikbaar. Bijeen probeert het later vanzelf opnieuw.";
        }
        if (e.contains("groter dan")) {
            return "Het bestand is te groot. Zet in uw agenda alleen de activiteiten van de komende tijd.";
        }
        return "Bijeen kon uw agenda niet lezen. Controleer of de activiteiten een titel en een datum hebben, of"
                + " vraag uw webbouwer om hulp.";
    }
}
