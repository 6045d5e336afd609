package nl.bijeen.web.owner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

import nl.bijeen.aggregator.owner.OwnedSource;
import nl.bijeen.web.support.StaffApp;
import nl.bijeen.web.support.Wait;

/** With {@code bijeen.owners.auto-approve} on, a registration is approved and crawled without an admin. */
@MicronautTest
class OwnerAutoApproveTest extends StaffApp {

    OwnerAutoApproveTest() {
        super("owner-auto-approve");
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("bijeen.owners.auto-approve", "true");
        return properties;
    }

    @Test
    void aRegistrationIsApprovedAndCrawledAtOnce() {
        try (OwnerSite site = new OwnerSite("Zomerfeest Direct")) {
            assertThat(OwnerRegistrationTest.register(browser(), site, "Direct").getStatus().getCode()).isEqualTo(303);

            assertThat(aggregator.owners().known(site.feed()).orElseThrow().approval())
                    .isEqualTo(OwnedSource.Approval.APPROVED);
            Wait.until("the first crawl without an admin", Duration.ofSeconds(20),
                    () -> aggregator.owners().known(site.feed()).orElseThrow().itemCount() == 3);
            assertThat(aggregator.owners().pending()).isEmpty();
        }
    }
}
