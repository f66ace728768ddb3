/**
 * The web pages for inspectors, policy staff, moderation panels and administrators: server-rendered with Thymeleaf,
 * built from GOV.UK Design System components (GOV.UK Frontend from its WebJar), working without JavaScript.
 *
 * <p>Pages never re-implement what the API does: they call the same services, and a refusal the API would answer with
 * problem details becomes the GOV.UK error summary, with a link to each field at fault. One layout
 * ({@code templates/fragments/layout.html}) and small fragments; controllers only fill a model.
 *
 * <p>A page that calls a feature's own services lives in that feature, marked {@link PageController}, as policy
 * staff's rule-set pages do in rulechange.
 */
package org.judgementsupport.web;
