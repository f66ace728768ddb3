package org.judgementsupport.system;

import java.net.URI;

/**
 * The stable {@code type} of each kind of problem the API reports. Clients may branch on these; the titles are for
 * people and may be reworded.
 */
public final class ProblemTypes {

    public static final URI INVALID_EVIDENCE = URI.create("/problems/invalid-evidence");
    public static final URI MALFORMED_JSON = URI.create("/problems/malformed-json");
    public static final URI UNSUPPORTED_MEDIA_TYPE = URI.create("/problems/unsupported-media-type");
    public static final URI REQUEST_TOO_LARGE = URI.create("/problems/request-too-large");
    public static final URI INVALID_RULE_SET = URI.create("/problems/invalid-rule-set");
    /** A stored rule-set version whose files no longer hash to it: changed outside the service, so never used. */
    public static final URI ARCHIVE_ALTERED = URI.create("/problems/archive-altered");
    public static final URI INVALID_UPLOAD = URI.create("/problems/invalid-upload");
    public static final URI NOT_FOUND = URI.create("/problems/not-found");
    public static final URI IDEMPOTENCY_KEY_REUSED = URI.create("/problems/idempotency-key-reused");
    public static final URI INVALID_PARAMETER = URI.create("/problems/invalid-parameter");
    public static final URI REAL_DATA_UNAVAILABLE = URI.create("/problems/real-data-unavailable");
    public static final URI INVALID_BATCH = URI.create("/problems/invalid-batch");
    public static final URI BATCH_TOO_LARGE = URI.create("/problems/batch-too-large");
    public static final URI REPORT_NOT_READY = URI.create("/problems/report-not-ready");
    public static final URI UNAUTHENTICATED = URI.create("/problems/unauthenticated");
    public static final URI FORBIDDEN = URI.create("/problems/forbidden");
    public static final URI CROSS_SITE_REQUEST = URI.create("/problems/cross-site-request");
    public static final URI INVALID_ACCOUNT_REQUEST = URI.create("/problems/invalid-account-request");
    public static final URI LAST_ADMINISTRATOR = URI.create("/problems/last-administrator");
    public static final URI REJECTED_ADDRESS = URI.create("/problems/rejected-address");
    public static final URI MALFORMED_MULTIPART = URI.create("/problems/malformed-multipart");
    public static final URI TOO_MANY_SIGN_IN_ATTEMPTS = URI.create("/problems/too-many-sign-in-attempts");
    public static final URI RULE_FOLDER_NOT_WRITTEN = URI.create("/problems/rule-folder-not-written");
    public static final URI APPROVALS_MISSING = URI.create("/problems/approvals-missing");
    public static final URI STALE_CANDIDATE = URI.create("/problems/stale-candidate");
    public static final URI CANDIDATE_CLOSED = URI.create("/problems/candidate-not-awaiting-approval");
    public static final URI OWN_CANDIDATE = URI.create("/problems/own-candidate");
    public static final URI REBASE_CONFLICT = URI.create("/problems/rebase-conflict");
    public static final URI INTERNAL_ERROR = URI.create("/problems/internal-error");

    private ProblemTypes() {
    }

    /** A type for the standard HTTP errors Spring reports, e.g. {@code /problems/method-not-allowed}. */
    static URI forStatus(int status, String reasonPhrase) {
        return URI.create("/problems/" + (reasonPhrase == null ? String.valueOf(status) : reasonPhrase.toLowerCase().replaceAll("[^a-z]+", "-")));
    }
}
