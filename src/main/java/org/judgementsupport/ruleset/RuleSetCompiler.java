package org.judgementsupport.ruleset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles the DRL of a rule set into a Drools knowledge base, reporting compile errors where policy staff can find
 * them.
 *
 * <p>Rules are compiled at runtime from the folders (a DRL project in the MVEL dialect: the quickest warm rebuild,
 * and compile errors keep their DRL line). Each build gets its own release id, removed from Drools' repository once
 * the knowledge base exists, so rebuilds neither collide nor accumulate.
 */
final class RuleSetCompiler {

    /** Generated-Java noise Drools adds to some messages, e.g. "Rule_Foo_12Defaultconsequence.java (8:345) : ". */
    private static final Pattern GENERATED_JAVA = Pattern.compile("[\\w$]+\\.java\\s*\\(\\d+:\\d+\\)\\s*:\\s*");
    private static final AtomicLong BUILDS = new AtomicLong();

    private final KieServices kieServices = KieServices.get();

    record Compiled(KieBase kieBase) {
    }

    /**
     * @return the knowledge base, or nothing when there were compile errors, which are added to {@code problems}
     */
    Optional<Compiled> compile(List<RuleSource> sources, CellLocator cells, List<RuleSetProblem> problems) {
        ReleaseId releaseId = kieServices.newReleaseId("org.judgementsupport.rules", "build-" + BUILDS.incrementAndGet(), "1.0.0");
        KieFileSystem files = kieServices.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        Map<String, RuleSource> byResourcePath = new LinkedHashMap<>();
        int index = 0;
        for (RuleSource source : sources) {
            // Placing each file under its package's folder keeps Drools from warning about the mismatch.
            String resourcePath = source.packageName().replace('.', '/') + "/source-" + (index++) + ".drl";
            byResourcePath.put(resourcePath, source);
            files.write("src/main/resources/" + resourcePath, source.drl());
        }
        KieBuilder builder;
        try {
            builder = kieServices.newKieBuilder(files).buildAll(DrlProject.class);
        } catch (RuntimeException failure) {
            problems.add(new RuleSetProblem(RuleSetProblem.Kind.COMPILE_ERROR, RuleLocation.ofFile(RuleSetFolder.RULES),
                    "Drools could not build the rule set: " + failure.getMessage()));
            return Optional.empty();
        }
        List<RuleSetProblem> errors = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            RuleSource source = byResourcePath.get(message.getPath());
            String text = clean(message.getText());
            RuleLocation location = source == null ? RuleLocation.ofFile(RuleSetFolder.RULES) : cells.quotedCell(source.locate(message.getLine()), text);
            // Drools adds this after any syntax error in a file; the real error is reported alongside it.
            if (!text.startsWith("Parser returned a null Package")) {
                errors.add(new RuleSetProblem(RuleSetProblem.Kind.COMPILE_ERROR, location, text));
            }
        }
        if (!errors.isEmpty()) {
            problems.addAll(errors);
            kieServices.getRepository().removeKieModule(releaseId);
            return Optional.empty();
        }
        KieBase kieBase = kieServices.newKieContainer(releaseId).getKieBase();
        kieServices.getRepository().removeKieModule(releaseId);
        return Optional.of(new Compiled(kieBase));
    }

    private static String clean(String text) {
        return GENERATED_JAVA.matcher(text).replaceAll("").replaceAll("\\s+", " ").trim();
    }
}
