/**
 * What every feature uses and none owns: the injected clock; {@link org.judgementsupport.system.Refusal}, the one type
 * every refusal extends, with its {@link org.judgementsupport.system.ProblemTypes type} and
 * {@link org.judgementsupport.system.FieldProblem field problems}, answered as RFC 7807 problem details in one place
 * (Tomcat's own errors included); limits on request bodies; canonical JSON for what is hashed and
 * compared; how moments are stored; and the API documentation. It depends on no feature package.
 */
package org.judgementsupport.system;
