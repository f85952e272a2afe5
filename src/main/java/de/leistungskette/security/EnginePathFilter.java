package de.leistungskette.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reduces every request to the engine's APIs to its canonical path ({@link EnginePath}) before
 * anything else looks at it: the login of the REST API (which picks the engine by the path), the
 * request guard and the engine itself all see only {@link CanonicalPathRequest}. A path that cannot
 * be reduced is answered here, 400 in German (404 for another engine), and goes no further.
 */
public class EnginePathFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(EnginePathFilter.class);

  /** Request attribute: the {@link EnginePath} of an engine API request. */
  static final String ATTRIBUTE = EnginePath.class.getName();

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<EnginePath> path;
    try {
      path = EnginePath.of(request.getRequestURI().substring(request.getContextPath().length()));
    } catch (GuardRefusal refusal) {
      LOG.warn("Abgewiesen ({}): {} {}: {}", refusal.status(), request.getMethod(), request.getRequestURI(),
          refusal.getMessage());
      EngineRequestGuard.write(response, refusal);
      return;
    }
    if (path.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    request.setAttribute(ATTRIBUTE, path.get());
    chain.doFilter(new CanonicalPathRequest(request, path.get()), response);
  }

  /** The canonical path this filter found for the request, if it is one of the engine's. */
  static Optional<EnginePath> of(HttpServletRequest request) {
    return Optional.ofNullable((EnginePath) request.getAttribute(ATTRIBUTE));
  }
}
