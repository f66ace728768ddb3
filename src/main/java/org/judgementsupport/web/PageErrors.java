package org.judgementsupport.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.judgementsupport.security.SecurityPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors on pages are pages: "Page not found" for an address that does not exist (the API answers the same with
 * problem details), and "Sorry, there is a problem with the service" with a reference to quote, for a failure.
 */
@ControllerAdvice(basePackageClasses = PageModelScope.class, annotations = PageController.class)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(Exception.class)
    ModelAndView failure(Exception failure) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Page failed (reference {})", reference, failure);
        ModelAndView page = new ModelAndView("errors/problem", HttpStatus.INTERNAL_SERVER_ERROR);
        page.addObject("reference", reference);
        return page;
    }

    /** Resolves a missing page before the API's problem details do, for browsers only; everything else passes on. */
    static final class NotFound implements HandlerExceptionResolver, Ordered {

        @Override
        public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
            if (!(failure instanceof NoResourceFoundException) || SecurityPaths.isApi(request) || !acceptsHtml(request)) {
                return null;
            }
            return new ModelAndView("errors/not-found", HttpStatus.NOT_FOUND);
        }

        private static boolean acceptsHtml(HttpServletRequest request) {
            String accept = request.getHeader("Accept");
            return accept != null && MediaType.parseMediaTypes(accept).stream().anyMatch(type -> type.includes(MediaType.TEXT_HTML));
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
