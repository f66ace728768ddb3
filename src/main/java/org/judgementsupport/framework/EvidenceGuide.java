package org.judgementsupport.framework;

import java.util.List;

/**
 * Which evidence informs which area under a framework. The evidence vocabulary knows, and lives in a package that
 * depends on this one, so it answers through this interface.
 */
public interface EvidenceGuide {

    /** The evidence paths that inform the area under the framework: its evaluation of practice first, then indicators. */
    List<String> evidenceFor(Framework framework, JudgementArea area);

    /** Evidence the framework does not read at all, e.g. the adoption group under ILACS. */
    List<String> notRead(Framework framework);
}
