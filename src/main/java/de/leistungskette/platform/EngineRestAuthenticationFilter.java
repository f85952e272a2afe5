package de.leistungskette.platform;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's REST authentication filter, without its one exception: Camunda lets anybody list the
 * engines at {@code /engine-rest/engine}. Leistungskette answers no request of its API without
 * credentials, so every path requires authentication.
 */
public class EngineRestAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  @Override
  protected boolean requiresEngineAuthentication(String requestUrl) {
    return true;
  }
}
