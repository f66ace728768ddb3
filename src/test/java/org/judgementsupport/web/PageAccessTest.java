package org.judgementsupport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.judgementsupport.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may open which page, in one table like the API's: for every page and every role, the page's own answer for
 * those allowed, "you cannot see this page" (403) for the others, and the sign-in page for anyone not signed in.
 * Every page the service has must be in the table.
 */
class PageAccessTest extends PageTest {

    private static final Set<Role> ANYONE = EnumSet.allOf(Role.class);
    private static final String NO_SUCH_ID = UUID.randomUUID().toString();
    private static final String NO_SUCH_ACCOUNT = "no-such-account";
    private static final String NO_SUCH_VERSION = "abcdef123456";

    /** A page: how it is asked for, the roles it opens to (null: public), and the status it answers them with. */
    record Page(HttpMethod method, String mapping, String path, Set<Role> roles, int allowedStatus, int anonymousStatus) {

        Page(HttpMethod method, String mapping, String path, Set<Role> roles, int allowedStatus) {
            this(method, mapping, path, roles, allowedStatus, allowedStatus);
        }
    }

    static final List<Page> PAGES = List.of(
            // Someone signed in has no use for the sign-in page: it sends them to the start.
            new Page(HttpMethod.GET, "/sign-in", "/sign-in", null, 302, 200),
            new Page(HttpMethod.GET, "/accessibility", "/accessibility", null, 200),
            new Page(HttpMethod.GET, "/", "/", ANYONE, 200),
            new Page(HttpMethod.GET, "/forbidden", "/forbidden", ANYONE, 403),
            new Page(HttpMethod.GET, "/account/password", "/account/password", ANYONE, 200),
            new Page(HttpMethod.POST, "/account/password", "/account/password", ANYONE, 200),
            new Page(HttpMethod.GET, "/judgements/new", "/judgements/new", EnumSet.of(Role.INSPECTOR), 200),
            new Page(HttpMethod.POST, "/judgements/new", "/judgements/new", EnumSet.of(Role.INSPECTOR), 200),
            new Page(HttpMethod.POST, "/judgements/new/prefill", "/judgements/new/prefill", EnumSet.of(Role.INSPECTOR), 200),
            new Page(HttpMethod.GET, "/judgements", "/judgements", EnumSet.of(Role.INSPECTOR, Role.MODERATOR), 200),
            new Page(HttpMethod.GET, "/judgements/{id}", "/judgements/" + NO_SUCH_ID, EnumSet.of(Role.INSPECTOR, Role.MODERATOR), 404),
            new Page(HttpMethod.GET, "/judgements/{id}.pdf", "/judgements/" + NO_SUCH_ID + ".pdf", EnumSet.of(Role.INSPECTOR, Role.MODERATOR), 404),
            new Page(HttpMethod.GET, "/targeting", "/targeting?asOf=2024-04-01", EnumSet.of(Role.INSPECTOR, Role.MODERATOR, Role.POLICY), 200),
            new Page(HttpMethod.GET, "/targeting/ranking.csv", "/targeting/ranking.csv?asOf=2024-04-01",
                    EnumSet.of(Role.INSPECTOR, Role.MODERATOR, Role.POLICY), 200),
            new Page(HttpMethod.GET, "/moderation", "/moderation", EnumSet.of(Role.MODERATOR), 200),
            // Sent with nothing chosen: the form again, saying so.
            new Page(HttpMethod.POST, "/moderation/reports", "/moderation/reports", EnumSet.of(Role.MODERATOR), 200),
            new Page(HttpMethod.GET, "/moderation/template.csv", "/moderation/template.csv", EnumSet.of(Role.MODERATOR), 200),
            new Page(HttpMethod.GET, "/moderation/reports/{id}", "/moderation/reports/" + NO_SUCH_ID, EnumSet.of(Role.MODERATOR), 404),
            new Page(HttpMethod.GET, "/moderation/reports/{id}/progress", "/moderation/reports/" + NO_SUCH_ID + "/progress", EnumSet.of(Role.MODERATOR), 404),
            new Page(HttpMethod.GET, "/moderation/reports/{id}/report.json", "/moderation/reports/" + NO_SUCH_ID + "/report.json",
                    EnumSet.of(Role.MODERATOR), 404),
            new Page(HttpMethod.GET, "/moderation/reports/{id}/cases.csv", "/moderation/reports/" + NO_SUCH_ID + "/cases.csv",
                    EnumSet.of(Role.MODERATOR), 404),
            new Page(HttpMethod.GET, "/moderation/reports/{id}/areas.csv", "/moderation/reports/" + NO_SUCH_ID + "/areas.csv",
                    EnumSet.of(Role.MODERATOR), 404),
            new Page(HttpMethod.GET, "/accounts", "/accounts", EnumSet.of(Role.ADMIN), 200),
            new Page(HttpMethod.GET, "/accounts/new", "/accounts/new", EnumSet.of(Role.ADMIN), 200),
            // Sent empty: the form again, saying what is missing.
            new Page(HttpMethod.POST, "/accounts/new", "/accounts/new", EnumSet.of(Role.ADMIN), 200),
            new Page(HttpMethod.GET, "/accounts/{username}", "/accounts/" + NO_SUCH_ACCOUNT, EnumSet.of(Role.ADMIN), 404),
            new Page(HttpMethod.POST, "/accounts/{username}/roles", "/accounts/" + NO_SUCH_ACCOUNT + "/roles", EnumSet.of(Role.ADMIN), 404),
            new Page(HttpMethod.POST, "/accounts/{username}/enabled", "/accounts/" + NO_SUCH_ACCOUNT + "/enabled", EnumSet.of(Role.ADMIN), 404),
            new Page(HttpMethod.POST, "/accounts/{username}/password-reset", "/accounts/" + NO_SUCH_ACCOUNT + "/password-reset",
                    EnumSet.of(Role.ADMIN), 404),
            new Page(HttpMethod.GET, "/rulesets", "/rulesets", EnumSet.of(Role.POLICY), 200),
            new Page(HttpMethod.GET, "/rulesets/propose", "/rulesets/propose", EnumSet.of(Role.POLICY), 200),
            // Nothing uploaded and no reason given: the form again, with the error summary.
            new Page(HttpMethod.POST, "/rulesets/propose", "/rulesets/propose", EnumSet.of(Role.POLICY), 200),
            new Page(HttpMethod.GET, "/rulesets/catalogue", "/rulesets/catalogue?search=caseload", EnumSet.of(Role.POLICY), 200),
            new Page(HttpMethod.GET, "/rulesets/changes", "/rulesets/changes", EnumSet.of(Role.POLICY), 200),
            new Page(HttpMethod.GET, "/rulesets/{version}", "/rulesets/" + NO_SUCH_VERSION, EnumSet.of(Role.POLICY), 404),
            new Page(HttpMethod.GET, "/rulesets/{version}/report", "/rulesets/" + NO_SUCH_VERSION + "/report", EnumSet.of(Role.POLICY), 404),
            new Page(HttpMethod.GET, "/rulesets/{version}/impact", "/rulesets/" + NO_SUCH_VERSION + "/impact", EnumSet.of(Role.POLICY), 404),
            new Page(HttpMethod.GET, "/rulesets/{version}/activate", "/rulesets/" + NO_SUCH_VERSION + "/activate", EnumSet.of(Role.POLICY), 404),
            new Page(HttpMethod.POST, "/rulesets/{version}/activate", "/rulesets/" + NO_SUCH_VERSION + "/activate", EnumSet.of(Role.POLICY), 404),
            new Page(HttpMethod.GET, "/rulesets/{version}/approve", "/rulesets/" + NO_SUCH_VERSION + "/approve", EnumSet.of(Role.POLICY), 404),
            new Page(HttpMethod.POST, "/rulesets/{version}/approve", "/rulesets/" + NO_SUCH_VERSION + "/approve", EnumSet.of(Role.POLICY), 404),
            new Page(HttpMethod.POST, "/rulesets/{version}/reject", "/rulesets/" + NO_SUCH_VERSION + "/reject", EnumSet.of(Role.POLICY), 404),
            new Page(HttpMethod.POST, "/rulesets/{version}/rebase", "/rulesets/" + NO_SUCH_VERSION + "/rebase", EnumSet.of(Role.POLICY), 404),
            new Page(HttpMethod.GET, "/rulesets/{version}/files/**", "/rulesets/" + NO_SUCH_VERSION + "/files/rules/none.drl",
                    EnumSet.of(Role.POLICY), 404),
            new Page(HttpMethod.GET, "/rulesets/{version}/rule-folder.zip", "/rulesets/" + NO_SUCH_VERSION + "/rule-folder.zip",
                    EnumSet.of(Role.POLICY), 404));

