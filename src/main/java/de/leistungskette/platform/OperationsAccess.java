package de.leistungskette.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /actuator/*} (health of engine, database and job executor; Prometheus metrics) only for
 * administrators ({@code camunda-admin}), after {@link ApplicationAuthenticationFilter} has
 * identified the caller: the figures name processes and teams, and health details name the database.
 */
public class OperationsAccess extends OncePerRequestFilter {

  private final IdentityService identityService;

  public OperationsAccess(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (ApplicationAuthenticationFilter.callerGroups(request, identityService).contains(Groups.CAMUNDA_ADMIN)) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("{\"error\":\"Keine Berechtigung: Betriebsdaten (Health, Metriken) sieht nur die "
        + "Administration.\"}");
  }
}
