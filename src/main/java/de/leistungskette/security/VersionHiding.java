package de.leistungskette.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' pages (login page included, which anybody can open) do not tell the engine's
 * version: Camunda writes it into every page (footer attribute {@code version="v7.24.0"} and the
 * cache-busting query {@code ?bust=7.24.0}). The footer's version is removed and the cache-buster
 * becomes a hash of the version, so browsers still load new scripts after an update.
 */
public class VersionHiding extends OncePerRequestFilter {

  private static final Pattern FOOTER_VERSION = Pattern.compile("version=\"v[0-9][^\"]*\"");

  private final String version;
  private final String bust;

  public VersionHiding(String version) {
    this.version = version;
    this.bust = hash(version);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    RewritingResponse page = new RewritingResponse(response,
        r -> r.getContentType() != null && r.getContentType().startsWith("text/html"));
    chain.doFilter(request, page);
    page.finish(this::rewrite);
  }

  byte[] rewrite(byte[] html) {
    String text = new String(html, StandardCharsets.UTF_8);
    text = FOOTER_VERSION.matcher(text).replaceAll("version=\"\"");
    text = text.replace("bust=" + version, "bust=" + bust);
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String hash(String version) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
          .digest(("leistungskette:" + version).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
