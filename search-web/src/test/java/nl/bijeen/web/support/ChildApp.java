package nl.bijeen.web.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import nl.bijeen.web.Application;

/**
 * The real application ({@link Application#main}) in a JVM of its own, from the test classpath, with settings as
 * -D options: a node of a multi-node set-up that a test can kill as {@code kill -9} would. Its output is read all the
 * time (a full pipe would stall it) and kept for assertions and failure messages. (The aggregator module's tests
 * have the same for their own child main class, {@code ChildJvm}; the web module cannot see its test classes.)
 */
public final class ChildApp implements AutoCloseable {

    private final String name;
    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private ChildApp(String name, Process process) {
        this.name = name;
        this.process = process;
        this.reader = Thread.ofPlatform().daemon().name("child-app-" + name).start(this::readOutput);
    }

    public static ChildApp start(String name, Map<String, String> settings) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                // the application's own logging: when Maven runs one module's tests, the aggregator's test classes
                // (with a logback-test.xml at WARN) are on the class path too, and would hide "Startup completed"
                "-Dlogback.configurationFile=logback.xml"));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add(Application.class.getName());
        try {
            return new ChildApp(name, new ProcessBuilder(command).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command, e);
        }
    }

    /** Waits until the child printed a line containing {@code marker}; fails at once if it ended without it. */
    public void awaitLine(String marker, Duration timeout) {
        Wait.until(name + " printed '" + marker + "'", timeout, () -> {
            if (printed(marker)) {
                return true;
            }
            if (!process.isAlive()) {
                throw new AssertionError(name + " ended (exit " + process.exitValue() + ") before printing '"
                        + marker + "':\n" + output());
            }
            return false;
        });
    }

    public boolean printed(String marker) {
        return lines.stream().anyMatch(line -> line.contains(marker));
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** As SIGKILL: no shutdown hooks, no finally blocks; returns when the process is gone. */
    public void kill() {
        end(process.destroyForcibly());
    }

    /** As SIGTERM: the application shuts down (crawls in flight get their grace period); returns when it is gone. */
    public void stop() {
        process.destroy();
        end(process);
    }

    private void end(Process ending) {
        try {
            if (!ending.waitFor(60, TimeUnit.SECONDS)) {
                ending.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            reader.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while ending " + name, e);
        }
    }

    public String output() {
        return String.join("\n", lines);
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("(output ended: " + e.getMessage() + ")");
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}
