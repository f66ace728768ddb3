/**
 * The engines a team might pick instead, measured against this service's: the default criteria as a KIE DMN model
 * and in plain Java, both built from the repository's workbooks, held to the service's judgement case by case
 * ({@code PeerEquivalenceTest}) and timed side by side ({@code EngineChoiceBenchmark}, {@code EngineChoiceBuildBenchmark}).
 * Compiled and run in the {@code bench} Maven profile only, which alone brings KIE DMN; figures in
 * {@code docs/benchmarks.md}.
 */
package org.judgementsupport.benchmark.peers;
