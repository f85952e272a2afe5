package de.leistungskette.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.leistungskette.EngineTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Other systems' logins are kept for a minute ({@link LoginCache}): a password changed through
 * Leistungskette takes effect at once, one changed behind its back (another node, the database)
 * within the bound.
 */
@EngineTest
class LoginCacheRestTest {

  private static final String USER = "login.cache";

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identityService;

  @BeforeEach
  void user() {
    User user = identityService.newUser(USER);
    user.setPassword("Erstes-Passwort-2026");
    identityService.saveUser(user);
  }

  @AfterEach
  void remove() {
    identityService.deleteUser(USER);
    ClockUtil.reset();
  }

  @Test
  void a_password_changed_through_the_api_takes_effect_at_once() {
    assertThat(status("Erstes-Passwort-2026", HttpMethod.GET, "/engine-rest/user/" + USER + "/profile", null))
        .isEqualTo(200);

    assertThat(status("Erstes-Passwort-2026", HttpMethod.PUT, "/engine-rest/user/" + USER + "/credentials",
        "{\"password\": \"Zweites-Passwort-2026\", \"authenticatedUserPassword\": \"Erstes-Passwort-2026\"}"))
        .isEqualTo(204);

    assertThat(status("Erstes-Passwort-2026", HttpMethod.GET, "/engine-rest/user/" + USER + "/profile", null))
        .isEqualTo(401);
    afterTheLoginDelay();
    assertThat(status("Zweites-Passwort-2026", HttpMethod.GET, "/engine-rest/user/" + USER + "/profile", null))
        .isEqualTo(200);
  }

  @Test
  void a_password_changed_behind_its_back_counts_within_the_bound_and_a_wrong_one_never() {
    assertThat(status("Erstes-Passwort-2026", HttpMethod.GET, "/engine-rest/user/" + USER + "/profile", null))
        .isEqualTo(200);
    User user = identityService.createUserQuery().userId(USER).singleResult();
    user.setPassword("Drittes-Passwort-2026");
    identityService.saveUser(user);

    // kept for at most leistungskette.security.login-cache (one minute)
    assertThat(status("Erstes-Passwort-2026", HttpMethod.GET, "/engine-rest/user/" + USER + "/profile", null))
        .isEqualTo(200);
    assertThat(status("Falsches-Passwort", HttpMethod.GET, "/engine-rest/user/" + USER + "/profile", null))
        .isEqualTo(401);
    afterTheLoginDelay();
    assertThat(status("Drittes-Passwort-2026", HttpMethod.GET, "/engine-rest/user/" + USER + "/profile", null))
        .isEqualTo(200);
  }

  /** A wrong password delays the account's next login by a second (EngineSettingsPlugin). */
  private static void afterTheLoginDelay() {
    ClockUtil.offset(2_000L);
  }

  private int status(String password, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(USER, password).exchange(path, method, new HttpEntity<>(body, headers), String.class)
        .getStatusCode().value();
  }
}
