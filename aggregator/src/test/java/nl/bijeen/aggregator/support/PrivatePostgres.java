package nl.bijeen.aggregator.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL cluster of the test's own (initdb in a temporary folder, a free loopback port, trust auth), which
 * the test may stop, restart and start again without disturbing anyone else's database. Run as root, every
 * PostgreSQL command runs as the {@code postgres} user (PostgreSQL refuses root). When the binaries
 * ({@code BIJEEN_PG_BIN}, default {@value #DEFAULT_BIN}) or that user are missing, the test class is skipped with a
 * printed reason.
 */
public final class PrivatePostgres implements AutoCloseable {

    static final String DEFAULT_BIN = "/usr/lib/postgresql/15/bin";
    private static final String RUN_AS = "postgres";
    private static final long COMMAND_SECONDS = 60;

    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean asRoot;
    private final Thread stopOnExit = new Thread(this::stopNow, "stop-private-postgres");

    private PrivatePostgres(Path bin, Path dir, int port, boolean asRoot) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asRoot = asRoot;
    }

    /** A new, started cluster; skips {@code testClass} (with a printed reason) when none can be made here. */
    public static PrivatePostgres startOrSkip(Class<?> testClass) {
        Path bin = Path.of(System.getenv().getOrDefault("BIJEEN_PG_BIN", DEFAULT_BIN));
        boolean asRoot = "root".equals(System.getProperty("user.name"));
        String missing = !Files.isExecutable(bin.resolve("initdb")) ? "no PostgreSQL binaries in " + bin
                : asRoot && !Files.isExecutable(Path.of("/usr/sbin/runuser")) && !Files.isExecutable(Path.of("/sbin/runuser"))
                ? "running as root, but no runuser to run PostgreSQL as user " + RUN_AS
                : null;
        if (missing != null) {
            skip(testClass, missing);
        }
        Path dir = null;
        try {
            dir = newDataDir(asRoot);
        } catch (UncheckedIOException e) {
            skip(testClass, e.getMessage());
        }
        PrivatePostgres cluster = new PrivatePostgres(bin, dir, freePort(), asRoot);
        try {
            cluster.run("initdb", "-D", cluster.data().toString(), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                    "--locale=C", "--no-sync");
        } catch (IllegalStateException e) {
            cluster.deleteFolder();
            skip(testClass, e.getMessage());
        }
        Runtime.getRuntime().addShutdownHook(cluster.stopOnExit); // a test JVM that dies must not leave it running
        cluster.start();
        return cluster;
    }

    private static void skip(Class<?> testClass, String why) {
        String message = "no private PostgreSQL cluster: skipping " + testClass.getSimpleName() + " (" + why + ")";
        System.out.println("[SKIPPED] " + message); // Surefire shows a class skipped in @BeforeAll only as "Tests run: 0"
        Assumptions.abort(message);
    }

    /** JDBC URL of the cluster's {@code postgres} database as user postgres. */
    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
    }

    /** JDBC URL of {@code database} in this cluster as user postgres. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
    }

    /** Creates an empty database and returns its JDBC URL. */
    public String createDatabase(String database) {
        try (Connection connection = DriverManager.getConnection(url());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database + ": " + e.getMessage(), e);
        }
        return url(database);
    }

    /** Starts the server and waits until it accepts connections. */
    public void start() {
        run("pg_ctl", "-D", data().toString(), "-l", dir.resolve("server.log").toString(), "-w", "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + dir
                        + " -c fsync=off -c max_connections=60",
                "start");
    }

    /** True while the server runs (between {@link #start()} and {@link #stop()}). */
    public boolean running() {
        return Files.exists(data().resolve("postmaster.pid"));
    }

    /** Stops the server the way an operator's fast shutdown does: sessions are ended, transactions rolled back. */
    public void stop() {
        run("pg_ctl", "-D", data().toString(), "-m", "fast", "-w", "stop");
    }

    /** {@code pg_ctl restart -m fast}: every connection is cut, the server is back moments later. */
    public void restartFast() {
        run("pg_ctl", "-D", data().toString(), "-l", dir.resolve("server.log").toString(), "-m", "fast", "-w",
                "restart");
    }

    /** Stops the server (immediately: nothing to keep) and deletes its folder. */
    @Override
    public void close() {
        stopNow();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs anyway
        }
        deleteFolder();
    }

    private void stopNow() {
        if (running()) {
            try {
                run("pg_ctl", "-D", data().toString(), "-m", "immediate", "-w", "stop");
            } catch (IllegalStateException e) {
                System.err.println("private PostgreSQL did not stop: " + e.getMessage());
            }
        }
    }

    private Path data() {
        return dir.resolve("data");
    }

    /** Runs one PostgreSQL program to its end; its output goes to a file whose tail is in the error if it fails. */
    private void run(String program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (asRoot) {
            command.addAll(List.of("runuser", "-u", RUN_AS, "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        Path output = dir.resolve(program + ".out");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(COMMAND_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(program + " did not finish within " + COMMAND_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (exit " + process.exitValue()
                        + "): " + Files.readString(output, StandardCharsets.UTF_8).strip());
            }
        } catch (IOException e) {
            throw new IllegalStateException(program + " could not be run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(program + " was interrupted", e);
        }
    }

    /** A folder the postgres user owns (as root) in which initdb makes {@code data/}. */
    private static Path newDataDir(boolean asRoot) {
        try {
            Path dir = Files.createTempDirectory("bijeen-pg-");
            if (asRoot) {
                UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName(RUN_AS);
                Files.setOwner(dir, postgres);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("no folder for a private PostgreSQL cluster (is there a user "
                    + RUN_AS + "?)", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteFolder() {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        }
    }
}
