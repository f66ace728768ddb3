/**
 * Cross-cutting plumbing: the injected clock, RFC 7807 problem details for every error, request limits, and the
 * start-up report when the rule set is refused.
 */
package org.judgementsupport.system;
