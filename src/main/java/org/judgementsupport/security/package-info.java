/**
 * Who may do what. Every API call but health and the API documentation needs a signed-in user: a local account
 * (bcrypt-hashed password, HTTP Basic) on the embedded default, or a JWT from the organisation's OIDC provider with
 * roles in a configurable claim. Roles: inspectors request judgements and read their own, moderators read all and
 * run consistency reports, policy staff change the rules, administrators manage accounts.
 */
package org.judgementsupport.security;
