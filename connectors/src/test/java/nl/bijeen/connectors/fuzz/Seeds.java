package nl.bijeen.connectors.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The seed inputs Jazzer replays (src/test/resources/nl/bijeen/connectors/fuzz/CLASSInputs/METHOD/), read by the
 * ordinary tests too, so that each hostile input is asserted by name and not only "does not crash".
 */
final class Seeds {

    private Seeds() {
    }

    static byte[] bytes(Class<?> fuzzTest, String method, String file) {
        String resource = directory(fuzzTest, method) + "/" + file;
        try (InputStream in = Seeds.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no seed " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Class<?> fuzzTest, String method, String file) {
        return new String(bytes(fuzzTest, method, file), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Names of the seed files whose name starts with {@code prefix}, sorted. */
    static List<String> named(Class<?> fuzzTest, String method, String prefix) {
        URL url = Seeds.class.getResource(directory(fuzzTest, method));
        if (url == null) {
            throw new IllegalArgumentException("no seed directory for " + fuzzTest.getSimpleName() + "." + method);
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String directory(Class<?> fuzzTest, String method) {
        return "/" + fuzzTest.getPackageName().replace('.', '/') + "/" + fuzzTest.getSimpleName() + "Inputs/" + method;
    }
}
