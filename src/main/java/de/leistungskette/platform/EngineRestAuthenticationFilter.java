package de.leistungskette.platform;

import de.leistungskette.security.LoginCache;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * Camunda's REST authentication filter (HTTP Basic against the engine's users), with two changes:
 *
 * <ul>
 *   <li>Camunda lets anybody list the engines at {@code /engine-rest/engine}; Leistungskette
 *       answers no request of its API without credentials, so every path requires
 *       authentication.</li>
 *   <li>A login the engine accepted is kept briefly ({@link LoginCache}): the next requests with
 *       the same user and password skip the password check and the group and tenant look-ups.</li>
 * </ul>
 */
public class EngineRestAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  private final LoginCache logins;

  public EngineRestAuthenticationFilter(LoginCache logins) {
    this.logins = logins;
  }

  @Override
  public void init(FilterConfig filterConfig) throws ServletException {
    super.init(filterConfig);
    authenticationProvider = new CachedBasicAuthentication(logins);
  }

  @Override
  protected boolean requiresEngineAuthentication(String requestUrl) {
    return true;
  }

  /** HTTP Basic as Camunda's provider does it, answered from the cache where it can be. */
  static final class CachedBasicAuthentication extends HttpBasicAuthenticationProvider {

    private final LoginCache logins;

    CachedBasicAuthentication(LoginCache logins) {
      this.logins = logins;
    }

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
      String[] credentials = LoginCache.basicCredentials(request.getHeader("Authorization"));
      if (credentials == null) {
        return AuthenticationResult.unsuccessful();
      }
      LoginCache.Login login = logins.login(engine.getIdentityService(), credentials[0], credentials[1]);
      if (login == null) {
        return AuthenticationResult.unsuccessful(credentials[0]);
      }
      AuthenticationResult result = AuthenticationResult.successful(login.userId());
      result.setGroups(login.groups());
      result.setTenants(login.tenants());
      return result;
    }
  }
}
