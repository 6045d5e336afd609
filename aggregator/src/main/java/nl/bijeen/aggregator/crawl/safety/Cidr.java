package nl.bijeen.aggregator.crawl.safety;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** An address range such as 10.0.0.0/8 or fc00::/7; a bare address is a range of one. */
record Cidr(byte[] network, int prefix) {

    /** Parses an IP literal with an optional /prefix; never asks DNS (callers pass literals only). */
    static Cidr parse(String text) {
        String[] parts = text.trim().split("/", 2);
        byte[] address = literal(parts[0]);
        int prefix = parts.length == 2 ? Integer.parseInt(parts[1].trim()) : address.length * 8;
        if (prefix < 0 || prefix > address.length * 8) {
            throw new IllegalArgumentException("Ongeldige adresreeks: " + text);
        }
        return new Cidr(address, prefix);
    }

    static boolean looksLikeLiteral(String text) {
        String address = text.trim().split("/", 2)[0];
        return address.contains(":") || address.matches("[0-9.]+");
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (bytes[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (bytes[full] & mask) == (network[full] & mask);
    }

    private static byte[] literal(String text) {
        String address = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (!looksLikeLiteral(address)) {
            throw new IllegalArgumentException("Geen IP-adres: " + text);
        }
        try {
            return InetAddress.getByName(address).getAddress(); // a literal: parsed, not looked up
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Geen IP-adres: " + text, e);
        }
    }
}
