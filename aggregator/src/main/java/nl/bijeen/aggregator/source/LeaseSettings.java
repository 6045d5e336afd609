package nl.bijeen.aggregator.source;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

/**
 * How a crawler node leases the sources it crawls (see {@link SourceLeases}).
 *
 * @param nodeId    this process's name in {@code source.lease_owner}; unique among the nodes on one database
 * @param duration  how long a lease lasts without renewal: how soon another node takes over from a dead one
 * @param heartbeat how often a node renews the leases of its crawls in flight; well below {@code duration}, so that
 *                  a slow database or a garbage-collection pause does not let a working node's lease run out
 */
public record LeaseSettings(String nodeId, Duration duration, Duration heartbeat) {

    public static final Duration DEFAULT_DURATION = Duration.ofMinutes(1);

    public LeaseSettings {
        nodeId = nodeId == null || nodeId.isBlank() ? thisProcess() : nodeId.strip();
        duration = duration == null ? DEFAULT_DURATION : duration;
        heartbeat = heartbeat == null ? duration.dividedBy(3) : heartbeat;
        if (nodeId.length() > 200) {
            throw new IllegalArgumentException("the node id is longer than 200 characters: " + nodeId);
        }
        if (duration.isNegative() || duration.isZero() || heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("lease duration and heartbeat must be positive, not " + duration
                    + " and " + heartbeat);
        }
        if (heartbeat.multipliedBy(2).compareTo(duration) > 0) {
            throw new IllegalArgumentException("the lease heartbeat (" + heartbeat + ") must be at most half the lease"
                    + " duration (" + duration + "), or a working node could lose its leases");
        }
    }

    /** A node id made up for this process, a one-minute lease renewed every 20 seconds. */
    public static LeaseSettings defaults() {
        return new LeaseSettings(null, null, null);
    }

    /** host, process id and a random part: unique even for two processes in one container with pid 1 each. */
    public static String thisProcess() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        return host + "-" + ManagementFactory.getRuntimeMXBean().getPid() + "-" + HexFormat.of().formatHex(random);
    }
}
