package org.judgementsupport.system;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** RFC 7807 problems as every advice writes them: a status, a stable type, a title for people and what to do. */
public final class Problems {

    private Problems() {
    }

    /**
     * @param type   one of {@link ProblemTypes}
     * @param title  a short summary, the same for every problem of the type
     * @param detail this occurrence: what was wrong and what to do about it
     */
    public static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }
}
