/**
 * Pages without event markup, read by a per-site recipe (config/recipes/NAME.yml): {@code RecipeBook} loads and
 * caches recipes, {@code RecipeReader} with {@code RecipeNode} and {@code FieldRules} validates them key by key,
 * {@code RecipeConnector} walks the list pages ({@code ListPages}) and detail pages ({@code DetailPages}), and
 * {@code DraftAssembler} with {@code RecipeDates} turns each item's texts into an activity.
 */
package nl.bijeen.connectors.html.recipe;
