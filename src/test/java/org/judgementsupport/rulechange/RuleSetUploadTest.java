package org.judgementsupport.rulechange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.judgementsupport.ruleset.RepositoryRuleSet;
import org.judgementsupport.ruleset.RuleSetSnapshot;
import org.judgementsupport.ruleset.SourceFile;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Each rule an upload must keep, broken once: the upload is refused, naming the file and the rule. */
class RuleSetUploadTest {

    private static final RuleSetSnapshot IN_SERVICE = RepositoryRuleSet.folder().read();
    private static final String LIMITS = "decision-tables/criteria/limits-to-requires-improvement.drl.xlsx";
    private static final UploadLimits SMALL = new UploadLimits(DataSize.ofKilobytes(600), DataSize.ofMegabytes(1), 50,
            DataSize.ofMegabytes(8), 100);

    @Test
    void aChangedFileNamedByItsPathIsLaidOverTheVersionInService() {
        RuleSetSnapshot candidate = RuleSetUpload.candidate(IN_SERVICE, List.of(part(LIMITS, workbook())), List.of(), SMALL);

        assertThat(candidate.files()).extracting(SourceFile::path).containsExactlyInAnyOrderElementsOf(
                IN_SERVICE.files().stream().map(SourceFile::path).toList());
    }

    @Test
    void nothingUploaded() {
        assertRefused(() -> RuleSetUpload.candidate(IN_SERVICE, List.of(), List.of(), SMALL), null, UploadRule.NOTHING_UPLOADED);
    }

    @Test
    void aFileLargerThanARuleFileMayBe() {
        assertRefused(upload(part("rules/big.drl", new byte[700 * 1024])), "rules/big.drl", UploadRule.FILE_TOO_LARGE);
    }

    @Test
    void anUploadLargerThanAnUploadMayBe() {
        assertRefused(upload(part("rules/a.drl", new byte[500 * 1024]), part("rules/b.drl", new byte[500 * 1024]), part("rules/c.drl", new byte[100 * 1024])),
                null, UploadRule.UPLOAD_TOO_LARGE);
    }

    @Test
    void filesThatAreNotRuleFiles() {
        assertRefused(upload(part("decision-tables/limits.xlsm", workbook())), "decision-tables/limits.xlsm", UploadRule.NOT_A_RULE_FILE);
        assertRefused(upload(part("rules/notes.txt", "notes".getBytes())), "rules/notes.txt", UploadRule.NOT_A_RULE_FILE);
        assertRefused(upload(part("scenarios/evil.drl", "rule".getBytes())), "scenarios/evil.drl", UploadRule.NOT_A_RULE_FILE);
    }

    @Test
    void pathsThatLeaveTheRuleFolder() {
        for (String path : List.of("rules/../../etc/cron.d/evil.drl", "/etc/evil.drl", "C:/rules/evil.drl", "rules\\..\\evil.drl")) {
            assertRefused(upload(part(path, "rule".getBytes())), path, UploadRule.PATH_OUTSIDE_RULE_FOLDER);
        }
        assertRefused(upload(zipPart(entry("rules/../../evil.drl", "rule"), entry("rules/ok.drl", "rule"))), "rules/../../evil.drl",
                UploadRule.PATH_OUTSIDE_RULE_FOLDER);
    }

    @Test
    void aFileWhosePlaceInTheFolderIsNotGiven() {
        assertRefused(upload(part("new-rules.drl", "rule".getBytes())), "new-rules.drl", UploadRule.PLACE_NOT_GIVEN);
    }

    @Test
    void aFileToRemoveThatIsNotInService() {
        assertRefused(() -> RuleSetUpload.candidate(IN_SERVICE, List.of(), List.of("rules/missing.drl"), SMALL), "rules/missing.drl",
                UploadRule.NO_SUCH_FILE_TO_REMOVE);
    }

    @Test
    void aZipWithOtherFiles() {
        assertRefused(upload(zipPart(entry("rules/a.drl", "rule")), part(LIMITS, workbook())), null, UploadRule.ZIP_WITH_OTHER_FILES);
    }

    @Test
    void aZipThatCannotBeRead() {
        assertRefused(upload(new RuleSetUpload.Part("rules", "rules.zip", "not a zip at all".getBytes())), "rules.zip", UploadRule.NO_RULE_FOLDERS_IN_ZIP,
                UploadRule.UNREADABLE_ZIP);
    }

    @Test
    void aZipWithTooManyEntries() {
        byte[][] entries = new byte[60][];
        for (int index = 0; index < entries.length; index++) {
            entries[index] = entry("rules/rule" + index + ".drl", "rule");
        }
        assertRefused(upload(zipPart(entries)), "rules.zip", UploadRule.TOO_MANY_ZIP_ENTRIES);
    }

