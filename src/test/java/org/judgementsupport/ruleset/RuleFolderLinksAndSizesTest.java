package org.judgementsupport.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the rule folder reads: regular files kept inside it, of a rule file's size and path. Links (to a secret file, to
 * a folder elsewhere), oversized files and paths no upload could have are reported, never read, archived or served.
 */
class RuleFolderLinksAndSizesTest {

    @TempDir
    Path directory;

    @Test
    void aLinkToAFileOutsideIsReportedAndNeverRead() throws IOException {
        RuleFolderFixture folder = RuleFolderFixture.copyOfRepository(directory.resolve("rules-root"));
        Path secret = Files.writeString(directory.resolve("secret.txt"), "root:x:0:0:root:/root:/bin/bash");
        Files.createSymbolicLink(folder.root().resolve("rules/passwd.drl"), secret);

        RuleSetSnapshot snapshot = folder.folder().read();

        assertThat(snapshot.files()).extracting(SourceFile::path).doesNotContain("rules/passwd.drl");
        assertThat(snapshot.files()).noneMatch(file -> file.text().contains("root:x:0:0"));
        assertThat(problem(snapshot, "rules/passwd.drl").message()).contains("is a link");
    }

    @Test
    void aRuleFolderThatIsALinkToAFolderElsewhereIsReportedAndNeverRead() throws IOException {
        RuleFolderFixture folder = RuleFolderFixture.copyOfRepository(directory.resolve("rules-root"));
        Path elsewhere = Files.createDirectories(directory.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("outside.yaml"), "secret: true");
        Files.move(folder.root().resolve("scenarios"), directory.resolve("moved-scenarios"));
        Files.createSymbolicLink(folder.root().resolve("scenarios"), elsewhere);

        RuleSetSnapshot snapshot = folder.folder().read();

        assertThat(snapshot.files()).extracting(SourceFile::path).noneMatch(path -> path.startsWith("scenarios/"));
        assertThat(problem(snapshot, "scenarios").message()).contains("is a link");
    }

    @Test
    void aRuleFileLargerThanAnUploadMayBeIsReportedWithoutBeingReadIntoMemory() throws IOException {
        RuleFolderFixture folder = RuleFolderFixture.copyOfRepository(directory.resolve("rules-root"));
        try (RandomAccessFile huge = new RandomAccessFile(folder.root().resolve("rules/huge.drl").toFile(), "rw")) {
            huge.setLength(100L * 1024 * 1024);
        }

        RuleSetSnapshot snapshot = folder.folder().read();

        assertThat(snapshot.files()).extracting(SourceFile::path).doesNotContain("rules/huge.drl");
        assertThat(problem(snapshot, "rules/huge.drl").message()).contains("larger than a rule file may be").contains("5242880");
    }

    @Test
    void aRuleFileWhosePathNoUploadCouldHaveIsReported() {
        RuleFolderFixture folder = RuleFolderFixture.copyOfRepository(directory.resolve("rules-root"));
        String deep = "rules/" + "deeper-and-deeper-folder/".repeat(9) + "x.drl";
        folder.write(deep, "package rules;\n");

        RuleSetSnapshot snapshot = folder.folder().read();

        assertThat(snapshot.files()).extracting(SourceFile::path).doesNotContain(deep);
        assertThat(snapshot.fileProblems()).anySatisfy(found -> assertThat(found.message()).contains("at most 200"));
    }

    @Test
    void theRepositorysOwnRuleFolderHasNoProblems() {
        assertThat(RepositoryRuleSet.folder().read().fileProblems()).isEmpty();
    }

    @Test
    void nothingIsWrittenThroughALinkedFolderAndNoTemporaryFileIsLeft() throws IOException {
        RuleFolderFixture folder = RuleFolderFixture.copyOfRepository(directory.resolve("rules-root"));
        RuleSetSnapshot snapshot = folder.folder().read();
        Path elsewhere = Files.createDirectories(directory.resolve("elsewhere"));
        Files.createSymbolicLink(folder.root().resolve("rules/linked"), elsewhere);
        List<SourceFile> files = new java.util.ArrayList<>(snapshot.files());
        files.add(new SourceFile("rules/linked/planted.drl", "package rules;\n".getBytes()));

        assertThatThrownBy(() -> folder.folder().replaceWith(new RuleSetSnapshot(files, List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("link");

        try (Stream<Path> outside = Files.list(elsewhere)) {
            assertThat(outside).isEmpty();
        }
        try (Stream<Path> all = Files.walk(folder.root())) {
            assertThat(all.map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.startsWith(".incoming-"));
        }
    }

    @Test
    void aPathThatMayNotBeARuleFilesIsRefusedBeforeAnythingIsWritten() {
        RuleFolderFixture folder = RuleFolderFixture.copyOfRepository(directory.resolve("rules-root"));
        RuleSetSnapshot before = folder.folder().read();
        List<SourceFile> files = new java.util.ArrayList<>(before.files());
        files.add(0, new SourceFile("rules/a-new-rule.drl", "package rules;\n".getBytes()));
        files.add(new SourceFile("rules/" + "x".repeat(300) + ".drl", "package rules;\n".getBytes()));

        assertThatThrownBy(() -> folder.folder().replaceWith(new RuleSetSnapshot(files, List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 200");

        assertThat(folder.folder().read().version()).isEqualTo(before.version());
    }

    private static RuleSetProblem problem(RuleSetSnapshot snapshot, String file) {
        return snapshot.fileProblems().stream().filter(found -> found.location().describe().contains(file)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem about " + file + " in " + snapshot.fileProblems()));
    }
}
