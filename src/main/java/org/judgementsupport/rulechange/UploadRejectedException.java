package org.judgementsupport.rulechange;

import java.util.List;

/** Uploaded rule files were refused before validation; nothing was stored. Each reason names the file and why. */
public class UploadRejectedException extends RuntimeException {

    private final transient List<String> reasons;

    public UploadRejectedException(List<String> reasons) {
        super(String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
