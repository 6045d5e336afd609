-- A source that is a web page without markup names the recipe (config/recipes/NAME.yml) that reads it.
ALTER TABLE source ADD COLUMN recipe VARCHAR(100);
