package nl.bijeen.connectors.html.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Every mistake in a recipe is found when it is loaded, with a message naming the recipe and the key. */
class RecipeValidationTest {

    private static final Path FILE = Path.of("config", "recipes", "wijkhuis.yml");
    private static final String FIELDS = """
            items: li.item
            fields:
              title: h3
              date: p.datum
            """;

    private static Recipe read(String yaml) throws RecipeException {
        return RecipeReader.read("wijkhuis", FILE, new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static RecipeException failure(String yaml) {
        return catchThrowableOfType(RecipeException.class, () -> read(yaml));
    }

    @Test
    void minimalRecipeIsValidAndReadsDatesAsDutchPhrases() throws RecipeException {
        Recipe recipe = read(FIELDS);

        assertThat(recipe.name()).isEqualTo("wijkhuis");
        assertThat(recipe.items()).isEqualTo("li.item");
        assertThat(recipe.fields()).containsOnlyKeys("title", "date");
        assertThat(recipe.dates()).isEqualTo(new RecipeDates(java.util.List.of(), true));
        assertThat(recipe.zone()).isNull();
        assertThat(recipe.undatedOffer()).isFalse();
        assertThat(recipe.detail()).isNull();
        assertThat(recipe.pagination()).isNull();
    }

    @Test
    void unknownTopLevelKeyIsNamedWithTheKeyItWasProbablyMeantToBe() {
        RecipeException e = failure("items: li\nfeilds:\n  title: h3\n");

        assertThat(e.keyPath()).isEqualTo("feilds");
        assertThat(e.getMessage()).startsWith("recipe 'wijkhuis': feilds is not a known key (did you mean 'fields'?)")
                .endsWith("config/recipes/wijkhuis.yml)");
    }

    @Test
    void unknownFieldIsNamedWithItsPath() {
        RecipeException e = failure(FIELDS + "  titel: h2\n");

        assertThat(e.getMessage()).startsWith("recipe 'wijkhuis': fields.titel is not a known key (did you mean 'title'?)");
    }

    @Test
    void unknownKeyFarFromAnyKnownOneListsTheKnownKeys() {
        RecipeException e = failure(FIELDS + "pagination:\n  next: a.volgende\n  onbekend: 3\n");

        assertThat(e.getMessage()).startsWith(
                "recipe 'wijkhuis': pagination.onbekend is not a known key (known keys: next, maxPages)");
    }

    @Test
    void unknownFieldOptionIsNamed() {
        RecipeException e = failure(FIELDS.replace("date: p.datum", "date:\n    selector: p.datum\n    atr: datetime"));

        assertThat(e.getMessage()).startsWith("recipe 'wijkhuis': fields.date.atr is not a known key (did you mean 'attr'?)");
    }

    @Test
    void missingItemsSelectorIsRequired() {
        assertThat(failure("fields:\n  title: h3\n  date: p\n").getMessage())
                .startsWith("recipe 'wijkhuis': items is required");
    }

    @Test
    void missingTitleIsRequired() {
        assertThat(failure("items: li\nfields:\n  date: p\n").getMessage())
                .startsWith("recipe 'wijkhuis': fields.title is required");
    }

    @Test
    void missingDateIsRequiredUnlessItemsAreOffers() throws RecipeException {
        assertThat(failure("items: li\nfields:\n  title: h3\n").getMessage()).startsWith(
                "recipe 'wijkhuis': fields.date is required (or set 'undated: offer' when the site's items have no dates)");
        assertThat(read("items: li\nundated: offer\nfields:\n  title: h3\n").undatedOffer()).isTrue();
    }

    @Test
    void selectorThatDoesNotParseIsNamedWithItsKeyPath() {
        RecipeException e = failure(FIELDS.replace("date: p.datum", "date:\n    selector: 'div['"));

        assertThat(e.keyPath()).isEqualTo("fields.date.selector");
        assertThat(e.getMessage()).startsWith("recipe 'wijkhuis': fields.date.selector 'div[' is not a valid CSS selector: ");
    }

    @Test
    void bareSelectorThatDoesNotParseIsNamed() {
        assertThat(failure(FIELDS.replace("title: h3", "title: 'h3 >'")).getMessage())
                .startsWith("recipe 'wijkhuis': fields.title 'h3 >' is not a valid CSS selector: ");
        assertThat(failure(FIELDS.replace("items: li.item", "items: 'li:nth-child(x)'")).getMessage())
                .startsWith("recipe 'wijkhuis': items 'li:nth-child(x)' is not a valid CSS selector: ");
    }

    @Test
    void detailAndPaginationSelectorsAreChecked() {
        assertThat(failure(FIELDS + "detail:\n  link: 'a['\n  fields:\n    description: div\n").getMessage())
                .startsWith("recipe 'wijkhuis': detail.link 'a[' is not a valid CSS selector: ");
        assertThat(failure(FIELDS + "detail:\n  link: a\n  fields:\n    cost: 'dd..kosten'\n").getMessage())
                .startsWith("recipe 'wijkhuis': detail.fields.cost 'dd..kosten' is not a valid CSS selector: ");
        assertThat(failure(FIELDS + "pagination:\n  next: 'a[rel=next'\n").getMessage())
                .startsWith("recipe 'wijkhuis': pagination.next 'a[rel=next' is not a valid CSS selector: ");
    }

    @Test
    void badDatePatternIsNamedByItsPlaceInTheList() {
        RecipeException e = failure(FIELDS + "dates:\n  patterns:\n    - d-M-yyyy\n    - 'EEEE d MMMM yyyyb'\n");

        assertThat(e.keyPath()).isEqualTo("dates.patterns[1]");
        assertThat(e.getMessage()).startsWith(
                "recipe 'wijkhuis': dates.patterns[1] 'EEEE d MMMM yyyyb' is not a valid date pattern: ");
    }

    @Test
    void datesWithoutPatternsAndWithoutTheDutchReaderCannotReadAnything() {
        assertThat(failure(FIELDS + "dates:\n  dutch: false\n").getMessage()).startsWith(
                "recipe 'wijkhuis': dates needs 'patterns' or 'dutch: true': otherwise no date can be read");
        assertThat(failure(FIELDS + "dates:\n  dutch: ja\n").getMessage())
                .startsWith("recipe 'wijkhuis': dates.dutch must be true or false, not 'ja'");
    }

    @Test
    void badRegexIsNamed() {
        RecipeException e = failure(FIELDS.replace("date: p.datum", "date:\n    selector: p.datum\n    regex: '(\\d+'"));

        assertThat(e.getMessage()).startsWith(
                "recipe 'wijkhuis': fields.date.regex '(\\d+' is not a valid regular expression: Unclosed group");
    }

    @Test
    void badTimeZoneIsNamed() {
        assertThat(failure("zone: Europe/Katwijk\n" + FIELDS).getMessage()).startsWith(
                "recipe 'wijkhuis': zone 'Europe/Katwijk' is not a time zone (e.g. Europe/Amsterdam)");
    }

    @Test
    void maxPagesOutOfRangeIsNamed() {
        assertThat(failure(FIELDS + "pagination:\n  next: a\n  maxPages: 0\n").getMessage())
                .startsWith("recipe 'wijkhuis': pagination.maxPages 0 is out of range: use 1 to 50");
        assertThat(failure(FIELDS + "pagination:\n  next: a\n  maxPages: 500\n").getMessage())
                .startsWith("recipe 'wijkhuis': pagination.maxPages 500 is out of range: use 1 to 50");
        assertThat(failure(FIELDS + "pagination:\n  next: a\n  maxPages: veel\n").getMessage())
                .startsWith("recipe 'wijkhuis': pagination.maxPages must be a whole number, not 'veel'");
    }

    @Test
    void undatedMustBeOfferOrWarn() {
        assertThat(failure(FIELDS + "undated: etalage\n").getMessage())
                .startsWith("recipe 'wijkhuis': undated 'etalage' must be 'offer' or 'warn'");
    }

    @Test
    void fieldOptionsThatContradictEachOtherAreNamed() {
        assertThat(failure(FIELDS + "  image:\n    selector: img\n    attr: src\n    html: true\n").getMessage())
                .startsWith("recipe 'wijkhuis': fields.image.html cannot be combined with 'attr'");
        assertThat(failure(FIELDS + "  cost:\n    regex: '\\d+'\n").getMessage()).startsWith(
                "recipe 'wijkhuis': fields.cost needs a 'selector', an 'attr' of the item itself, or a fixed 'value'");
    }

    @Test
    void wrongShapesAreNamed() {
        assertThat(failure("items: li\nfields: h3\n").getMessage())
                .startsWith("recipe 'wijkhuis': fields must be a map of keys, not 'h3'");
        assertThat(failure("- items\n").getMessage())
                .startsWith("recipe 'wijkhuis': must be a map of keys, not a list");
        assertThat(failure(FIELDS.replace("items: li.item", "items:\n  - li")).getMessage())
                .startsWith("recipe 'wijkhuis': items must be a text, not a list");
        assertThat(failure("site:\n  url: x\n" + FIELDS).getMessage())
                .startsWith("recipe 'wijkhuis': site must be a text, not a map");
    }

    @Test
    void brokenYamlAndDuplicateKeysAreReportedWithTheirLine() {
        assertThat(failure("items: li\nfields:\n  title: [h3\n").getMessage())
                .startsWith("recipe 'wijkhuis': is not valid YAML: ");
        assertThat(failure(FIELDS + "  title: h2\n").getMessage())
                .startsWith("recipe 'wijkhuis': is not valid YAML: Duplicate field 'title' (line 5)");
        assertThat(failure("").getMessage()).startsWith("recipe 'wijkhuis': is empty");
    }

    @Test
    void exceptionIsAConnectorExceptionNamingTheFile() {
        assertThatThrownBy(() -> read("items: li\n")).isInstanceOf(nl.bijeen.connectors.spi.ConnectorException.class)
                .hasMessageEndingWith(FILE.toAbsolutePath().toUri() + ")");
    }
}
