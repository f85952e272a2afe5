package de.leistungskette.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Failed logins per client address: slowed after a limit, never a lock-out of other clients. */
class LoginThrottleTest {

  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-20T08:00:00Z"));
  private final Clock clock = new Clock() {
    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  };
  private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), clock);

  @Test
  void a_client_with_too_many_failed_logins_waits_until_the_window_has_passed() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(attempt("10.0.0.7", 401).getStatus()).isEqualTo(401);
      now.set(now.get().plusSeconds(60));
    }

    MockHttpServletResponse refused = attempt("10.0.0.7", 200);
    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(refused.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("Zu viele fehlgeschlagene Anmeldungen");
    // the first failure was at 08:00, so the window frees at 08:15; it is 08:03 now
    assertThat(refused.getHeader("Retry-After")).isEqualTo("720");

    // another client is not affected
    assertThat(attempt("10.0.0.8", 200).getStatus()).isEqualTo(200);

    now.set(Instant.parse("2026-11-20T08:15:00Z"));
    assertThat(attempt("10.0.0.7", 200).getStatus()).isEqualTo(200);
  }

  @Test
  void requests_without_credentials_are_never_throttled() throws Exception {
    for (int i = 0; i < 5; i++) {
      attempt("10.0.0.9", 401);
    }
    MockHttpServletRequest session = new MockHttpServletRequest("GET", "/engine-rest/task");
    session.setServletPath("/engine-rest/task");
    session.setRemoteAddr("10.0.0.9");
    MockHttpServletResponse response = new MockHttpServletResponse();
    throttle.doFilter(session, response, new MockFilterChain());
    assertThat(response.getStatus()).isEqualTo(200);
  }

  @Test
  void the_webapps_login_form_counts_as_a_login() {
    MockHttpServletRequest login = new MockHttpServletRequest("POST", "/camunda/api/admin/auth/user/default/login/welcome");
    login.setServletPath("/camunda/api/admin/auth/user/default/login/welcome");
    assertThat(LoginThrottle.isLoginAttempt(login)).isTrue();
  }

  private MockHttpServletResponse attempt(String client, int answer) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
    request.setServletPath("/engine-rest/task");
    request.setRemoteAddr(client);
    request.addHeader("Authorization", "Basic dTI1OmZhbHNjaA==");
    MockHttpServletResponse response = new MockHttpServletResponse();
    throttle.doFilter(request, response, (req, res) -> ((MockHttpServletResponse) res).setStatus(answer));
    return response;
  }
}
