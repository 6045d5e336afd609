package nl.bijeen.connectors.html;

import static nl.bijeen.connectors.html.JsonLdValues.all;
import static nl.bijeen.connectors.html.JsonLdValues.text;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The cost of an event as Dutch readers write it ("gratis", "€ 2,50"), from offers and isAccessibleForFree, and its
 * audiences ("senioren", "65+") from audience.audienceType and PeopleAudience's suggested ages.
 */
final class OffersAndAudience {

    private OffersAndAudience() {
    }

    /** "gratis", "€ 2,50", several prices joined with " / ", or null when nothing is published. */
    static String cost(JsonNode event) {
        if ("true".equalsIgnoreCase(text(event, "isAccessibleForFree"))) {
            return "gratis";
        }
        Set<String> costs = new LinkedHashSet<>();
        for (JsonNode offer : all(event, "offers")) {
            String price = text(offer, "price");
            if (price == null && offer.has("priceSpecification")) {
                price = text(JsonLdValues.first(offer, "priceSpecification"), "price");
            }
            String currency = text(offer, "priceCurrency");
            if ("true".equalsIgnoreCase(text(offer, "isAccessibleForFree"))) {
                costs.add("gratis");
            } else if (price == null && text(offer, "lowPrice") != null) {
                costs.add(range(text(offer, "lowPrice"), text(offer, "highPrice"), currency));
            } else if (price != null) {
                costs.add(formatPrice(price, currency));
            }
        }
        return costs.isEmpty() ? null : String.join(" / ", costs);
    }

    /** An AggregateOffer (Eventbrite's ticket types): "€ 5,00 – € 12,50", or "vanaf € 5,00" without a highest price. */
    private static String range(String low, String high, String currency) {
        String from = formatPrice(low, currency);
        if (high == null || high.equals(low)) {
            return from.equals("gratis") || high != null ? from : "vanaf " + from;
        }
        return from + " – " + formatPrice(high, currency);
    }

    private static String formatPrice(String price, String currency) {
        BigDecimal amount = amount(price);
        if (amount == null) {
            return price;
        }
        if (amount.signum() == 0) {
            return "gratis";
        }
        DecimalFormat dutch = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL")));
        String formatted = dutch.format(amount);
        return currency == null || currency.equalsIgnoreCase("EUR") ? "€ " + formatted : formatted + " " + currency;
    }

    /** "2.50", "2,50", "€ 2,50" and 2.5 all read as 2.50; "1.250,00" as 1250.00. */
    private static BigDecimal amount(String price) {
        String digits = price.replaceAll("[^0-9.,]", "");
        if (digits.lastIndexOf(',') > digits.lastIndexOf('.')) {
            digits = digits.replace(".", "").replace(',', '.');
        } else {
            digits = digits.replace(",", "");
        }
        try {
            return digits.isEmpty() ? null : new BigDecimal(digits);
        } catch (NumberFormatException notAPrice) {
            return null;
        }
    }

    static List<String> audiences(JsonNode event) {
        Set<String> labels = new LinkedHashSet<>();
        for (JsonNode audience : all(event, "audience")) {
            if (audience.isTextual()) {
                labels.add(audience.asText().strip());
                continue;
            }
            String type = text(audience, "audienceType");
            if (type != null) {
                labels.add(type);
            }
            String ages = ages(text(audience, "suggestedMinAge"), text(audience, "suggestedMaxAge"));
            if (ages != null) {
                labels.add(ages);
            }
        }
        labels.remove("");
        return List.copyOf(labels);
    }

    private static String ages(String min, String max) {
        String from = wholeYears(min);
        String to = wholeYears(max);
        if (from != null && to != null) {
            return from + "-" + to + " jaar";
        }
        if (from != null) {
            return from + "+";
        }
        return to == null ? null : "tot " + to + " jaar";
    }

    private static String wholeYears(String age) {
        BigDecimal years = age == null ? null : amount(age);
        return years == null ? null : years.stripTrailingZeros().toPlainString();
    }
}
