package nl.bijeen.web.support;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Properties of an application that serves the demo world from a new in-memory store and an index in
 * {@code dataDir}, with no configured sources: the tests that search, browse or call the API over the demo world
 * all start it this way.
 */
public final class DemoWorldApp {

    private DemoWorldApp() {
    }

    /** @param name a word for the database name, so a failing test's logs say which one it was */
    public static Map<String, String> properties(String name, Path dataDir) {
        Map<String, String> properties = new HashMap<>();
        properties.put("datasources.default.url", "jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        properties.put("datasources.default.username", "sa");
        properties.put("datasources.default.password", "");
        properties.put("bijeen.config-dir", configDir());
        properties.put("bijeen.sources-file", dataDir.resolve("no-sources.yml").toString());
        properties.put("bijeen.index.dir", dataDir.resolve("index").toString());
        properties.put("bijeen.demo.enabled", "true");
        return properties;
    }

    /** The shipped config folder (the tests run in search-web/). */
    public static String configDir() {
        return System.getProperty("bijeen.config.dir", "../config");
    }
}
