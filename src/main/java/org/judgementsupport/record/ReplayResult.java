package org.judgementsupport.record;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored judgement made again from its stored evidence with its stored rule-set version.
 *
 * @param id             the judgement
 * @param ruleSetVersion the version used, the one that made it
 * @param identical      whether the new result is exactly the stored one (it must be)
 * @param differences    where they differ, as JSON paths, when they do
 * @param replayedAt     when it was made again
 */
public record ReplayResult(UUID id, String ruleSetVersion, boolean identical, List<String> differences, Instant replayedAt) {
}
