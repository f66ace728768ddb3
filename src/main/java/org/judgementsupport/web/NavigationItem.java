package org.judgementsupport.web;

/** A link in the service navigation; {@code current} when the page shown is under it. */
public record NavigationItem(String text, String href, boolean current) {

    /**
     * The modifier class of the current item. Written here, not in the template, because Thymeleaf reads a double
     * underscore in an attribute expression as a preprocessing marker, and GOV.UK Frontend's class names have them.
     */
    public String activeClass() {
        return current ? "govuk-service-navigation__item--active" : "";
    }
}
