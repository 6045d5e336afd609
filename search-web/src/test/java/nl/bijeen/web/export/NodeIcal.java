package nl.bijeen.web.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * ical.js from npm, run by node, as a second iCal reader independent of iCal4j. The build must not depend on
 * npm: when node is missing or ical.js cannot be installed, {@link #find()} says why and the test is skipped.
 */
final class NodeIcal {

    static final String PACKAGE = "ical.js@2.2.1";
    private static final Path HOME = Path.of("target", "npm-ical");

    private NodeIcal() {
    }

    /** The folder with node_modules/ical.js, or empty with the reason printed. */
    static Optional<Path> find() {
        if (!run(List.of("node", "-v"), Path.of("."), 10).ok()) {
            return skip("node is not installed on this machine");
        }
        if (Files.isDirectory(HOME.resolve("node_modules/ical.js"))) {
            return Optional.of(HOME.toAbsolutePath());
        }
        try {
            Files.createDirectories(HOME);
        } catch (IOException e) {
            return skip("cannot create " + HOME + ": " + e.getMessage());
        }
        Result install = run(List.of("npm", "install", "--no-audit", "--no-fund", "--no-save", "--prefix",
                HOME.toAbsolutePath().toString(), PACKAGE), HOME, 120);
        return install.ok() ? Optional.of(HOME.toAbsolutePath())
                : skip("npm could not install " + PACKAGE + ": " + install.output());
    }

    /** Runs the reader script on {@code ics}; its JSON output. */
    static String read(Path modules, String ics) throws IOException {
        Path file = Files.createTempFile("export", ".ics");
        Path script = Files.createTempFile("read-ical", ".mjs");
        try (var in = NodeIcal.class.getResourceAsStream("/export/read-ical.mjs")) {
            Files.write(script, in.readAllBytes());
            Files.writeString(file, ics, StandardCharsets.UTF_8);
            Result result = run(List.of("node", script.toString(), modules.resolve("node_modules").toString(),
                    file.toString()), Path.of("."), 60);
            if (!result.ok()) {
                throw new AssertionError("ical.js could not read the export: " + result.output());
            }
            return result.output();
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(script);
        }
    }

    private static Optional<Path> skip(String reason) {
        System.out.println("Skipping the ical.js check: " + reason);
        return Optional.empty();
    }

    private record Result(boolean ok, String output) {
    }

    private static Result run(List<String> command, Path dir, int seconds) {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            boolean done = p.waitFor(seconds, TimeUnit.SECONDS);
            return new Result(done && p.exitValue() == 0, new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Result(false, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, "interrupted");
        }
    }
}
