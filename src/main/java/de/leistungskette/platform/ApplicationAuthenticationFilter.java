package de.leistungskette.platform;

import de.leistungskette.security.LoginCache;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
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
  private final LoginCache logins;

  public ApplicationAuthenticationFilter(IdentityService identityService, LoginCache logins) {
    this.identityService = identityService;
    this.logins = logins;
  }

  /** Request attribute: the groups of that user, as the login found them (webapps' session or HTTP Basic). */
  static final String USER_GROUPS = "leistungskette.userGroups";

  /**
   * The groups of the user a request was let through for (none when it was not): those the login
   * found, so a page asks the engine only where the request did not pass this filter.
   */
  @SuppressWarnings("unchecked")
  public static List<String> callerGroups(HttpServletRequest request, IdentityService identityService) {
    String userId = (String) request.getAttribute(USER_ID);
    if (userId == null) {
      return List.of();
    }
    Object groups = request.getAttribute(USER_GROUPS);
    return groups != null ? (List<String>) groups : LoginCache.groupsOf(identityService, userId);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    LoginCache.Login login = webappSessionUser(request);
    if (login == null) {
      login = basicCredentialsUser(request);
    }
    if (login != null) {
      request.setAttribute(USER_ID, login.userId());
      request.setAttribute(USER_GROUPS, login.groups());
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

  private LoginCache.Login webappSessionUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null || !authentications.hasAuthenticationForProcessEngine(ENGINE)) {
      return null;
    }
    Authentication authentication = authentications.getAuthenticationForProcessEngine(ENGINE);
    String userId = authentication.getName();
    List<String> groups = authentication instanceof UserAuthentication user && user.getGroupIds() != null
        ? List.copyOf(user.getGroupIds()) : LoginCache.groupsOf(identityService, userId);
    return new LoginCache.Login(userId, groups, List.of());
  }

  private LoginCache.Login basicCredentialsUser(HttpServletRequest request) {
    String[] credentials = LoginCache.basicCredentials(request.getHeader("Authorization"));
    return credentials == null ? null : logins.login(identityService, credentials[0], credentials[1]);
  }
}
