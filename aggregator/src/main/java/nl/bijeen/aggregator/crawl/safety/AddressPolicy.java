package nl.bijeen.aggregator.crawl.safety;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which network addresses Bijeen may connect to. Site owners type the URLs we fetch, so an address on an internal
 * network (loopback, private, link-local, cloud metadata, …) is refused: otherwise a source URL could make the
 * crawler read services that only trust their own network (SSRF). An explicit allow-list opens exceptions, for tests
 * and the demo world on loopback; it is empty in production.
 */
public final class AddressPolicy {

    /** Ranges no public website lives in, with the plain words an admin reads when one is refused. */
    private static final List<Range> REFUSED = List.of(
            range("127.0.0.0/8", "loopback, deze machine zelf"),
            range("::1/128", "loopback, deze machine zelf"),
            range("0.0.0.0/8", "een onbepaald adres"),
            range("::/128", "een onbepaald adres"),
            range("169.254.169.254/32", "de metadata-dienst van een cloud"),
            range("fd00:ec2::254/128", "de metadata-dienst van een cloud"),
            range("100.100.100.200/32", "de metadata-dienst van een cloud"),
            range("10.0.0.0/8", "een privé-netwerk"),
            range("172.16.0.0/12", "een privé-netwerk"),
            range("192.168.0.0/16", "een privé-netwerk"),
            range("fc00::/7", "een privé-netwerk"),
            range("100.64.0.0/10", "carrier-grade NAT"),
            range("169.254.0.0/16", "link-local"),
            range("fe80::/10", "link-local"),
            range("fec0::/10", "een verouderd site-local netwerk"),
            range("224.0.0.0/4", "multicast"),
            range("ff00::/8", "multicast"),
            range("255.255.255.255/32", "broadcast"),
            range("240.0.0.0/4", "een gereserveerd adres"),
            range("192.0.0.0/24", "een gereserveerd adres"),
            range("198.18.0.0/15", "een testnetwerk"),
            range("192.0.2.0/24", "een documentatie-adres"),
            range("198.51.100.0/24", "een documentatie-adres"),
            range("203.0.113.0/24", "een documentatie-adres"),
            range("2001:db8::/32", "een documentatie-adres"),
            range("64:ff9b::/96", "NAT64, een vertaald intern adres"),
            range("64:ff9b:1::/48", "NAT64, een vertaald intern adres"),
            // IPv6 forms that carry an IPv4 address inside, which could be an internal one (IPv4-mapped
            // ::ffff:a.b.c.d needs no range: Java turns it into the IPv4 address, which is checked as such)
            range("::/96", "een IPv4-adres in IPv6-vorm"),
            range("2002::/16", "6to4, een IPv4-adres in IPv6-vorm"),
            range("2001::/32", "Teredo, een IPv4-adres in IPv6-vorm"),
            range("100::/64", "een gereserveerd adres"));

    private final List<Cidr> allowedRanges;
    private final Set<String> allowedHosts;

    private AddressPolicy(List<Cidr> allowedRanges, Set<String> allowedHosts) {
        this.allowedRanges = List.copyOf(allowedRanges);
        this.allowedHosts = Set.copyOf(allowedHosts);
    }

    /** The production policy: no internal address is fetched. */
    public static AddressPolicy strict() {
        return new AddressPolicy(List.of(), Set.of());
    }

    /** @param allowList IP literals or CIDRs (127.0.0.1/32, ::1) and host names that are fetched anyway */
    public static AddressPolicy allowing(List<String> allowList) {
        List<Cidr> ranges = new ArrayList<>();
        for (String entry : allowList) {
            if (Cidr.looksLikeLiteral(entry)) {
                ranges.add(Cidr.parse(entry));
            }
        }
        Set<String> hosts = allowList.stream().filter(e -> !Cidr.looksLikeLiteral(e))
                .map(e -> e.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return new AddressPolicy(ranges, hosts);
    }

    /** Why this address may not be connected to, or empty when it may. */
    public Optional<String> refusal(String host, InetAddress address) {
        if (allowedHosts.contains(host.toLowerCase(Locale.ROOT))
                || allowedRanges.stream().anyMatch(r -> r.contains(address))) {
            return Optional.empty();
        }
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return Optional.of(message(host, address, reason(address).orElse("een intern adres")));
        }
        return reason(address).map(reason -> message(host, address, reason));
    }

    private static Optional<String> reason(InetAddress address) {
        return REFUSED.stream().filter(r -> r.cidr().contains(address)).map(Range::reason).findFirst();
    }

    private static String message(String host, InetAddress address, String reason) {
        // a literal is shown as typed; a name with the address it resolved to
        String shown = Cidr.looksLikeLiteral(host) ? host : host + " = " + address.getHostAddress();
        return "Bijeen haalt geen adressen op het interne netwerk op (" + shown + ": " + reason + ").";
    }

    private record Range(Cidr cidr, String reason) {
    }

    private static Range range(String cidr, String reason) {
        return new Range(Cidr.parse(cidr), reason);
    }
}
