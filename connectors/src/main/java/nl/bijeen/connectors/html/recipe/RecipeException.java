package nl.bijeen.connectors.html.recipe;

import java.net.URI;
import java.nio.file.Path;

import nl.bijeen.connectors.spi.ConnectorException;

/**
 * A recipe that cannot be used: missing, unreadable, or with a bad key. The message names the recipe, the key path
 * ("fields.date.selector") and what is wrong with it, so the person who wrote the recipe can fix it at once.
 */
public class RecipeException extends ConnectorException {

    private final String recipe;
    private final String keyPath;

    public RecipeException(String recipe, Path file, String keyPath, String problem, Throwable cause) {
        super(fileUri(file), "recipe '" + recipe + "': " + (keyPath == null ? "" : keyPath + " ") + problem, cause);
        this.recipe = recipe;
        this.keyPath = keyPath;
    }

    public RecipeException(String recipe, Path file, String keyPath, String problem) {
        this(recipe, file, keyPath, problem, null);
    }

    /** The recipe's name, e.g. "demo-buurthuis". */
    public String recipe() {
        return recipe;
    }

    /** The key the problem is about, e.g. "fields.date.selector", or {@code null} for the file as a whole. */
    public String keyPath() {
        return keyPath;
    }

    private static URI fileUri(Path file) {
        return file == null ? URI.create("recipe:unknown") : file.toAbsolutePath().toUri();
    }
}
