package org.judgementsupport.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses JSON bodies over their limit ({@link RequestLimits}) with 413, before anything reads them: at once when the
 * length is declared, and as soon as the limit is passed when the body is streamed without one.
 */
@Component
class RequestSizeFilter extends OncePerRequestFilter {

    private final RequestLimits limits;
    private final ObjectMapper mapper;

    RequestSizeFilter(RequestLimits limits, ObjectMapper mapper) {
        this.limits = limits;
        this.mapper = mapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType == null || !contentType.toLowerCase().contains("json");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = (RequestLimits.isBatchPath(request.getRequestURI()) ? limits.maxBatchBody() : limits.maxJsonBody()).toBytes();
        if (request.getContentLengthLong() > limit) {
            ProblemDetail problem = Problems.problem(HttpStatus.PAYLOAD_TOO_LARGE, ProblemTypes.REQUEST_TOO_LARGE, "The request is too large",
                    "The body is " + request.getContentLengthLong() + " bytes; the most accepted is " + limit + " bytes.");
            problem.setProperty("limitBytes", limit);
            Problems.write(response, problem, mapper);
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    /** Counts the bytes read and fails once the limit is passed. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long limit;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream body = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int next = body.read();
                    if (next >= 0 && ++read > limit) {
                        throw new RequestTooLargeException(limit);
                    }
                    return next;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int count = body.read(buffer, offset, length);
                    if (count > 0 && (read += count) > limit) {
                        throw new RequestTooLargeException(limit);
                    }
                    return count;
                }

                @Override
                public boolean isFinished() {
                    return body.isFinished();
                }

                @Override
                public boolean isReady() {
                    return body.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    body.setReadListener(listener);
                }
            };
        }
    }
}
