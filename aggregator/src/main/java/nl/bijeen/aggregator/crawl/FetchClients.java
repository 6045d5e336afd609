package nl.bijeen.aggregator.crawl;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;

import nl.bijeen.aggregator.AggregatorSettings;
import nl.bijeen.aggregator.crawl.safety.AddressPolicy;
import nl.bijeen.aggregator.crawl.safety.GuardedDnsResolver;

/**
 * Builds the fetcher's HTTP client. Apache HttpClient rather than java.net.http: only it lets us hand the connection
 * the exact addresses we checked (through {@link GuardedDnsResolver}) while TLS still verifies the host name. It
 * follows no redirects (we do, checking each hop), retries nothing, and leaves the body encoded (we decode it with a
 * size limit, so a gzip bomb stays small).
 */
final class FetchClients {

    private FetchClients() {
    }

    static CloseableHttpClient guarded(AggregatorSettings settings, AddressPolicy policy) {
        return guarded(settings, new GuardedDnsResolver(policy));
    }

    static CloseableHttpClient guarded(AggregatorSettings settings, GuardedDnsResolver resolver) {
        Timeout connect = Timeout.of(settings.connectTimeout());
        Timeout total = Timeout.of(settings.requestTimeout());
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(resolver)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(connect).setSocketTimeout(total).build())
                        .setMaxConnPerRoute(4).setMaxConnTotal(64)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setRedirectsEnabled(false).setResponseTimeout(total).build())
                .disableRedirectHandling()
                .disableContentCompression()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }
}
