package org.judgementsupport.system;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;
import org.springframework.web.ErrorResponseException;

/**
 * A request the service refuses, carrying the answer it gets: an RFC 7807 problem with a status, a stable
 * {@link ProblemTypes type}, a title for people and a detail saying what to do, and any members the kind of refusal
 * adds (the fields at fault, a limit). Every feature refuses by throwing one of these; the one advice,
 * {@link ProblemDetailsAdvice}, answers them all through Spring's own handling of {@link ErrorResponseException}, so
 * no feature maps its exceptions to responses itself.
 */
public abstract class Refusal extends ErrorResponseException {

    private final String message;

    /** A refusal whose message, in logs and commands, is its detail. */
    protected Refusal(HttpStatus status, URI type, String title, String detail) {
        this(detail, status, type, title, detail, null);
    }

    /**
     * @param message what the exception says where no problem is shown: logs, the command line, reports of failed jobs
     * @param type    one of {@link ProblemTypes}
     * @param title   a short summary, the same for every refusal of the type
     * @param detail  this occurrence: what was wrong and what to do about it
     */
    protected Refusal(String message, HttpStatus status, URI type, String title, String detail) {
        this(message, status, type, title, detail, null);
    }

    protected Refusal(String message, HttpStatus status, URI type, String title, String detail, @Nullable Throwable cause) {
        super(status, Problems.problem(status, type, title, detail), cause);
        this.message = message;
    }

    /** Adds a member to the problem, e.g. {@code errors}, the list of what is at fault; members appear in the order added. */
    protected final void property(String name, Object value) {
        getBody().setProperty(name, value);
    }

    @Override
    public String getMessage() {
        return message;
    }
}