    @Autowired
    WebApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private MockMvc pages;

    @BeforeEach
    void pages() {
        pages = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @TestFactory
    Stream<DynamicTest> eachPageOpensToItsRolesOnly() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Page page : PAGES) {
            tests.add(DynamicTest.dynamicTest(page.method() + " " + page.mapping() + " not signed in", () -> {
                MvcResult result = pages.perform(request(page)).andReturn();
                if (page.roles() == null) {
                    assertThat(result.getResponse().getStatus()).isEqualTo(page.anonymousStatus());
                } else {
                    assertThat(result.getResponse().getStatus()).isEqualTo(302);
                    assertThat(result.getResponse().getRedirectedUrl()).endsWith("/sign-in");
                }
            }));
            for (Role role : Role.values()) {
                tests.add(DynamicTest.dynamicTest(page.method() + " " + page.mapping() + " as " + role, () -> {
                    MvcResult result = pages.perform(request(page).with(user("someone-" + role).roles(role.name()))).andReturn();
                    boolean allowed = page.roles() == null || page.roles().contains(role);
                    if (allowed) {
                        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(page.allowedStatus());
                    } else {
                        assertThat(result.getResponse().getStatus()).isEqualTo(403);
                        assertThat(result.getResponse().getForwardedUrl()).isEqualTo("/forbidden");
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void aPageThatDoesNotExistIsPageNotFoundWhateverTheRolesAndSignInFirstForAnyoneNotSignedIn() throws Exception {
        for (String path : List.of("/judgements/new/typo", "/judgements/" + NO_SUCH_ID + "/typo", "/rulesets/typo/typo", "/accounts/typo/typo", "/no-such-page")) {
            MvcResult signedOut = pages.perform(MockMvcRequestBuilders.get(path).accept(MediaType.TEXT_HTML)).andReturn();
            assertThat(signedOut.getResponse().getStatus()).as(path).isEqualTo(302);
            assertThat(signedOut.getResponse().getRedirectedUrl()).endsWith("/sign-in");
            for (Role role : Role.values()) {
                MvcResult result = pages.perform(MockMvcRequestBuilders.get(path).accept(MediaType.TEXT_HTML)
                        .with(user("someone-" + role).roles(role.name()))).andReturn();

                assertThat(result.getResponse().getStatus()).as(path + " as " + role).isEqualTo(404);
                assertThat(result.getResponse().getContentAsString()).as(path + " as " + role).contains("Page not found");
            }
        }
    }

    @Test
    void theTableListsEveryPageTheServiceHas() {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            Class<?> controller = mapping.getValue().getBeanType();
            if (!controller.getPackageName().startsWith(PageTest.class.getPackageName()) && !controller.isAnnotationPresent(PageController.class)) {
                continue;
            }
            for (String pattern : mapping.getKey().getPatternValues()) {
                for (var method : mapping.getKey().getMethodsCondition().getMethods()) {
                    if (PAGES.stream().noneMatch(page -> page.mapping().equals(pattern) && page.method().name().equals(method.name()))) {
                        missing.add(method + " " + pattern);
                    }
                }
            }
        }
        assertThat(missing).as("pages missing from the page access table").isEmpty();
    }

    private static MockHttpServletRequestBuilder request(Page page) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(page.method(), page.path()).accept(MediaType.TEXT_HTML);
        return page.method() == HttpMethod.POST ? request.with(csrf()) : request;
    }
}
