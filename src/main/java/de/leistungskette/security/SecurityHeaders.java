package de.leistungskette.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers on every response: no framing by other sites ({@code X-Frame-Options}, and
 * {@code frame-ancestors} in each page's Content-Security-Policy), no content sniffing, no
 * referrer to other sites. Answers of the APIs ({@code /engine-rest}, {@code /api},
 * {@code /camunda/api}) carry social data: they are never stored by a browser or proxy
 * ({@code Cache-Control: no-store}) and may not load anything ({@code default-src 'none'}).
 *
 * <p>The webapps' pages get Camunda's own Content-Security-Policy ({@code camunda.bpm.webapp.
 * header-security}); the Fristenrechner page sets its own with a nonce for its script.
 */
public class SecurityHeaders extends OncePerRequestFilter {

  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  /** A fresh nonce for a page's Content-Security-Policy (its own script and style). */
  public static String nonce() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return java.util.Base64.getEncoder().encodeToString(bytes);
  }

  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    String path = RequestPaths.of(request);
    if (isApi(path)) {
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("Pragma", "no-cache");
      response.setHeader("Content-Security-Policy", API_POLICY);
      // Camunda's filters set "no-cache" later on; for answers with social data it stays no-store.
      chain.doFilter(request, new NoStoreResponse(response));
      return;
    }
    chain.doFilter(request, response);
  }

  /** Keeps {@code Cache-Control: no-store} whatever later filters or resources set. */
  static final class NoStoreResponse extends HttpServletResponseWrapper {

    NoStoreResponse(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!isCacheHeader(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!isCacheHeader(name)) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setDateHeader(String name, long date) {
      if (!"Expires".equalsIgnoreCase(name)) {
        super.setDateHeader(name, date);
      }
    }

    private static boolean isCacheHeader(String name) {
      return "Cache-Control".equalsIgnoreCase(name) || "Pragma".equalsIgnoreCase(name);
    }
  }

  static boolean isApi(String path) {
    return path.startsWith("/engine-rest") || path.startsWith("/api/") || path.startsWith("/camunda/api/");
  }
}
