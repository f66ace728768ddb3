package org.judgementsupport.web;

/**
 * Marks the package whose controllers are pages: the page model and the page error handling apply to controllers in
 * this package and below it, and to those marked {@link PageController}, never to the API's.
 */
final class PageModelScope {

    private PageModelScope() {
    }
}
