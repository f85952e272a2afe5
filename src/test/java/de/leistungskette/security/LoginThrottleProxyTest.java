package de.leistungskette.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.leistungskette.EngineTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

/**
 * The login throttle counts the connection's address: an {@code X-Forwarded-For} header from a
 * client that reaches the port directly (no proxy is trusted by default) gives it no fresh budget.
 */
@EngineTest
class LoginThrottleProxyTest {

  @LocalServerPort int port;
  @Autowired FilterRegistrationBean<LoginThrottle> loginThrottle;

  @Test
  void a_forwarded_for_header_from_an_untrusted_client_does_not_change_the_counted_address() throws Exception {
    LoginThrottle throttle = loginThrottle.getFilter();
    int before = throttle.failuresOf("127.0.0.1") + throttle.failuresOf("0:0:0:0:0:0:0:1");
    HttpRequest guess = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/engine-rest/engine"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            "proxy-test:falsch".getBytes(StandardCharsets.UTF_8)))
        .header("X-Forwarded-For", "203.0.113.7").GET().build();
    HttpResponse<String> answer = HttpClient.newHttpClient().send(guess, HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(throttle.failuresOf("203.0.113.7")).isZero();
    assertThat(throttle.failuresOf("127.0.0.1") + throttle.failuresOf("0:0:0:0:0:0:0:1")).isEqualTo(before + 1);
  }
}
