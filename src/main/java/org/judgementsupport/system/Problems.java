package org.judgementsupport.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

    /** For the places before Spring MVC (servlet filters, the security entry points) that write the response themselves. */
    public static void write(HttpServletResponse response, ProblemDetail problem, ObjectMapper json) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
