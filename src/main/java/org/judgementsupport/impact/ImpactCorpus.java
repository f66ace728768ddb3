package org.judgementsupport.impact;

import java.util.Arrays;
import java.util.Optional;

/** The cases an impact preview re-evaluates. */
public enum ImpactCorpus {
    /** Every judgement stored so far. */
    STORED("stored"),
    /** Every published Ofsted inspection, with the DfE figures published before it (needs the real-data folder). */
    REAL_CASES("real-cases");

    private final String parameter;

    ImpactCorpus(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** The corpus a request parameter names: its parameter name or its constant, in any case. */
    public static Optional<ImpactCorpus> byParameter(String text) {
        return Arrays.stream(values()).filter(corpus -> corpus.parameter.equalsIgnoreCase(text) || corpus.name().equalsIgnoreCase(text)).findFirst();
    }
}
