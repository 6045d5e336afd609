package nl.bijeen.web.owner;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Singleton;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.owner.OwnedSource;
import nl.bijeen.aggregator.store.CrawlLogEntry;

/** The view model of the management page: status, the last crawls in plain Dutch, and the forms' choices. */
@Singleton
public class OwnerStatusModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH.mm",
            Locale.forLanguageTag("nl-NL")).withZone(ZoneId.of("Europe/Amsterdam"));
    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("aangemeld", "Uw agenda is aangemeld. Bewaar deze pagina als bladwijzer: dit is uw persoonlijke"
                    + " link om uw agenda te beheren. Bijeen verstuurt geen e-mail, dus u krijgt de link niet nog een"
                    + " keer."),
            Map.entry("gepauzeerd", "Gepauzeerd: Bijeen haalt uw agenda niet op tot u op Hervatten drukt."),
            Map.entry("hervat", "Hervat: Bijeen haalt uw agenda weer regelmatig op."),
            Map.entry("opgehaald", "Uw agenda is zojuist opgehaald."),
            Map.entry("mislukt", "Het ophalen is mislukt. Hieronder staat wat er misging."),
            Map.entry("ingepland", "Uw agenda wordt binnen enkele ogenblikken opgehaald. Ververs deze pagina"
                    + " om het resultaat te zien."),
            Map.entry("wacht", "Uw aanmelding wacht nog op goedkeuring; ophalen kan pas daarna."),
            Map.entry("opgeslagen", "Uw keuzes zijn opgeslagen. Ze gelden vanaf de volgende keer dat Bijeen uw"
                    + " agenda ophaalt."),
            Map.entry("bevestigd", "Gelukt: Bijeen heeft de code op uw website gevonden."),
            Map.entry("niet-bevestigd", "Bijeen heeft de code niet op uw website gevonden. Controleer of de code"
                    + " er precies zo staat en probeer het over een paar minuten nog eens."),
            Map.entry("organisatie", "De gegevens van uw organisatie zijn opgeslagen. Bijeen gebruikt ze vanaf de"
                    + " volgende keer dat het uw agenda ophaalt."),
            Map.entry("bevestig", "Zet een vinkje bij ‘Ja, verwijder mijn agenda’ om uw agenda te verwijderen."));

    private final Aggregator aggregator;
    private final OwnerChoices choices;
    private final OwnerOrganisations organisations;

    public OwnerStatusModel(Aggregator aggregator, OwnerChoices choices, OwnerOrganisations organisations) {
        this.aggregator = aggregator;
        this.choices = choices;
        this.organisations = organisations;
    }

    Map<String, Object> model(OwnedSource source, String token, String message) {
        Map<String, Object> model = choices.model(source.defaultAudiences(), source.defaultThemes(),
                source.defaultWijk());
        model.put("token", token);
        model.put("melding", message == null ? null : MESSAGES.get(message));
        model.put("naam", source.name());
        model.put("feed", source.feedUrl().toString());
        model.put("status", OwnerWords.approval(source));
        model.put("goedgekeurd", source.approval() == OwnedSource.Approval.APPROVED);
        model.put("afgewezen", source.approval() == OwnedSource.Approval.REJECTED);
        model.put("reden", source.decisionReason());
        model.put("gepauzeerd", source.paused());
        model.put("laatstePoging", when(source.lastAttemptAt()));
        model.put("laatsteSucces", when(source.lastSuccessAt()));
        model.put("aantal", source.itemCount());
        model.put("fout", source.lastError());
        model.put("advies", OwnerWords.advice(source.lastError()));
        model.put("geparkeerd", source.parkedReason());
        model.put("code", source.verificationCode());
        model.put("bevestigdOp", when(source.verifiedAt()));
        model.put("wellKnown", Ownership.WELL_KNOWN);
        model.put("metaRegel", "<meta name=\"" + Ownership.META + "\" content=\"" + source.verificationCode()
                + "\">");
        model.put("pogingen", attempts(source));
        model.put("org", OrganisationFields.values(organisations.find(source.id()).orElse(null)));
        model.put("soorten", OrganisationFields.kinds());
        model.put("orgFout", null);
        return model;
    }

    private List<Map<String, Object>> attempts(OwnedSource source) {
        return aggregator.crawlLog(source.id(), 5).stream().map(e -> Map.<String, Object>of(
                "wanneer", when(e.startedAt()), "uitkomst", outcome(e))).toList();
    }

    private static String outcome(CrawlLogEntry entry) {
        return switch (entry.outcome()) {
            case OK -> "Gelukt: " + (entry.itemsFound() == null ? 0 : entry.itemsFound()) + " activiteiten gevonden.";
            case NOT_MODIFIED -> "Gelukt: niets veranderd sinds de vorige keer.";
            case FAILED -> "Mislukt: " + entry.error();
            case SUSPICIOUS -> "Tegengehouden: " + entry.error();
        };
    }

    private static String when(Instant at) {
        return at == null ? null : WHEN.format(at);
    }
}
