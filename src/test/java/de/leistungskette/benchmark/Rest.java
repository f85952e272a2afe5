package de.leistungskette.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A client of a node's {@code /engine-rest} with one user's HTTP Basic login. */
final class Rest {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  record Answer(int status, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("not JSON: " + body, e);
      }
    }

    Answer expect(int expected, String what) {
      if (status != expected) {
        throw new IllegalStateException(what + ": HTTP " + status + " " + body);
      }
      return this;
    }
  }

  private final String base;
  private final String authorization;

  Rest(int port, String user, String password) {
    this.base = "http://localhost:" + port + "/engine-rest";
    this.authorization = "Basic " + Base64.getEncoder().encodeToString(
        (user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  Answer get(String path) throws IOException, InterruptedException {
    return send(request(path, "application/json").GET().build());
  }

  /** A path outside the engine's API, e.g. /actuator/prometheus. */
  Answer getFromRoot(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(base.replace("/engine-rest", "") + path))
        .timeout(Duration.ofSeconds(60)).header("Authorization", authorization).GET().build());
  }

  /** A POST answered in HAL, as Tasklist asks for a filter's tasks. */
  Answer postHal(String path, String json) throws IOException, InterruptedException {
    return send(request(path, "application/hal+json").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  Answer post(String path, String json) throws IOException, InterruptedException {
    return send(request(path, "application/json").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  Answer put(String path, String json) throws IOException, InterruptedException {
    return send(request(path, "application/json").header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  /** Deploys one BPMN file (administrators only). */
  Answer deploy(String name, String fileName, String xml) throws IOException, InterruptedException {
    String boundary = "benchmark" + System.nanoTime();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + name + "\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"enable-duplicate-filtering\"\r\n\r\ntrue\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + fileName + "\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + xml + "\r\n--" + boundary + "--\r\n";
    return send(request("/deployment/create", "application/json")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
  }

  private HttpRequest.Builder request(String path, String accept) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(600))
        .header("Authorization", authorization).header("Accept", accept);
  }

  private static Answer send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Answer(response.statusCode(), response.body());
  }
}
