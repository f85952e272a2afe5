package de.leistungskette.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Protects Leistungskette's own pages and API ({@code /api/*}, {@code /fristenrechner},
 * {@code /integrationsplan/*}) with the
 * same login as the Camunda webapps: a person already logged in to Tasklist or Cockpit is let
 * through by the webapps' session; other callers use HTTP Basic against the engine's users, as for
 * {@code /engine-rest}. A browser without a session is sent to the webapps' login page; an API
 * caller gets 401 with a German JSON message.
 */
@Component
public class ApplicationAuthenticationFilter extends OncePerRequestFilter {

  static final String LOGIN_PAGE = "/camunda/app/welcome/default/#!/login";
  /** Request attribute: the id of the user the request was let through for. */
  public static final String USER_ID = "leistungskette.userId";
  private static final String ENGINE = "default";

  private final IdentityService identityService;

  public ApplicationAuthenticationFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The groups of the user a request was let through for (none when it was not). */
  public static java.util.List<String> callerGroups(HttpServletRequest request, IdentityService identityService) {
    String userId = (String) request.getAttribute(USER_ID);
    return userId == null ? java.util.List.of()
        : identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(org.camunda.bpm.engine.identity.Group::getId).toList();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String userId = webappSessionUser(request);
    if (userId == null) {
      userId = basicCredentialsUser(request);
    }
    if (userId != null) {
      request.setAttribute(USER_ID, userId);
      chain.doFilter(request, response);
      return;
    }
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")
        || request.getRequestURI().startsWith(request.getContextPath() + "/actuator/")) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Basic realm=\"Leistungskette\"");
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write("{\"error\":\"Anmeldung erforderlich: Benutzername und Passwort (HTTP Basic) fehlen oder sind falsch.\"}");
    } else {
      response.sendRedirect(request.getContextPath() + LOGIN_PAGE);
    }
  }

  private String webappSessionUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    return authentications != null && authentications.hasAuthenticationForProcessEngine(ENGINE)
        ? authentications.getAuthenticationForProcessEngine(ENGINE).getName()
        : null;
  }

  private String basicCredentialsUser(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    return colon > 0 && identityService.checkPassword(decoded.substring(0, colon), decoded.substring(colon + 1))
        ? decoded.substring(0, colon)
        : null;
  }
}
