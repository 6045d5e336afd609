package nl.bijeen.web.organisation.pages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.bijeen.web.export.CsvWriter;
import nl.bijeen.web.export.PdfRenderer;
import nl.bijeen.web.web.DutchDates;

/**
 * The welfare workers' "netwerklijst" of a directory selection: name, kind, address, telephone, e-mail, website, wijken
 * and themes of every organisation in it, as a spreadsheet (the application's {@link CsvWriter}) or a printable PDF
 * (the booklets' {@link PdfRenderer}, template {@code export/netwerklijst.html}).
 */
final class NetworkList {

    static final List<String> HEADER = List.of("Naam", "Soort", "Adres", "Telefoon", "E-mail", "Website", "Wijken",
            "Thema's");
    /** Enough for a whole town's social map; the selection decides, the bound only protects the server. */
    static final int MAX_ROWS = 1_000;
    private static final PdfRenderer RENDERER = new PdfRenderer();

    private NetworkList() {
    }

    static String csv(List<OrganisationView> organisations) {
        CsvWriter csv = new CsvWriter().row(HEADER);
        for (OrganisationView o : organisations) {
            csv.row(java.util.Arrays.asList(o.name(), o.kind(), o.address(), o.phone(), o.email(), o.website(),
                    o.wijkenText(), o.themesText()));
        }
        return csv.toString();
    }

    /**
     * @param choice what the selection is, in words ("Thema: Ontmoeten; Wijk: Rijnsburg"), empty for everything
     */
    static byte[] pdf(List<OrganisationView> organisations, String choice, long total, Clock clock) {
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("organisations", organisations);
        model.put("total", total);
        model.put("cut", total > organisations.size());
        model.put("intro", total + (total == 1 ? " organisatie" : " organisaties")
                + (choice.isEmpty() ? "" : " (" + choice + ")") + ". Gemaakt op "
                + DutchDates.date(LocalDate.now(clock)) + " met Bijeen.");
        return RENDERER.pdf("netwerklijst", model);
    }
}
