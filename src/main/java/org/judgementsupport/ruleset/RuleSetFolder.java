package org.judgementsupport.ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A folder policy staff edit, holding {@code rules/} (DRL files), {@code decision-tables/} (workbooks) and
 * {@code scenarios/} (the policy scenarios that test them).
 *
 * <p>Drools reads only spreadsheets named {@code *.drl.xlsx} and skips any other silently, so a table saved as
 * {@code limits.xlsx} would simply stop applying. Such files are reported as problems instead. Office and LibreOffice
 * lock files, present while a workbook is open, are ignored.
 *
 * <p>Only regular files kept inside the rule folders are read: a link (to {@code /etc/passwd}, or to a folder elsewhere)
 * or any other kind of file is reported, never followed, so nothing outside the folders can become part of a rule set
 * and be archived or served. A rule file larger than a rule file may be uploaded, or with a path a rule file may not
 * have ({@link #pathProblem(String)}), is reported too, never silently left out.
 */
public final class RuleSetFolder {

    public static final String RULES = "rules";
    public static final String DECISION_TABLES = "decision-tables";
    public static final String SCENARIOS = "scenarios";

    /** The largest rule file read: the same as the largest that may be uploaded (judgement-support.rule-set.uploads.max-file-size). */
    public static final long DEFAULT_MAX_FILE_BYTES = 5L * 1024 * 1024;
    /** Longest path of a rule file in the folder, and of any name in it: well inside every file system's and the archive's limits. */
    public static final int MAX_PATH_LENGTH = 200;
    public static final int MAX_NAME_LENGTH = 100;

    private static final List<String> SPREADSHEET_ENDINGS = List.of(".xlsx", ".xls", ".xlsm", ".ods", ".csv");
    /** Letters, digits, and the marks file names in an office use; never a control character, a slash or a leading dot. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._() -]*");

    private final Path root;
    private final long maxFileBytes;

    public RuleSetFolder(Path root) {
        this(root, DEFAULT_MAX_FILE_BYTES);
    }

    public RuleSetFolder(Path root, long maxFileBytes) {
        this.root = root.toAbsolutePath().normalize();
        this.maxFileBytes = maxFileBytes;
    }

    /**
     * Why a path cannot be a rule file's, if it cannot: too long for the archive or a file system, or a name outside
     * the allowlist (letters, digits, space and {@code . _ - ( )}, starting with a letter or digit). Paths are relative
     * to the folder, with forward slashes.
     */
    public static Optional<String> pathProblem(String path) {
        if (path.length() > MAX_PATH_LENGTH) {
            return Optional.of("the path is " + path.length() + " characters; a rule file's path may be at most " + MAX_PATH_LENGTH);
        }
        for (String name : path.split("/", -1)) {
            if (name.length() > MAX_NAME_LENGTH) {
                return Optional.of("the name '" + name.substring(0, 20) + "…' is " + name.length() + " characters; a file or folder name may be at most "
                        + MAX_NAME_LENGTH);
            }
            if (!NAME.matcher(name).matches() || name.endsWith(" ") || name.endsWith(".")) {
                return Optional.of("a file or folder name may hold only letters (A to Z), digits, spaces and . _ - ( ), starting with a letter "
                        + "or digit and not ending with a space or a dot");
            }
        }
        return Optional.empty();
    }

    public Path root() {
        return root;
    }

    public Path rules() {
        return root.resolve(RULES);
    }

    public Path decisionTables() {
        return root.resolve(DECISION_TABLES);
    }

    public Path scenarios() {
        return root.resolve(SCENARIOS);
    }

    /** Reads every rule file and decision table into memory. */
    public RuleSetSnapshot read() {
        List<SourceFile> files = new ArrayList<>();
        List<RuleSetProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(rules()) && !Files.isDirectory(decisionTables())) {
            problems.add(new RuleSetProblem(RuleSetProblem.Kind.UNREADABLE_FILE, RuleLocation.ofFile(root.toString()),
                    "holds neither rules/ nor decision-tables/: point judgement-support.rule-set.folder at the folder that does"));
            return new RuleSetSnapshot(files, problems);
        }
        for (Path file : entries(rules(), problems)) {
            if (file.getFileName().toString().endsWith(".drl") && !isLockFile(file)) {
                load(file, problems).ifPresent(files::add);
            }
        }
        for (Path file : entries(decisionTables(), problems)) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (isLockFile(file)) {
                continue;
            }
            if (name.endsWith(".drl.xlsx")) {
                load(file, problems).ifPresent(files::add);
            } else if (SPREADSHEET_ENDINGS.stream().anyMatch(name::endsWith)) {
                problems.add(new RuleSetProblem(RuleSetProblem.Kind.UNREADABLE_FILE, RuleLocation.ofFile(relative(file)),
                        "Drools reads only workbooks named *.drl.xlsx and would skip this one silently: save it as an "
                                + "Excel workbook (.xlsx) named like " + suggestedName(file)));
            }
        }
        for (Path file : entries(scenarios(), problems)) {
            String name = file.getFileName().toString();
            if ((name.endsWith(".yaml") || name.endsWith(".yml")) && !isLockFile(file)) {
                load(file, problems).ifPresent(files::add);
            }
        }
        return new RuleSetSnapshot(files, problems);
    }

    /**
     * Reads the folder as one consistent whole: if any file changes while it is read (an editor still saving), it is
     * read again, so a build never mixes a half-saved file with the rest.
     */
    public RuleSetSnapshot readConsistent() {
        for (int attempt = 0; attempt < 10; attempt++) {
            List<String> before = fingerprint();
            RuleSetSnapshot snapshot = read();
            if (before.equals(fingerprint())) {
                return snapshot;
            }
            pause();
        }
        return read();
    }

    /**
     * Replaces the rule files in the folder with the snapshot's, leaving other files (notes, README) alone. Every path
     * is checked before anything is written, and nothing is written through a link to outside the folder; a temporary
     * file is never left behind.
     *
     * @throws IllegalArgumentException when a path may not be a rule file's (checked before anything is written), or
     *                                  its folder is a link to outside the rule folder (nothing is written there)
     */
    public void replaceWith(RuleSetSnapshot snapshot) {
        for (SourceFile file : snapshot.files()) {
            pathProblem(file.path()).ifPresent(reason -> {
                throw new IllegalArgumentException(file.path() + ": " + reason);
            });
        }
        try {
            Set<String> wanted = new HashSet<>();
            for (SourceFile file : snapshot.files()) {
                wanted.add(file.path());
                Path target = root.resolve(file.path()).normalize();
                if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Arrays.equals(Files.readAllBytes(target), file.content())) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                if (!target.getParent().toRealPath().startsWith(root.toRealPath())) {
                    throw new IllegalArgumentException(file.path() + ": its folder is a link to outside the rule folder; nothing is written there");
                }
                Path temporary = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
                try {
                    Files.write(temporary, file.content());
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(temporary);
                }
            }
            for (SourceFile existing : read().files()) {
                if (!wanted.contains(existing.path())) {
                    Files.deleteIfExists(root.resolve(existing.path()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rule set into " + root, e);
        }
    }

    /** Path, size and modification time of every file under the rule folders. */
    private List<String> fingerprint() {
        List<String> stamps = new ArrayList<>();
        for (Path tree : List.of(rules(), decisionTables(), scenarios())) {
            for (Path file : entries(tree, new ArrayList<>())) {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    stamps.add(file + ":" + attributes.size() + ":" + attributes.lastModifiedTime().toMillis());
                } catch (IOException vanished) {
                    stamps.add(file + ":gone");
                }
            }
        }
        return stamps;
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Files an editor writes beside the real one while saving, which must never trigger a reload. */
    public static boolean isEditorScratchFile(Path file) {
        String name = file.getFileName().toString();
        return isLockFile(file) || name.startsWith(".incoming-") || name.endsWith(".tmp") || name.endsWith("~") || name.startsWith(".#");
    }

    /** Office writes "~$name.xlsx" and LibreOffice ".~lock.name.xlsx#" while a workbook is open. */
    public static boolean isLockFile(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("~$") || name.startsWith(".~lock.");
    }

    /**
     * Reads a rule file, unless its path or size is not a rule file's (reported). Opened without following links and
     * read no further than the limit, so a file swapped for a link or grown since it was listed is refused too.
     */
    private Optional<SourceFile> load(Path file, List<RuleSetProblem> problems) {
        String path = relative(file);
        Optional<String> badPath = pathProblem(path);
        if (badPath.isPresent()) {
            problems.add(new RuleSetProblem(RuleSetProblem.Kind.UNREADABLE_FILE, RuleLocation.ofFile(shortened(path)), badPath.get() + "; rename it"));
            return Optional.empty();
        }
        try (InputStream input = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] content = input.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
            if (content.length > maxFileBytes) {
                problems.add(new RuleSetProblem(RuleSetProblem.Kind.UNREADABLE_FILE, RuleLocation.ofFile(path), "is larger than a rule file may be ("
                        + maxFileBytes + " bytes, as for uploads); it was not read"));
                return Optional.empty();
            }
            return Optional.of(new SourceFile(path, content));
        } catch (IOException e) {
            if (Files.isSymbolicLink(file)) {
                problems.add(linkProblem(file));
                return Optional.empty();
            }
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Every regular file under a rule folder, in order, without following links; links and anything else that is not a
     * regular file or a folder are reported (editors' scratch files, such as Emacs's lock links, are left alone).
     */
    private List<Path> entries(Path folder, List<RuleSetProblem> problems) {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path entry : walk.sorted().toList()) {
                BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (attributes.isRegularFile()) {
                    files.add(entry);
                } else if (attributes.isDirectory() || isEditorScratchFile(entry)) {
                    continue;
                } else if (attributes.isSymbolicLink()) {
                    problems.add(linkProblem(entry));
                } else {
                    problems.add(new RuleSetProblem(RuleSetProblem.Kind.UNREADABLE_FILE, RuleLocation.ofFile(relative(entry)),
                            "is not a regular file (a device, pipe or socket); the service reads only files kept in the rule folders"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        return files;
    }

    private RuleSetProblem linkProblem(Path link) {
        return new RuleSetProblem(RuleSetProblem.Kind.UNREADABLE_FILE, RuleLocation.ofFile(relative(link)),
                "is a link; the service reads only files kept in the rule folders and never follows a link: put the file itself here");
    }

    private static String shortened(String path) {
        return path.length() <= MAX_PATH_LENGTH ? path : path.substring(0, MAX_PATH_LENGTH) + "…";
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static String suggestedName(Path file) {
        String name = file.getFileName().toString();
        String stem = name.replaceAll("(?i)(\\.drl)?\\.(xlsx|xls|xlsm|ods|csv)$", "");
        return stem + ".drl.xlsx";
    }
}
