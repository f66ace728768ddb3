package org.judgementsupport.targeting;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.LocalDate;
import org.judgementsupport.realdata.RealData;
import org.judgementsupport.realdata.RealDataFolder;
import org.judgementsupport.ruleset.RuleSet;
import org.judgementsupport.ruleset.RuleSetRegistry;
import org.judgementsupport.system.InvalidParameterException;
import org.springframework.stereotype.Service;

/**
 * Where to look next, as of a date, with the rule set in service and the configured download of the published
 * statistics. The API, the CSV download and (later) the page all ask this, so they can never disagree.
 */
@Service
public class TargetingService {

    /** A few dates under a few rule-set versions: a ranking is the same until the rules or the statistics change. */
    private static final int RANKINGS_KEPT = 32;

    private final RealDataFolder folder;
    private final RuleSetRegistry registry;
    private final Clock clock;
    private final Cache<String, Ranking> rankings = Caffeine.newBuilder().maximumSize(RANKINGS_KEPT).build();
    private RealData scoredData;
    private Scoring scoring;

    public TargetingService(RealDataFolder folder, RuleSetRegistry registry, Clock clock) {
        this.folder = folder;
        this.registry = registry;
        this.clock = clock;
    }

    /**
     * Every authority ranked as of the date.
     *
     * @throws InvalidParameterException naming {@code asOf} when it is in the future or before anything was published
     */
    public Ranking ranking(LocalDate asOf) {
        Scoring current = scoring();
        LocalDate today = LocalDate.now(clock);
        if (asOf.isAfter(today)) {
            throw new InvalidParameterException("asOf", asOf, "must not be after today (" + today + "): a ranking uses only what was published before its date");
        }
        LocalDate earliest = current.earliestAsOf().orElse(today.plusDays(1));
        if (asOf.isBefore(earliest)) {
            throw new InvalidParameterException("asOf", asOf, "must be on or after " + earliest
                    + ", the day after the first children's social work workforce release, which lists the authorities, was published");
        }
        RuleSet ruleSet = registry.active();
        // Rankings are forgotten when the statistics are read again (see scoring()), so the rules and the date identify one.
        return rankings.get(ruleSet.version() + "/" + asOf, key -> current.rank(ruleSet, asOf));
    }

    /** The statistics are read again when their files change; the history and neighbours with them. */
    private synchronized Scoring scoring() {
        RealData data = folder.data();
        if (data != scoredData) {
            scoring = Scoring.of(data);
            scoredData = data;
            rankings.invalidateAll();
        }
        return scoring;
    }
}
