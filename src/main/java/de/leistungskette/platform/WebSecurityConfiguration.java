package de.leistungskette.platform;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Authentication outside the webapps (which have their own login and session).
 *
 * <p>The REST API at {@code /engine-rest} requires HTTP Basic authentication against the engine's
 * users; the engine then applies that user's authorizations. This is Camunda's own filter as
 * documented in "REST API: Configure Authentication" (docs.camunda.org, user guide, REST API),
 * extended to the engine listing (see {@link EngineRestAuthenticationFilter}).
 */
@Configuration
public class WebSecurityConfiguration {

  @Bean
  public FilterRegistrationBean<EngineRestAuthenticationFilter> engineRestAuthenticationFilter() {
    var registration = new FilterRegistrationBean<>(new EngineRestAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }

  @Bean
  public FilterRegistrationBean<ApplicationAuthenticationFilter> applicationAuthenticationFilterRegistration(
      ApplicationAuthenticationFilter filter) {
    var registration = new FilterRegistrationBean<>(filter);
    registration.setName("leistungskette-authentication");
    registration.addUrlPatterns("/api/*", "/fristenrechner", "/fristenrechner/*");
    return registration;
  }
}
