package nl.bijeen.connectors.ical;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import nl.bijeen.connectors.model.Warning;

/**
 * Turns a TZID into a {@link ZoneId}: an IANA name as is; a Windows name via {@link WindowsZones}; the IANA name at
 * the end of a vendor prefix ("/mozilla.org/20050126_1/Europe/Amsterdam") or in X-LIC-LOCATION; else the
 * calendar's VTIMEZONE offsets (the source's default zone when they agree with it). Unknown zones become the
 * default zone with one warning per TZID.
 */
final class ZoneResolver {

    private final Map<String, RawComponent> timezones = new HashMap<>();
    private final Map<String, ZoneId> resolved = new HashMap<>();
    private final ZoneId defaultZone;
    private final Instant now;
    private final Consumer<Warning> warnings;

    /** @param now the reference instant: zones are compared by the rules in force around it */
    ZoneResolver(List<RawComponent> vtimezones, ZoneId defaultZone, Instant now, Consumer<Warning> warnings) {
        for (RawComponent tz : vtimezones) {
            tz.text("TZID").ifPresent(id -> timezones.put(id, tz));
        }
        this.defaultZone = defaultZone;
        this.now = now;
        this.warnings = warnings;
    }

    ZoneId defaultZone() {
        return defaultZone;
    }

    ZoneId resolve(String tzid) {
        return resolved.computeIfAbsent(tzid.strip(), this::lookUp);
    }

    private ZoneId lookUp(String tzid) {
        return iana(tzid)
                .or(() -> WindowsZones.toIana(tzid).map(this::preferDefaultWhenEquivalent))
                .or(() -> Optional.ofNullable(timezones.get(tzid)).flatMap(tz -> tz.text("X-LIC-LOCATION")).flatMap(ZoneResolver::iana))
                .or(() -> trailingIana(tzid))
                .or(() -> Optional.ofNullable(timezones.get(tzid)).map(this::fromOffsets))
                .orElseGet(() -> {
                    warnings.accept(new Warning("TZID=" + tzid, "unknown time zone \"" + tzid
                            + "\" without a VTIMEZONE: its times are read as " + defaultZone));
                    return defaultZone;
                });
    }

    private static Optional<ZoneId> iana(String id) {
        if (id.equalsIgnoreCase("UTC") || id.equalsIgnoreCase("GMT") || id.equals("Z")) {
            return Optional.of(ZoneOffset.UTC);
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException notAZoneId) {
            return Optional.empty();
        }
    }

    /**
     * Windows names stand for several IANA zones ("W. Europe Standard Time" is Amsterdam as well as Berlin): when
     * the mapped zone keeps the same time as the source's default zone, the default zone is the better name.
     */
    private ZoneId preferDefaultWhenEquivalent(ZoneId mapped) {
        var a = mapped.getRules();
        var b = defaultZone.getRules();
        boolean same = a.getOffset(now).equals(b.getOffset(now))
                && a.getStandardOffset(now).equals(b.getStandardOffset(now))
                && java.util.Objects.equals(a.nextTransition(now), b.nextTransition(now))
                && java.util.Objects.equals(a.previousTransition(now), b.previousTransition(now));
        return same ? defaultZone : mapped;
    }

    /** The last two or three path segments, when they name an IANA zone ("America/Argentina/Buenos_Aires"). */
    private static Optional<ZoneId> trailingIana(String tzid) {
        String[] segments = tzid.split("/");
        for (int n = Math.min(3, segments.length); n >= 2; n--) {
            String candidate = String.join("/", java.util.Arrays.copyOfRange(segments, segments.length - n, segments.length));
            Optional<ZoneId> zone = candidate.contains("/") ? iana(candidate) : Optional.empty();
            if (zone.isPresent()) {
                return zone;
            }
        }
        return Optional.empty();
    }

    /** A zone from the VTIMEZONE's STANDARD/DAYLIGHT offsets: the default zone when they match it, else a fixed offset. */
    private ZoneId fromOffsets(RawComponent vtimezone) {
        Optional<ZoneOffset> standard = offsetTo(vtimezone, "STANDARD");
        Optional<ZoneOffset> daylight = offsetTo(vtimezone, "DAYLIGHT");
        int year = now.atZone(defaultZone).getYear();
        ZoneOffset defaultStandard = defaultZone.getRules().getStandardOffset(now);
        ZoneOffset defaultSummer = defaultZone.getRules().getOffset(java.time.LocalDateTime.of(year, 7, 1, 12, 0));
        if (standard.equals(Optional.of(defaultStandard)) && daylight.map(defaultSummer::equals).orElse(true)) {
            return defaultZone;
        }
        ZoneOffset fixed = standard.or(() -> daylight).orElse(ZoneOffset.UTC);
        String tzid = vtimezone.text("TZID").orElse("?");
        warnings.accept(new Warning("TZID=" + tzid, "time zone \"" + tzid + "\" is not a known zone: its times are read"
                + " at the fixed offset " + fixed + " from its VTIMEZONE"));
        return fixed;
    }

    private static Optional<ZoneOffset> offsetTo(RawComponent vtimezone, String observance) {
        return vtimezone.children(observance).stream()
                .flatMap(o -> o.text("TZOFFSETTO").stream())
                .findFirst()
                .flatMap(ZoneResolver::offset);
    }

    private static Optional<ZoneOffset> offset(String value) {
        try {
            String v = value.strip();
            String withColon = v.length() == 5 ? v.substring(0, 3) + ":" + v.substring(3) : v;
            return Optional.of(ZoneOffset.of(withColon));
        } catch (DateTimeException malformed) {
            return Optional.empty();
        }
    }
}
