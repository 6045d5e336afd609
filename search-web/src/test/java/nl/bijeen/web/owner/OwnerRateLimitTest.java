package nl.bijeen.web.owner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

import nl.bijeen.web.support.StaffApp;

/** Previews and registrations are limited per client address, with a Dutch page that says to wait. */
@MicronautTest
class OwnerRateLimitTest extends StaffApp {

    OwnerRateLimitTest() {
        super("owner-rate-limit");
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("bijeen.owners.previews-per-hour", "2");
        properties.put("bijeen.owners.registrations-per-hour", "1");
        return properties;
    }

    @Test
    void theThirdPreviewWithinTheHourIsRefusedWith429() {
        try (OwnerSite site = new OwnerSite("Koffie met maat")) {
            Map<String, String> form = Map.of("adres", site.home().toString());
            for (int i = 0; i < 2; i++) {
                assertThat(browser().submit("/aanmelden", "/aanmelden/voorbeeld", form).getStatus().getCode())
                        .isEqualTo(200);
            }

            HttpResponse<String> third = browser().submit("/aanmelden", "/aanmelden/voorbeeld", form);

            assertThat(third.getStatus().getCode()).isEqualTo(429);
            assertThat(third.body()).contains("Even wachten").contains("over een uur");
        }
    }

    @Test
    void theSecondRegistrationWithinTheHourIsRefusedWith429AndStoresNothing() {
        try (OwnerSite first = new OwnerSite("Eerste koffie"); OwnerSite second = new OwnerSite("Tweede koffie")) {
            assertThat(OwnerRegistrationTest.register(browser(), first, "Eerste").getStatus().getCode())
                    .isEqualTo(303);

            HttpResponse<String> again = OwnerRegistrationTest.register(browser(), second, "Tweede");

            assertThat(again.getStatus().getCode()).isEqualTo(429);
            assertThat(aggregator.owners().known(second.feed())).isEmpty();
        }
    }
}
