package org.judgementsupport.rulechange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import org.judgementsupport.ruleset.WorkbookSafety;

/**
 * Turns an upload into a candidate rule set. Either a zip of the rule folders, which becomes the whole candidate, or
 * changed files laid over the version in service, each named by its path in the rule folder (the part's file name or
 * field name, e.g. {@code decision-tables/criteria/limits-to-requires-improvement.drl.xlsx}; a bare file name is
 * matched to the file of that name in service), with files to remove listed by path.
 *
 * <p>Everything is checked before anything is kept: sizes, what a zip expands to and how far (a zip bomb is refused
 * while it is read, not after), paths that would leave the rule folder, paths too long or with names outside the
 * allowlist (which could be validated and then fail to be written into the folder), files that are not rule files, and
 * workbooks carrying macros or links. Every problem is listed, each naming the {@link UploadRule} it breaks.
 */
final class RuleSetUpload {

    /** Entries smaller than this are not held to the compression ratio: small text compresses very well. */
    private static final long RATIO_GRACE_BYTES = 1 << 20;

    /** One uploaded file: the multipart field name, the file name the client sent, and the bytes. */
    record Part(String fieldName, String fileName, byte[] content) {

        boolean isZip() {
            return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".zip");
        }

        String name() {
            return fileName != null ? fileName : fieldName;
        }
    }

    private RuleSetUpload() {
    }

    static RuleSetSnapshot candidate(RuleSetSnapshot inService, List<Part> parts, List<String> remove, UploadLimits limits) {
        List<UploadProblem> problems = new ArrayList<>();
        if (parts.isEmpty() && remove.isEmpty()) {
            throw refused(null, UploadRule.NOTHING_UPLOADED, "nothing uploaded: send changed rule files, a zip of the rule folders, or files to remove");
        }
        long uploaded = parts.stream().mapToLong(part -> part.content().length).sum();
        if (uploaded > limits.maxUploadSize().toBytes()) {
            throw refused(null, UploadRule.UPLOAD_TOO_LARGE, "the upload holds " + uploaded + " bytes; at most " + limits.maxUploadSize().toBytes()
                    + " are accepted at once");
        }
        for (Part part : parts) {
            if (part.content().length > limits.maxFileSize().toBytes()) {
                problems.add(new UploadProblem(part.name(), UploadRule.FILE_TOO_LARGE, part.content().length + " bytes; a rule file may be at most "
                        + limits.maxFileSize().toBytes()));
            }
        }
        if (!problems.isEmpty()) {
            throw new UploadRejectedException(problems);
        }
        List<Part> zips = parts.stream().filter(Part::isZip).toList();
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (!zips.isEmpty()) {
            if (zips.size() > 1 || parts.size() > 1 || !remove.isEmpty()) {
                throw refused(null, UploadRule.ZIP_WITH_OTHER_FILES, "send either one zip of the rule folders or changed files, not both");
            }
            unzip(zips.get(0), files, problems, limits);
        } else {
            inService.files().forEach(file -> files.put(file.path(), file.content()));
            for (Part part : parts) {
                path(part, inService, problems).ifPresent(path -> {
                    files.put(path, part.content());
                    checkWorkbook(path, part.content(), problems);
                });
            }
            for (String path : remove) {
                if (files.remove(path) == null) {
                    problems.add(new UploadProblem(path, UploadRule.NO_SUCH_FILE_TO_REMOVE, "cannot be removed: there is no such file in service"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new UploadRejectedException(problems);
        }
        return new RuleSetSnapshot(files.entrySet().stream().map(entry -> new SourceFile(entry.getKey(), entry.getValue())).toList(), List.of());
    }

    private static Optional<String> path(Part part, RuleSetSnapshot inService, List<UploadProblem> problems) {
        for (String given : new String[] {part.fileName(), part.fieldName()}) {
            if (given != null && leavesFolder(given)) {
                problems.add(new UploadProblem(given, UploadRule.PATH_OUTSIDE_RULE_FOLDER, "a path must stay inside the rule folder"));
                return Optional.empty();
            }
        }
        String named = part.fileName() != null && part.fileName().contains("/") ? part.fileName()
                : part.fieldName() != null && part.fieldName().contains("/") ? part.fieldName() : null;
        if (named == null) {
            String baseName = part.name();
            List<String> matches = inService.files().stream().map(SourceFile::path)
                    .filter(path -> path.equals(baseName) || path.endsWith("/" + baseName)).toList();
            if (matches.size() != 1) {
                problems.add(new UploadProblem(baseName, UploadRule.PLACE_NOT_GIVEN, "say where it goes in the rule folder, e.g. name the part "
                        + "decision-tables/criteria/" + baseName + (matches.isEmpty() ? " (no file of that name is in service)" : " (several files are called that)")));
                return Optional.empty();
            }
            named = matches.get(0);
        }
        return acceptable(named, problems);
    }

    /** Reads the zip entry by entry, stopping at the first limit passed: nothing beyond the limits is ever held. */
    private static void unzip(Part zip, Map<String, byte[]> files, List<UploadProblem> problems, UploadLimits limits) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long expanded = 0;
        int count = 0;
        try (ZipInputStream input = new ZipInputStream(new ByteArrayInputStream(zip.content()))) {
            for (ZipEntry entry; (entry = input.getNextEntry()) != null; ) {
                if (++count > limits.maxZipEntries()) {
                    problems.add(new UploadProblem(zip.name(), UploadRule.TOO_MANY_ZIP_ENTRIES, "holds more than " + limits.maxZipEntries() + " entries"));
                    return;
                }
                String name = entry.getName();
                if (leavesFolder(name)) {
                    problems.add(new UploadProblem(name, UploadRule.PATH_OUTSIDE_RULE_FOLDER, "a path must stay inside the rule folder"));
                    continue;
                }
                if (entry.isDirectory()) {
                    continue;
                }
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                byte[] buffer = new byte[64 * 1024];
                for (int read; (read = input.read(buffer)) > 0; ) {
                    content.write(buffer, 0, read);
                    expanded += read;
                    if (expanded > limits.maxZipUncompressed().toBytes()) {
                        problems.add(new UploadProblem(zip.name(), UploadRule.ZIP_TOO_LARGE_UNCOMPRESSED, "expands to more than "
                                + limits.maxZipUncompressed().toBytes() + " bytes"));
                        return;
                    }
                    if (content.size() > limits.maxFileSize().toBytes()) {
                        problems.add(new UploadProblem(name, UploadRule.FILE_TOO_LARGE, "expands to more than " + limits.maxFileSize().toBytes()
                                + " bytes; a rule file may be at most that"));
                        return;
                    }
                    if (expanded > RATIO_GRACE_BYTES && expanded > (long) limits.maxCompressionRatio() * zip.content().length) {
                        problems.add(new UploadProblem(zip.name(), UploadRule.ZIP_COMPRESSION_TOO_HIGH, "expands more than "
                                + limits.maxCompressionRatio() + " times its size; rule files do not compress that far"));
                        return;
                    }
                }
                if (entries.put(name, content.toByteArray()) != null) {
                    problems.add(new UploadProblem(name, UploadRule.DUPLICATE_ZIP_ENTRY, "is in the zip more than once"));
                }
            }
        } catch (IOException | IllegalArgumentException unreadable) {
            problems.add(new UploadProblem(zip.name(), UploadRule.UNREADABLE_ZIP, "cannot be read as a zip (" + unreadable.getMessage() + ")"));
            return;
        }
        String prefix = commonTopFolder(entries.keySet());
        entries.forEach((name, content) -> {
            String path = name.substring(prefix.length());
            if (path.isEmpty() || RuleSetFolder.isEditorScratchFile(Path.of(path).getFileName())) {
                return;
            }
            if (path.startsWith(RuleSetFolder.RULES + "/") || path.startsWith(RuleSetFolder.DECISION_TABLES + "/") || path.startsWith(RuleSetFolder.SCENARIOS + "/")) {
                acceptable(path, problems).ifPresent(accepted -> {
                    files.put(accepted, content);
                    checkWorkbook(accepted, content, problems);
                });
            }
        });
        if (files.isEmpty() && problems.isEmpty()) {
            problems.add(new UploadProblem(zip.name(), UploadRule.NO_RULE_FOLDERS_IN_ZIP, "holds no rules/, decision-tables/ or scenarios/ folder"));
        }
    }

    private static void checkWorkbook(String path, byte[] content, List<UploadProblem> problems) {
        if (path.endsWith(".drl.xlsx")) {
            WorkbookSafety.refusals(content).forEach(reason -> problems.add(new UploadProblem(path, UploadRule.UNSAFE_WORKBOOK, "refused because " + reason)));
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

    /** "../x", "/etc/x", "C:/x", "a\\b" or a name with a NUL in it would leave the rule folder, on some system. */
    private static boolean leavesFolder(String path) {
        return path.startsWith("/") || path.contains("\\") || path.indexOf('\0') >= 0 || path.matches("^[A-Za-z]:.*")
                || Arrays.asList(path.split("/")).contains("..");
    }

    /** Only rule files go into a rule set, and only inside the rule folders. */
    private static Optional<String> acceptable(String path, List<UploadProblem> problems) {
        if (leavesFolder(path)) {
            problems.add(new UploadProblem(path, UploadRule.PATH_OUTSIDE_RULE_FOLDER, "a path must stay inside the rule folder"));
            return Optional.empty();
        }
        Optional<String> badPath = RuleSetFolder.pathProblem(path);
        if (badPath.isPresent()) {
            boolean tooLong = path.length() > RuleSetFolder.MAX_PATH_LENGTH
                    || Arrays.stream(path.split("/")).anyMatch(name -> name.length() > RuleSetFolder.MAX_NAME_LENGTH);
            problems.add(new UploadProblem(path, tooLong ? UploadRule.PATH_TOO_LONG : UploadRule.NAME_NOT_ALLOWED, badPath.get()));
            return Optional.empty();
        }
        boolean ok = (path.startsWith(RuleSetFolder.RULES + "/") && path.endsWith(".drl"))
                || (path.startsWith(RuleSetFolder.DECISION_TABLES + "/") && path.endsWith(".drl.xlsx"))
                || (path.startsWith(RuleSetFolder.SCENARIOS + "/") && (path.endsWith(".yaml") || path.endsWith(".yml")));
        if (!ok) {
            problems.add(new UploadProblem(path, UploadRule.NOT_A_RULE_FILE,
                    "only rules/**/*.drl, decision-tables/**/*.drl.xlsx and scenarios/**/*.yaml files belong in a rule set"));
            return Optional.empty();
        }
        return Optional.of(path);
    }

    private static UploadRejectedException refused(String file, UploadRule rule, String reason) {
        return new UploadRejectedException(List.of(new UploadProblem(file, rule, reason)));
    }
}
