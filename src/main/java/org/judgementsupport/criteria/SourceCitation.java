package org.judgementsupport.criteria;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's source, read from its {@code source} metadata. A citation of a source document is written
 * {@code <file> para <n>: "<quoted words>"}, where paragraphs are the document's blocks of text separated by blank
 * lines, counted from 1, and the quote is copied from that paragraph (a test checks it is). Anything else, such as
 * "DfE 2025 national 90th percentile", is kept as written.
 *
 * @param text      the source as written in the rule
 * @param document  the document's title, where the file is one the service knows
 * @param file      the source document's file
 * @param paragraph the paragraph cited
 * @param quote     the words quoted from it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceCitation(String text, String document, String file, Integer paragraph, String quote) {

    private static final Pattern DOCUMENT_CITATION =
            Pattern.compile("^(\\S+\\.txt)\\s+para\\s+(\\d+)(?:\\s*:\\s*[\"“](.*)[\"”])?\\s*$", Pattern.DOTALL);

    /** The source documents policy staff cite, in ../shared/seeds, by file. */
    private static final Map<String, String> DOCUMENTS = Map.of(
            "000_827de33f15822cea.txt", "HMCI speech to the National Children and Adult Services conference on criminal exploitation and county lines",
            "001_701b6028e59c3038.txt", "Amanda Spielman's speech at the ADCS conference",
            "002_80143ff49e675200.txt", "Yvette Stanley's speech to the ADCS conference 2022",
            "003_423d52a32e5da393.txt", "Future inspection of local authority children's services – progressing well (Ofsted blog)",
            "004_c2c885fd094ce24a.txt", "The report of HMCI 2013–14: social care");

    public static SourceCitation parse(String text) {
        if (text == null) {
            return null;
        }
        // A rule set has a few dozen sources and every judgement cites them again: parse each once.
        return PARSED.get(text, SourceCitation::read);
    }

    private static final Cache<String, SourceCitation> PARSED = Caffeine.newBuilder().maximumSize(10_000).build();

    private static SourceCitation read(String text) {
        Matcher citation = DOCUMENT_CITATION.matcher(text.trim());
        if (!citation.matches()) {
            return new SourceCitation(text, null, null, null, null);
        }
        String file = citation.group(1);
        return new SourceCitation(text, DOCUMENTS.getOrDefault(file, file), file, Integer.valueOf(citation.group(2)), citation.group(3));
    }

    /** True when the source cites a paragraph of a document rather than describing a statistic or a dataset. */
    public boolean citesDocument() {
        return file != null;
    }
}
