package org.judgementsupport.ruleset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Refuses workbooks that carry more than cells: macros, links to other files or data sources, embedded objects or
 * ActiveX controls. A decision table needs none of them, and each would run or fetch something when the workbook is
 * opened by policy staff. Read from the workbook's parts (an .xlsx is a zip), whatever its file name says.
 */
public final class WorkbookSafety {

    /** The largest [Content_Types].xml read: a real one is a few kilobytes. */
    private static final int CONTENT_TYPES_LIMIT = 1 << 20;

    private WorkbookSafety() {
    }

    /** What the workbook carries that a decision table may not; empty when it is only cells. */
    public static List<String> refusals(byte[] workbook) {
        List<String> found = new ArrayList<>();
        try (ZipInputStream parts = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (ZipEntry part; (part = parts.getNextEntry()) != null; ) {
                String name = part.getName().toLowerCase(Locale.ROOT);
                if (name.endsWith("vbaproject.bin") || name.endsWith("vbaprojectsignature.bin")) {
                    add(found, "it contains macros (a VBA project); save it as a plain .xlsx workbook");
                } else if (name.startsWith("xl/externallinks/")) {
                    add(found, "it links to other workbooks; break the links (Data > Edit Links) and save again");
                } else if (name.equals("xl/connections.xml") || name.startsWith("xl/querytables/")) {
                    add(found, "it has data connections to outside sources; remove them and save again");
                } else if (name.startsWith("xl/embeddings/") || name.startsWith("xl/activex/")) {
                    add(found, "it has embedded objects or ActiveX controls; remove them and save again");
                } else if (name.equals("[content_types].xml")) {
                    byte[] types = parts.readNBytes(CONTENT_TYPES_LIMIT);
                    if (new String(types, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).contains("macroenabled")) {
                        add(found, "it is a macro-enabled workbook (.xlsm); save it as a plain .xlsx workbook");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException unreadable) {
            // Not a zip at all: the translator reports the workbook as unreadable.
        }
        return found;
    }

    private static void add(List<String> found, String reason) {
        if (!found.contains(reason)) {
            found.add(reason);
        }
    }
}
