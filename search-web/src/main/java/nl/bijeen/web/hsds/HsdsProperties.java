package nl.bijeen.web.hsds;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The HSDS export ({@code bijeen.hsds.*}).
 *
 * @param province HSDS requires a state or province in every address; Dutch addresses carry none, so the export writes
 *                 this one, the province of the area this Bijeen serves ("Zuid-Holland"); empty when not set
 */
@ConfigurationProperties("bijeen.hsds")
public record HsdsProperties(@Bindable(defaultValue = "") String province) {
}
