package de.leistungskette.security;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request to the engine's API reduced to one canonical spelling, before any rule looks at it.
 * Plain Java.
 *
 * <p>The same resource can be asked for in many spellings: {@code /engine-rest/task/1/variables},
 * {@code …/variables/}, {@code //task/1/variables}, {@code …/variables;x=y}, {@code …/%76ariables},
 * {@code …/x/../variables}, {@code /engine-rest/engine/default/task/1/variables} and, with a webapp
 * session, {@code /camunda/api/engine/engine/default/task/1/variables}. The servlet container and
 * the REST layer serve them all as one resource; a rule that saw the spelling instead of the
 * resource could be walked around (a trailing slash once opened whole cases to a provider). Here
 * every spelling becomes the segments {@code [task, 1, variables]} of one {@link Api}; the guard
 * judges these and hands exactly this path on ({@link #uri()}), so what is judged is what is served.
 *
 * <p>What cannot be reduced is refused with a German 400: an encoded slash or backslash inside a
 * segment, an encoded percent sign (double encoding), control characters, a {@code ..} above the
 * API's root, bytes that are no UTF-8. Another engine than {@code default} is answered 404.
 */
public record EnginePath(Api api, List<String> segments) {

  /** Which API of the application a path belongs to. */
  public enum Api {
    /** The engine's REST API for other systems and staff with HTTP Basic: {@code /engine-rest}. */
    REST("/engine-rest"),
    /** The same API as the webapps (Tasklist, Cockpit) call it with the person's session. */
    WEBAPP("/camunda/api/engine/engine/default"),
    /** Cockpit's own queries (statistics, instance lists): {@code /camunda/api/cockpit/plugin/…}. */
    COCKPIT("/camunda/api/cockpit");

    private final String prefix;

    Api(String prefix) {
      this.prefix = prefix;
    }

    public String prefix() {
      return prefix;
    }
  }

  /** The only engine this application runs. */
  public static final String ENGINE = "default";

  public EnginePath {
    segments = List.copyOf(segments);
  }

  /**
   * The canonical path of a request, or empty when it is not a request to one of the engine's APIs.
   *
   * @param rawPath the request URI below the context path, as the client sent it (still encoded)
   * @throws GuardRefusal 400 when the path cannot be reduced, 404 for another engine
   */
  public static Optional<EnginePath> of(String rawPath) {
    List<String> parts = normalise(rawPath);
    if (startsWith(parts, "engine-rest")) {
      List<String> rest = parts.subList(1, parts.size());
      if (startsWith(rest, "engine") && rest.size() >= 2) {
        return Optional.of(new EnginePath(Api.REST, below(rest.subList(1, rest.size()))));
      }
      return Optional.of(new EnginePath(Api.REST, rest));
    }
    if (startsWith(parts, "camunda", "api", "engine")) {
      List<String> rest = parts.subList(3, parts.size());
      if (rest.size() == 1 && rest.get(0).equals("engine")) {
        return Optional.of(new EnginePath(Api.WEBAPP, List.of("engine"))); // the list of engines
      }
      if (startsWith(rest, "engine") && rest.size() >= 2) {
        return Optional.of(new EnginePath(Api.WEBAPP, below(rest.subList(1, rest.size()))));
      }
      throw new GuardRefusal(404, "NotFound", "Nicht gefunden: Diese Adresse der Engine-API gibt es nicht.");
    }
    if (startsWith(parts, "camunda", "api", "cockpit")) {
      return Optional.of(new EnginePath(Api.COCKPIT, parts.subList(3, parts.size())));
    }
    return Optional.empty();
  }

  /** The canonical path below the API's root, e.g. {@code /task/1/variables} ({@code /} for the root). */
  public String path() {
    return "/" + String.join("/", segments);
  }

  /** The request URI to hand on (without context path): the API's prefix and the segments, encoded. */
  public String uri() {
    return join(true);
  }

  /** The same, decoded: what the servlet container calls servlet path and path info. */
  public String decodedUri() {
    return join(false);
  }

  private String join(boolean encoded) {
    if (api == Api.WEBAPP && segments.equals(List.of("engine"))) {
      return "/camunda/api/engine/engine";
    }
    StringBuilder uri = new StringBuilder(api.prefix());
    for (String segment : segments) {
      uri.append('/').append(encoded ? encode(segment) : segment);
    }
    return uri.toString();
  }

  @Override
  public String toString() {
    return api + " " + path();
  }

  /** Below {@code engine/<name>}: the name must be this application's engine. */
  private static List<String> below(List<String> named) {
    if (!named.get(0).equals(ENGINE)) {
      throw new GuardRefusal(404, "NotFound", "Nicht gefunden: Es gibt nur die Prozess-Engine „" + ENGINE + "“.");
    }
    return named.subList(1, named.size());
  }

  private static boolean startsWith(List<String> parts, String... prefix) {
    if (parts.size() < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (!parts.get(i).equals(prefix[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * The decoded segments: path parameters ({@code ;x=y}) dropped, empty segments and {@code .}
   * removed, {@code ..} resolved.
   */
  static List<String> normalise(String rawPath) {
    if (rawPath == null || rawPath.isEmpty()) {
      return List.of();
    }
    List<String> segments = new ArrayList<>();
    for (String raw : rawPath.split("/", -1)) {
      int parameters = raw.indexOf(';');
      String segment = decode(parameters >= 0 ? raw.substring(0, parameters) : raw);
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        if (segments.isEmpty()) {
          throw refused("„..“ führt über den Anfang der Adresse hinaus");
        }
        segments.remove(segments.size() - 1);
        continue;
      }
      segments.add(segment);
    }
    return segments;
  }

  /** One segment, percent-decoded as UTF-8; refused where decoding would change the path's structure. */
  private static String decode(String raw) {
    if (raw.indexOf('%') < 0) {
      check(raw);
      return raw;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '%') {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        continue;
      }
      if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
          || Character.digit(raw.charAt(i + 2), 16) < 0) {
        throw refused("„" + raw + "“ enthält ein unvollständiges %-Zeichen");
      }
      bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
      i += 2;
    }
    String decoded;
    try {
      decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
    } catch (CharacterCodingException e) {
      throw refused("„" + raw + "“ ist kein gültiges UTF-8");
    }
    if (decoded.indexOf('/') >= 0 || decoded.indexOf('\\') >= 0) {
      throw refused("ein kodierter Schrägstrich (%2F, %5C) ist in einer Adresse der Engine-API nicht erlaubt");
    }
    if (decoded.indexOf('%') >= 0) {
      throw refused("doppelt kodierte Zeichen (%25) sind in einer Adresse der Engine-API nicht erlaubt");
    }
    if (decoded.indexOf(';') >= 0) {
      throw refused("ein kodiertes Semikolon (%3B) ist in einer Adresse der Engine-API nicht erlaubt");
    }
    check(decoded);
    return decoded;
  }

  private static void check(String segment) {
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\\') {
        throw refused("Steuerzeichen und „\\“ sind in einer Adresse der Engine-API nicht erlaubt");
      }
    }
  }

  private static String encode(String segment) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~:@!$&'()*+,=".indexOf(c) >= 0) {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return encoded.toString();
  }

  private static GuardRefusal refused(String why) {
    return GuardRefusal.badRequest("Ungültige Adresse: " + why + ".");
  }
}
