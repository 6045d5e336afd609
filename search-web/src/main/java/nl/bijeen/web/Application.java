package nl.bijeen.web;

import java.nio.file.Files;
import java.nio.file.Path;

import io.micronaut.runtime.Micronaut;

/**
 * Starts Bijeen: crawler, index and web site in one process.
 *
 * <p>The operator's settings live in {@code config/application.yml} (every setting, with what it does). When run
 * from the repository root it is read automatically; elsewhere point {@code -Dmicronaut.config.files} (or the
 * environment variable MICRONAUT_CONFIG_FILES) at it. Settings given as -D options or environment variables win.
 */
public final class Application {

    static final String CONFIG_FILES = "micronaut.config.files";

    private Application() {
    }

    public static void main(String[] args) {
        if (System.getProperty(CONFIG_FILES) == null && System.getenv("MICRONAUT_CONFIG_FILES") == null) {
            Path operatorFile = Path.of(System.getProperty("bijeen.config-dir", "config"), "application.yml");
            if (!Files.isRegularFile(operatorFile)) {
                System.err.println("Bijeen cannot find its settings file " + operatorFile.toAbsolutePath() + ".\n"
                        + "Start Bijeen from the repository root, or give the file with "
                        + "-D" + CONFIG_FILES + "=/path/to/application.yml");
                System.exit(2);
            }
            System.setProperty(CONFIG_FILES, operatorFile.toString());
        }
        Micronaut.run(Application.class, args);
    }
}
