package nl.bijeen.aggregator.crawl.safety;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.hc.client5.http.DnsResolver;

/**
 * The only way the fetcher's HTTP client learns addresses: each connection resolves its host once here, every address
 * is checked against the {@link AddressPolicy}, and only the admitted ones are returned, so the client connects to
 * exactly what was checked (no DNS-rebinding gap between a check and the connect). TLS still verifies the host name,
 * because the client keeps the name and only the socket address comes from here.
 */
public final class GuardedDnsResolver implements DnsResolver {

    /** Looks a host name up; the system resolver in production, a fixed table in tests. */
    @FunctionalInterface
    public interface Lookup {
        InetAddress[] all(String host) throws UnknownHostException;
    }

    private final AddressPolicy policy;
    private final Lookup lookup;

    public GuardedDnsResolver(AddressPolicy policy, Lookup lookup) {
        this.policy = policy;
        this.lookup = lookup;
    }

    public GuardedDnsResolver(AddressPolicy policy) {
        this(policy, InetAddress::getAllByName);
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        List<InetAddress> admitted = new ArrayList<>();
        String firstRefusal = null;
        for (InetAddress address : lookup.all(name)) {
            Optional<String> refusal = policy.refusal(name, address);
            if (refusal.isEmpty()) {
                admitted.add(address);
            } else if (firstRefusal == null) {
                firstRefusal = refusal.get();
            }
        }
        if (admitted.isEmpty()) {
            throw new RefusedAddressException(firstRefusal != null ? firstRefusal
                    : "De naam van de website is onbekend (" + name + ").");
        }
        return admitted.toArray(InetAddress[]::new);
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        return host; // never used for connecting; no second lookup that could answer differently
    }
}