    @Test
    void aZipBombIsRefusedWhileItIsRead() {
        // 4 MB of zeros compresses to about 4 KB: past the ratio a megabyte in, well before any size limit.
        RuleSetUpload.Part bomb = zipPart(zeros("rules/bomb.drl", 4L << 20));
        assertRefused(() -> RuleSetUpload.candidate(IN_SERVICE, List.of(bomb), List.of(), UploadLimits.DEFAULT), "rules.zip",
                UploadRule.ZIP_COMPRESSION_TOO_HIGH);
    }

    @Test
    void aZipThatExpandsPastTheLimit() {
        UploadLimits ratioLoose = new UploadLimits(DataSize.ofMegabytes(4), DataSize.ofMegabytes(4), 50, DataSize.ofMegabytes(6), 100_000);
        byte[][] entries = {zeros("rules/a.drl", 3L << 20), zeros("rules/b.drl", 3L << 20), zeros("rules/c.drl", 3L << 20)};
        assertRefused(() -> RuleSetUpload.candidate(IN_SERVICE, List.of(zipPart(entries)), List.of(), ratioLoose), "rules.zip",
                UploadRule.ZIP_TOO_LARGE_UNCOMPRESSED);
    }

    @Test
    void aZipWithoutTheRuleFolders() {
        assertRefused(upload(zipPart(entry("notes/readme.txt", "hello"))), "rules.zip", UploadRule.NO_RULE_FOLDERS_IN_ZIP);
    }

    @Test
    void aMacroEnabledWorkbookNamedLikeADecisionTable() throws IOException {
        assertRefused(upload(part(LIMITS, withPart(workbook(), "xl/vbaProject.bin"))), LIMITS, UploadRule.UNSAFE_WORKBOOK);
    }

    @Test
    void aWorkbookLinkedToAnotherInsideAZip() throws IOException {
        byte[] linked = withPart(workbook(), "xl/externalLinks/externalLink1.xml");
        assertRefused(upload(zipPart(bytesEntry(LIMITS, linked), entry("rules/x.drl", "rule"))), LIMITS, UploadRule.UNSAFE_WORKBOOK);
    }

    @Test
    void aPathTooLongForTheFolderOrTheArchive() {
        String longName = "rules/" + "x".repeat(300) + ".drl";
        assertRefused(upload(zipPart(entry(longName, "package rules;"))), longName, UploadRule.PATH_TOO_LONG);
    }

    @Test
    void aNameOutsideTheAllowlist() {
        String controlled = "rules/evil\u202Egnp.drl";
        assertRefused(upload(zipPart(entry(controlled, "package rules;"))), controlled, UploadRule.NAME_NOT_ALLOWED);
    }

    private static Runnable upload(RuleSetUpload.Part... parts) {
        return () -> RuleSetUpload.candidate(IN_SERVICE, List.of(parts), List.of(), SMALL);
    }

    private static void assertRefused(Runnable upload, String file, UploadRule... rules) {
        assertThatThrownBy(upload::run).isInstanceOfSatisfying(UploadRejectedException.class, rejected ->
                assertThat(rejected.problems()).anySatisfy(problem -> {
                    assertThat(problem.rule()).isIn((Object[]) rules);
                    assertThat(problem.file()).isEqualTo(file);
                    assertThat(problem.reason()).isNotBlank();
                }));
    }

    private static RuleSetUpload.Part part(String path, byte[] content) {
        return new RuleSetUpload.Part(path, path, content);
    }

    private static RuleSetUpload.Part zipPart(byte[]... entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (byte[] entry : entries) {
                try (ZipInputStream one = new ZipInputStream(new ByteArrayInputStream(entry))) {
                    ZipEntry read = one.getNextEntry();
                    zip.putNextEntry(new ZipEntry(read.getName()));
                    one.transferTo(zip);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new RuleSetUpload.Part("rules", "rules.zip", out.toByteArray());
    }

    /** One entry, carried as a one-entry zip so big entries are streamed, never held. */
    private static byte[] entry(String name, String text) {
        return bytesEntry(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bytesEntry(String name, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static byte[] zeros(String name, long size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            byte[] block = new byte[1 << 20];
            for (long written = 0; written < size; written += block.length) {
                zip.write(block);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static byte[] workbook() {
        return IN_SERVICE.files().stream().filter(file -> file.path().equals(LIMITS)).findFirst().orElseThrow().content();
    }

    private static byte[] withPart(byte[] workbook, String partName) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(zip);
            }
            zip.putNextEntry(new ZipEntry(partName));
            zip.write(new byte[] {1, 2, 3});
        }
        return out.toByteArray();
    }
}
