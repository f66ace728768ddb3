package org.judgementsupport.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;

/**
 * Pages as PDF, with openhtmltopdf: the page's HTML (from the same template fragment as the page) read with jsoup into
 * the XML document the renderer takes, laid out with the print style sheet. Nothing in the HTML is fetched from
 * anywhere: the renderer is given no base address to resolve links against.
 */
@Component
class PdfRenderer {

    byte[] render(String html) {
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // Nothing is fetched: no address resolves, so no page content can make the service reach out.
            builder.useUriResolver((base, uri) -> null);
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), null);
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be made", e);
        }
    }
}
