package org.judgementsupport.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page controller that lives with its feature instead of in this package, because what it calls is that
 * feature's own (the rule-set pages call rulechange's services, which nothing outside rulechange may depend on). The
 * page model and the page error handling apply to it as to the pages here; the API's controllers never carry it.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PageController {
}
