package nl.bijeen.web.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF's text and page count as PDFBox reads them. */
record PdfText(String text, int pages) {

    static PdfText of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // PDFBox ends lines where the layout wrapped; joining them makes phrases searchable.
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            return new PdfText(text, document.getNumberOfPages());
        } catch (Exception e) {
            throw new AssertionError("PDFBox cannot read the export: " + e.getMessage(), e);
        }
    }
}
