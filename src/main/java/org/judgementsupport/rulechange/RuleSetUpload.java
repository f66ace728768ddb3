package org.judgementsupport.rulechange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.judgementsupport.ruleset.RuleSetFolder;
import org.judgementsupport.ruleset.RuleSetSnapshot;
import org.judgementsupport.ruleset.SourceFile;

/**
 * Turns an upload into a candidate rule set. Either a zip of the rule folders, which becomes the whole candidate, or
 * changed files laid over the version in service, each named by its path in the rule folder (the part's file name or
 * field name, e.g. {@code decision-tables/criteria/limits-to-requires-improvement.drl.xlsx}; a bare file name is
 * matched to the file of that name in service), with files to remove listed by path.
 */
final class RuleSetUpload {

    /** One uploaded file: the multipart field name, the file name the client sent, and the bytes. */
    record Part(String fieldName, String fileName, byte[] content) {

        boolean isZip() {
            return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".zip");
        }
    }

    private RuleSetUpload() {
    }

    static RuleSetSnapshot candidate(RuleSetSnapshot inService, List<Part> parts, List<String> remove) {
        List<String> reasons = new ArrayList<>();
        if (parts.isEmpty() && remove.isEmpty()) {
            throw new UploadRejectedException(List.of("nothing uploaded: send changed rule files, a zip of the rule folders, or files to remove"));
        }
        List<Part> zips = parts.stream().filter(Part::isZip).toList();
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (!zips.isEmpty()) {
            if (zips.size() > 1 || parts.size() > 1 || !remove.isEmpty()) {
                throw new UploadRejectedException(List.of("send either one zip of the rule folders or changed files, not both"));
            }
            unzip(zips.get(0), files, reasons);
        } else {
            inService.files().forEach(file -> files.put(file.path(), file.content()));
            for (Part part : parts) {
                path(part, inService, reasons).ifPresent(path -> files.put(path, part.content()));
            }
            for (String path : remove) {
                if (files.remove(path) == null) {
                    reasons.add(path + ": cannot be removed, there is no such file in service");
                }
            }
        }
        if (!reasons.isEmpty()) {
            throw new UploadRejectedException(reasons);
        }
        return new RuleSetSnapshot(files.entrySet().stream().map(entry -> new SourceFile(entry.getKey(), entry.getValue())).toList(), List.of());
    }

    private static Optional<String> path(Part part, RuleSetSnapshot inService, List<String> reasons) {
        String named = part.fileName() != null && part.fileName().contains("/") ? part.fileName()
                : part.fieldName() != null && part.fieldName().contains("/") ? part.fieldName() : null;
        if (named == null) {
            String baseName = part.fileName() == null ? part.fieldName() : part.fileName();
            List<String> matches = inService.files().stream().map(SourceFile::path)
                    .filter(path -> path.equals(baseName) || path.endsWith("/" + baseName)).toList();
            if (matches.size() != 1) {
                reasons.add(baseName + ": say where it goes in the rule folder, e.g. name the part decision-tables/criteria/" + baseName
                        + (matches.isEmpty() ? " (no file of that name is in service)" : " (several files are called that)"));
                return Optional.empty();
            }
            named = matches.get(0);
        }
        return acceptable(named, reasons);
    }

    private static void unzip(Part zip, Map<String, byte[]> files, List<String> reasons) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream input = new ZipInputStream(new ByteArrayInputStream(zip.content()))) {
            for (ZipEntry entry; (entry = input.getNextEntry()) != null; ) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), input.readAllBytes());
                }
            }
        } catch (IOException unreadable) {
            reasons.add(zip.fileName() + ": cannot be read as a zip (" + unreadable.getMessage() + ")");
            return;
        }
        String prefix = commonTopFolder(entries.keySet());
        entries.forEach((name, content) -> {
            String path = name.substring(prefix.length());
            if (path.isEmpty() || RuleSetFolder.isEditorScratchFile(Path.of(path).getFileName())) {
                return;
            }
            if (path.startsWith(RuleSetFolder.RULES + "/") || path.startsWith(RuleSetFolder.DECISION_TABLES + "/") || path.startsWith(RuleSetFolder.SCENARIOS + "/")) {
                acceptable(path, reasons).ifPresent(accepted -> files.put(accepted, content));
            }
        });
        if (files.isEmpty() && reasons.isEmpty()) {
            reasons.add(zip.fileName() + ": holds no rules/, decision-tables/ or scenarios/ folder");
        }
    }

    /** Zips made by zipping the rule folder itself have one top folder around rules/ and decision-tables/. */
    private static String commonTopFolder(Set<String> names) {
        if (names.stream().anyMatch(name -> name.startsWith(RuleSetFolder.RULES + "/") || name.startsWith(RuleSetFolder.DECISION_TABLES + "/"))) {
            return "";
        }
        String first = names.stream().findFirst().orElse("");
        int slash = first.indexOf('/');
        if (slash < 0) {
            return "";
        }
        String top = first.substring(0, slash + 1);
        return names.stream().allMatch(name -> name.startsWith(top)) ? top : "";
    }

    /** Only rule files go into a rule set, and only inside the rule folders. */
    private static Optional<String> acceptable(String path, List<String> reasons) {
        if (path.startsWith("/") || path.contains("\\") || Arrays.asList(path.split("/")).contains("..")) {
            reasons.add(path + ": a path must stay inside the rule folder");
            return Optional.empty();
        }
        boolean ok = (path.startsWith(RuleSetFolder.RULES + "/") && path.endsWith(".drl"))
                || (path.startsWith(RuleSetFolder.DECISION_TABLES + "/") && path.endsWith(".drl.xlsx"))
                || (path.startsWith(RuleSetFolder.SCENARIOS + "/") && (path.endsWith(".yaml") || path.endsWith(".yml")));
        if (!ok) {
            reasons.add(path + ": only rules/**/*.drl, decision-tables/**/*.drl.xlsx and scenarios/**/*.yaml files belong in a rule set");
            return Optional.empty();
        }
        return Optional.of(path);
    }
}
