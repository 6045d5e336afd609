package nl.bijeen.web.export;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders a Thymeleaf template from {@code export/} to PDF with openhtmltopdf. Thymeleaf escapes every value
 * ({@code th:text}); jsoup then turns the HTML into the well-formed DOM openhtmltopdf needs.
 */
public final class PdfRenderer {

    /** DejaVu covers far more characters than the PDF base fonts (which print "#" for, say, a Polish name). */
    private static final File FONT_DIR = new File("/usr/share/fonts/truetype/dejavu");

    private final TemplateEngine engine = new TemplateEngine();

    public PdfRenderer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PdfRenderer.class.getClassLoader());
        resolver.setPrefix("export/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        engine.setTemplateResolver(resolver);
    }

    /** The HTML the PDF is made from (tests read it to check escaping before layout). */
    public String html(String template, Map<String, Object> model) {
        Context context = new Context(java.util.Locale.forLanguageTag("nl-NL"), model);
        return engine.process(template, context);
    }

    public byte[] pdf(String template, Map<String, Object> model) {
        String html = html(template, model);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // Nothing is fetched while rendering: the QR codes are data URIs and the styles are inline. A link a
            // source smuggled in can therefore never make the server call out.
            builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            useFontIfPresent(builder, "DejaVuSans.ttf", 400);
            useFontIfPresent(builder, "DejaVuSans-Bold.ttf", 700);
            builder.withW3cDocument(W3CDom.convert(Jsoup.parse(html)), "about:blank");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Rendering the PDF failed", e);
        }
        return out.toByteArray();
    }

    private static void useFontIfPresent(PdfRendererBuilder builder, String file, int weight) {
        File font = new File(FONT_DIR, file);
        if (font.isFile()) {
            builder.useFont(font, "Bijeen", weight, PdfRendererBuilder.FontStyle.NORMAL, true);
        }
    }
}
