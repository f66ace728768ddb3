package org.judgementsupport.security;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import org.judgementsupport.system.FieldProblem;
import org.judgementsupport.system.WebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

/** Each refusal of the account routes, as the problem details a caller gets. */
@WebMvcTest(UserController.class)
@Import(WebSlice.class)
class AccountProblemsTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    UserAccounts accounts;

    @Test
    void anAccountRequestWithFieldsAtFaultIsRefusedNamingEach() throws Exception {
        when(accounts.create(anyString(), any(), anyString())).thenThrow(new AccountRequestException(List.of(
                new FieldProblem("username", "a", "must be 2 to 100 letters"), new FieldProblem("roles", List.of(), "must name a role"))));

        mvc.perform(post("/api/v1/users").with(user("admin").roles("ADMIN")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"username\": \"a\", \"roles\": []}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("""
                        {"type": "/problems/invalid-account-request", "title": "The account request was not accepted", "status": 400,
                         "detail": "2 field(s) need correcting; nothing was changed.", "instance": "/api/v1/users",
                         "errors": [{"field": "username", "rejectedValue": "a", "reason": "must be 2 to 100 letters"},
                                    {"field": "roles", "rejectedValue": [], "reason": "must name a role"}]}""", JsonCompareMode.STRICT));
    }

    @Test
    void anAccountNotKnownIsNotFound() throws Exception {
        when(accounts.find("nobody")).thenReturn(Optional.empty());

        mvc.perform(get("/api/v1/users/nobody").with(user("admin").roles("ADMIN")))
                .andExpect(status().isNotFound())
                .andExpect(content().json("""
                        {"type": "/problems/not-found", "title": "No such account", "status": 404, "detail": "No account nobody",
                         "instance": "/api/v1/users/nobody"}""", JsonCompareMode.STRICT));
    }

    @Test
    void theLastAdministratorCannotBeDisabled() throws Exception {
        when(accounts.setEnabled(eq("admin"), eq(false))).thenThrow(new LastAdministratorException("admin"));

        mvc.perform(put("/api/v1/users/admin/enabled").with(user("admin").roles("ADMIN")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\": false}"))
                .andExpect(status().isConflict())
                .andExpect(content().json("""
                        {"type": "/problems/last-administrator", "title": "The last administrator must stay", "status": 409,
                         "detail": "admin is the last enabled administrator; make someone else an administrator first",
                         "instance": "/api/v1/users/admin/enabled"}""", JsonCompareMode.STRICT));
    }
}
