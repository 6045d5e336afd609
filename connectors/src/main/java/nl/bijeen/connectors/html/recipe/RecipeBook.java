package nl.bijeen.connectors.html.recipe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The recipes in one directory (config/recipes by default, or the system property {@code bijeen.recipes}), read
 * when first asked for and read again when the file changed, so an edited recipe is used on the next crawl.
 */
public final class RecipeBook {

    public static final Path DEFAULT_DIRECTORY = Path.of("config", "recipes");
    /** A recipe name is a file name, never a path: "../secrets" must not reach outside the directory. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,79}");

    private final Path directory;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(FileTime modified, Recipe recipe) {
    }

    public RecipeBook(Path directory) {
        this.directory = directory;
    }

    /** The book at {@code -Dbijeen.recipes=DIR}, else config/recipes under the working directory. */
    public static RecipeBook standard() {
        String configured = System.getProperty("bijeen.recipes");
        return new RecipeBook(configured == null || configured.isBlank() ? DEFAULT_DIRECTORY : Path.of(configured));
    }

    public Path directory() {
        return directory;
    }

    /** The validated recipe {@code name} (config/recipes/NAME.yml). */
    public Recipe recipe(String name) throws RecipeException {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new RecipeException(String.valueOf(name), null, null,
                    "is not a recipe name: use letters, digits, '-' and '_' (the file's name without .yml)");
        }
        Path file = directory.resolve(name + ".yml");
        FileTime modified = modified(name, file);
        Cached cached = cache.get(name);
        if (cached != null && cached.modified().equals(modified)) {
            return cached.recipe();
        }
        Recipe recipe = RecipeReader.read(file);
        cache.put(name, new Cached(modified, recipe));
        return recipe;
    }

    private FileTime modified(String name, Path file) throws RecipeException {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new RecipeException(name, file, null, "not found in " + directory.toAbsolutePath());
        }
    }
}
