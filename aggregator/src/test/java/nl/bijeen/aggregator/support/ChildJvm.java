package nl.bijeen.aggregator.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM running a main class from the test classpath, with the same java binary, so that a test can kill a
 * whole process (as an operator's {@code kill -9} or a power cut would) and look at what it left behind. Its output
 * is read line by line all the time (a full pipe would stall it) and kept for assertions and failure messages.
 */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private ChildJvm(Process process) {
        this.process = process;
        this.reader = Thread.ofPlatform().daemon().name("child-jvm-output").start(this::readOutput);
    }

    public static ChildJvm start(Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        try {
            return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command, e);
        }
    }

    /** Waits until the child printed a line containing {@code marker}; fails at once if it ended without it. */
    public void awaitLine(String marker, Duration timeout) {
        Eventually.waitUntil("the child printed '" + marker + "'", timeout, () -> {
            if (printed(marker)) {
                return true;
            }
            if (!process.isAlive()) {
                throw new AssertionError("the child ended (exit " + process.exitValue() + ") before printing '"
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

    /** Kills the child as SIGKILL does (no shutdown hooks, no finally blocks) and waits until it is gone. */
    public void kill(Duration timeout) {
        process.destroyForcibly();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the child did not die within " + timeout);
            }
            reader.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while killing the child", e);
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
            kill(Duration.ofSeconds(30));
        }
    }
}
