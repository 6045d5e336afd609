package nl.bijeen.web.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;

import nl.bijeen.web.support.AgendaServer;
import nl.bijeen.web.support.FreePort;
import nl.bijeen.web.support.TestDirs;

/** Until an operator opens them, the management endpoints refuse everyone, also on the management port. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagementEndpointsClosedByDefaultTest implements TestPropertyProvider {

    private final AgendaServer agenda = new AgendaServer();
    private final Path dataDir = TestDirs.create("bijeen-management-closed");
    private final int managementPort = FreePort.pick();

    @Override
    public Map<String, String> getProperties() {
        return ManagementTestProperties.withOneSource(dataDir, "de-kern-agenda", agenda.agendaUri(), managementPort);
    }

    @AfterAll
    void cleanUp() {
        agenda.close();
        TestDirs.delete(dataDir);
    }

    @Test
    void metricsAndHealthAnswerUnauthorisedToAnonymousRequests() {
        try (HttpClient management = ManagementTestProperties.client(managementPort)) {
            for (String path : new String[] {"/prometheus", "/health"}) {
                HttpClientResponseException refused = catchThrowableOfType(HttpClientResponseException.class,
                        () -> management.toBlocking().retrieve(path));
                assertThat(refused).as(path).isNotNull();
                assertThat(refused.getStatus().getCode()).as(path).isEqualTo(401);
            }
        }
    }

    @Test
    void otherManagementEndpointsDoNotExist() {
        try (HttpClient management = ManagementTestProperties.client(managementPort)) {
            for (String path : new String[] {"/beans", "/routes", "/loggers", "/env", "/refresh", "/threaddump"}) {
                HttpClientResponseException refused = catchThrowableOfType(HttpClientResponseException.class,
                        () -> management.toBlocking().retrieve(path));
                assertThat(refused).as(path).isNotNull();
                assertThat(refused.getStatus().getCode()).as(path).isEqualTo(404);
            }
        }
    }
}
