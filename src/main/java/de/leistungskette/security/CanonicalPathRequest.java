package de.leistungskette.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The request as the engine's REST layer gets it after the guard: its path is the canonical one
 * the guard judged ({@link EnginePath}), whatever the client spelled. Jersey builds the resource
 * path from the request URI and the servlet path; the servlet path (the mapping, e.g.
 * {@code /engine-rest}) stays, the rest is the canonical path.
 */
final class CanonicalPathRequest extends HttpServletRequestWrapper {

  private final String uri;
  private final String pathInfo;

  CanonicalPathRequest(HttpServletRequest request, EnginePath path) {
    super(request);
    this.uri = request.getContextPath() + path.uri();
    String decoded = path.decodedUri();
    String servletPath = request.getServletPath();
    this.pathInfo = decoded.startsWith(servletPath) && decoded.length() > servletPath.length()
        ? decoded.substring(servletPath.length()) : null;
  }

  @Override
  public String getRequestURI() {
    return uri;
  }

  @Override
  public StringBuffer getRequestURL() {
    StringBuffer url = new StringBuffer();
    url.append(getScheme()).append("://").append(getServerName());
    int port = getServerPort();
    if (port > 0 && !("http".equals(getScheme()) && port == 80 || "https".equals(getScheme()) && port == 443)) {
      url.append(':').append(port);
    }
    return url.append(uri);
  }

  @Override
  public String getPathInfo() {
    return pathInfo;
  }
}
