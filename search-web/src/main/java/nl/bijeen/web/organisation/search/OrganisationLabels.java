package nl.bijeen.web.organisation.search;

import java.util.function.UnaryOperator;

import nl.bijeen.connectors.model.OrganisationKind;

/**
 * The Dutch names residents read for the codes the directory keeps: taxonomy themes and audiences, CBS wijken and
 * kinds of organisation. A code nobody knows a name for is shown as it is.
 *
 * @param theme    theme code → label
 * @param audience audience code → label
 * @param wijk     CBS wijk code → the wijk's name
 */
public record OrganisationLabels(UnaryOperator<String> theme, UnaryOperator<String> audience,
                                 UnaryOperator<String> wijk) {

    /** Codes as labels, for tests and a directory without taxonomy or wijken. */
    public static OrganisationLabels codes() {
        return new OrganisationLabels(UnaryOperator.identity(), UnaryOperator.identity(), UnaryOperator.identity());
    }

    public String kind(String code) {
        return OrganisationKind.ofCode(code).map(OrganisationKind::label).orElse(code);
    }

    String label(Dimension dimension, String code) {
        return switch (dimension) {
            case THEME -> theme.apply(code);
            case AUDIENCE -> audience.apply(code);
            case WIJK -> wijk.apply(code);
            case KIND -> kind(code);
        };
    }
}
