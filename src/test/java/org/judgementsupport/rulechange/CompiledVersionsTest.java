package org.judgementsupport.rulechange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.judgementsupport.ruleset.RuleLocation;
import org.judgementsupport.ruleset.RuleSet;
import org.judgementsupport.ruleset.RuleSetLoader;
import org.judgementsupport.ruleset.RuleSetProblem;
import org.judgementsupport.ruleset.RuleSetRegistry;
import org.judgementsupport.ruleset.RuleSetSnapshot;
import org.junit.jupiter.api.Test;

/** Kept versions are compiled once however many ask at the same time, and never when checking them took too much. */
class CompiledVersionsTest {

    private final RuleSetArchive archive = mock(RuleSetArchive.class);
    private final RuleSetLoader loader = mock(RuleSetLoader.class);
    private final RuleSetRegistry registry = mock(RuleSetRegistry.class);
    private final RuleSet inService = mock(RuleSet.class);
    private final RuleSet earlier = mock(RuleSet.class);
    private final CompiledVersions versions = new CompiledVersions(archive, loader, registry);

    CompiledVersionsTest() {
        when(inService.version()).thenReturn("in-service");
        when(registry.active()).thenReturn(inService);
        when(archive.snapshot("earlier")).thenReturn(Optional.of(new RuleSetSnapshot(List.of(), List.of())));
    }

    @Test
    void requestsForTheSameVersionAtTheSameTimeCompileItOnce() throws Exception {
        when(loader.load(any())).thenAnswer(invocation -> {
            Thread.sleep(300);
            return earlier;
        });
        ExecutorService requests = Executors.newFixedThreadPool(4);
        try {
            Callable<Optional<RuleSet>> request = () -> versions.ruleSet("earlier");
            List<Future<Optional<RuleSet>>> answers = requests.invokeAll(List.of(request, request, request, request));
            for (Future<Optional<RuleSet>> answer : answers) {
                assertThat(answer.get()).containsSame(earlier);
            }
        } finally {
            requests.shutdownNow();
        }
        assertThat(versions.ruleSet("earlier")).containsSame(earlier);
        verify(loader, times(1)).load(any());
    }

    @Test
    void theVersionInServiceIsTheRegistrysOwnAndNeverCompiledAgain() {
        assertThat(versions.ruleSet("in-service")).containsSame(inService);
        verify(loader, never()).load(any());
    }

    @Test
    void aVersionWhoseCheckTookTooMuchIsNeverCompiledHere() {
        ValidationReport overBudget = mock(ValidationReport.class);
        when(overBudget.errors()).thenReturn(List.of(new RuleSetProblem(RuleSetProblem.Kind.TOO_MUCH_WORK, RuleLocation.ofFile("rules"),
                "checking the rule set took longer than 60 seconds")));
        when(archive.report("earlier")).thenReturn(Optional.of(overBudget));

        assertThat(versions.ruleSet("earlier")).isEmpty();
        verify(loader, never()).load(any());
    }
}
