package nl.bijeen.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The same mix driven by {@code wrk} (Debian's package), when it is installed: a load generator outside the JVM, so
 * the figures do not share the bench's garbage collector and JIT with the server (they still share the cores).
 */
final class WrkRun {

    /** Parsed from wrk's "Latency Distribution" and "Requests/sec" lines. */
    record Result(int connections, double medianMillis, double p99Millis, double perSecond, long non2xx) {

        String row(int activities) {
            return String.format(Locale.ROOT,
                    "| %,d | wrk /api/activities | %d conn | - | %.2f | %.2f | - | %,.0f | %d |", activities,
                    connections, medianMillis, p99Millis, perSecond, non2xx);
        }

        String json() {
            return String.format(Locale.ROOT, "{\"connections\": %d, \"medianMillis\": %.3f, \"p99Millis\": %.3f, "
                    + "\"perSecond\": %.1f, \"non2xx\": %d}", connections, medianMillis, p99Millis, perSecond, non2xx);
        }
    }

    private static final Pattern PERCENTILE = Pattern.compile("^\\s*(50|99)%\\s+([\\d.]+)(us|ms|s)\\s*$",
            Pattern.MULTILINE);
    private static final Pattern PER_SECOND = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");

    private WrkRun() {
    }

    static boolean installed() {
        return Files.isExecutable(Path.of("/usr/bin/wrk")) || Files.isExecutable(Path.of("/usr/local/bin/wrk"));
    }

    static Result run(URI base, QueryMix mix, int connections, Duration duration, Path work)
            throws IOException, InterruptedException {
        Path script = work.resolve("mix.lua");
        Files.writeString(script, script(mix.queries()));
        // 2 threads: the machine the issue sizes for has 2 cores; connections are what make the concurrency (and wrk
        // refuses more threads than connections)
        Process wrk = new ProcessBuilder("wrk", "-t" + Math.min(2, connections), "-c" + connections, "-d" + duration.toSeconds() + "s",
                "--timeout", "10s", "--latency", "-s", script.toString(), base.toString())
                .redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IOException("wrk failed:\n" + out);
        }
        return parse(out, connections);
    }

    static Result parse(String out, int connections) {
        double median = Double.NaN;
        double p99 = Double.NaN;
        Matcher m = PERCENTILE.matcher(out);
        while (m.find()) {
            double millis = Double.parseDouble(m.group(2)) * switch (m.group(3)) {
                case "us" -> 0.001;
                case "s" -> 1000;
                default -> 1;
            };
            if (m.group(1).equals("50")) {
                median = millis;
            } else {
                p99 = millis;
            }
        }
        Matcher rps = PER_SECOND.matcher(out);
        Matcher non2xx = NON_2XX.matcher(out);
        return new Result(connections, median, p99, rps.find() ? Double.parseDouble(rps.group(1)) : Double.NaN,
                non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0);
    }

    /** Every wrk thread cycles through the mix from its own starting point, so they do not ask the same in step. */
    private static String script(List<QueryMix.Query> queries) {
        String paths = queries.stream()
                .map(q -> "\"/api/activities?limit=20&q=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8) + "\"")
                .collect(Collectors.joining(",\n  "));
        return "local paths = {\n  " + paths + "\n}\n"
                + "local threads = 0\n"
                + "function setup(thread)\n  thread:set(\"start\", threads * 37)\n  threads = threads + 1\nend\n"
                + "local i = nil\n"
                + "function request()\n  if i == nil then i = start or 0 end\n  i = i + 1\n"
                + "  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend\n";
    }
}
