package de.leistungskette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Calls the application's HTTP API as a demo user: with HTTP Basic as another system or a curious
 * person with curl does, or with a webapp session (log-in form, session cookie, CSRF token) as
 * Tasklist and Cockpit do. Paths are sent as written (no normalisation by the client).
 */
public final class ApiCaller {

  private final TestRestTemplate rest;
  private final String user;
  private final HttpHeaders session;

  private ApiCaller(TestRestTemplate rest, String user, HttpHeaders session) {
    this.rest = rest;
    this.user = user;
    this.session = session;
  }

  /** The user with HTTP Basic (password {@code demo}). */
  public static ApiCaller basic(TestRestTemplate rest, String user) {
    return new ApiCaller(rest, user, null);
  }

  /** The user logged in to the webapps as a person does. */
  public static ApiCaller webapp(TestRestTemplate rest, String user) {
    ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
    Map<String, String> cookies = new HashMap<>();
    collect(cookies, page.getHeaders());
    HttpHeaders login = headersFor(cookies);
    login.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<String> answer = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
        new HttpEntity<>("username=" + user + "&password=demo", login), String.class);
    assertThat(answer.getStatusCode().value()).as("Anmeldung von " + user).isEqualTo(200);
    collect(cookies, answer.getHeaders());
    // the log-in starts a new session: its CSRF token comes with the next read, as in the browser
    collect(cookies, rest.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET,
        new HttpEntity<>(headersFor(cookies)), String.class).getHeaders());
    return new ApiCaller(rest, user, headersFor(cookies));
  }

  public String user() {
    return user;
  }

  /** The engine API's prefix this caller uses: {@code /engine-rest} or the webapps' one. */
  public String enginePrefix() {
    return session == null ? "/engine-rest" : "/camunda/api/engine/engine/default";
  }

  /** The session's headers (cookie, CSRF token) for a request of one's own; none for Basic. */
  public HttpHeaders headers() {
    HttpHeaders headers = new HttpHeaders();
    if (session != null) {
      headers.addAll(session);
    }
    return headers;
  }

  /**
   * A request to a path of the application (not only the engine's), with a JSON body or none. Sent
   * with the JDK's HTTP client, which sends the path exactly as written ({@code //}, {@code ;x=y},
   * {@code %76}, a trailing slash), as curl does.
   */
  public ResponseEntity<String> call(HttpMethod method, String path, String body) {
    return call(method, path, body, body == null ? null : MediaType.APPLICATION_JSON_VALUE);
  }

  /** The same with a content type of one's choice ({@code null}: none). */
  public ResponseEntity<String> call(HttpMethod method, String path, String body, String contentType) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(rest.getRootUri() + path))
        .method(method.name(), body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (session == null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    } else {
      session.forEach((name, values) -> values.forEach(value -> request.header(name, value)));
    }
    try {
      HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      HttpHeaders headers = new HttpHeaders();
      response.headers().map().forEach(headers::addAll);
      return ResponseEntity.status(response.statusCode()).headers(headers).body(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** A request to the engine's API below its prefix ({@code /task/…}). */
  public ResponseEntity<String> engine(HttpMethod method, String path, String body) {
    return call(method, enginePrefix() + path, body);
  }

  private static void collect(Map<String, String> cookies, HttpHeaders headers) {
    for (String cookie : headers.getOrDefault("Set-Cookie", List.of())) {
      String pair = cookie.split(";", 2)[0];
      cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
  }

  private static HttpHeaders headersFor(Map<String, String> cookies) {
    HttpHeaders headers = new HttpHeaders();
    headers.add("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
    headers.add("X-XSRF-TOKEN", cookies.getOrDefault("XSRF-TOKEN", ""));
    return headers;
  }
}
