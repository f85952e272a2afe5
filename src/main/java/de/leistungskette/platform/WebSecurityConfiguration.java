package de.leistungskette.platform;

import de.leistungskette.security.EnginePathFilter;
import de.leistungskette.security.EngineRequestGuard;
import de.leistungskette.security.LoginCache;
import de.leistungskette.security.LoginThrottle;
import de.leistungskette.security.ModelContracts;
import de.leistungskette.security.SecurityHeaders;
import de.leistungskette.security.VersionHiding;
import java.time.Clock;
import java.time.Duration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The web layer's protection, as servlet filters in this order:
 *
 * <ol>
 *   <li>{@link SecurityHeaders}: framing, sniffing, caching headers on every response;
 *       {@link VersionHiding}: the webapps' pages do not tell the engine's version;</li>
 *   <li>{@link EnginePathFilter}: a request to the engine's APIs is reduced to its one canonical
 *       path before anything else reads it (a path that cannot be reduced ends here, German 400);</li>
 *   <li>{@link LoginThrottle}: failed logins per client address are limited;</li>
 *   <li>authentication outside the webapps (which have their own login and session): the REST
 *       API at {@code /engine-rest} requires HTTP Basic against the engine's users, and the engine
 *       then applies that user's authorizations. This is Camunda's own filter as documented in
 *       "REST API: Configure Authentication" (docs.camunda.org), extended to the engine listing
 *       (see {@link EngineRestAuthenticationFilter}); {@code /api} and {@code /fristenrechner} take
 *       Basic or the webapps' session ({@link ApplicationAuthenticationFilter});</li>
 *   <li>{@link EngineRequestGuard}: what a non-administrator may ask of the engine, checked before
 *       the engine sees it (it needs the authenticated user, hence after authentication).</li>
 * </ol>
 */
@Configuration
public class WebSecurityConfiguration {

  private static final int FIRST = Ordered.HIGHEST_PRECEDENCE + 100;

  /**
   * An encoded slash ({@code %2F}) in a path reaches the application instead of Tomcat's English
   * HTML 400: the request guard refuses it in German where it matters (the engine's API,
   * {@code EnginePath}); anywhere else it stays part of the segment and finds nothing (404).
   */
  @Bean
  public WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashToTheGuard() {
    return factory -> factory.addConnectorCustomizers(
        connector -> connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue()));
  }

  @Bean
  public FilterRegistrationBean<SecurityHeaders> securityHeaders() {
    var registration = new FilterRegistrationBean<>(new SecurityHeaders());
    registration.setName("leistungskette-security-headers");
    registration.addUrlPatterns("/*");
    registration.setOrder(FIRST);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<VersionHiding> versionHiding() {
    var registration = new FilterRegistrationBean<>(new VersionHiding(ProductPropertiesUtil.getProductVersion()));
    registration.setName("leistungskette-version-hiding");
    registration.addUrlPatterns("/camunda/app/*");
    registration.setOrder(FIRST);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<EnginePathFilter> enginePathFilter() {
    var registration = new FilterRegistrationBean<>(new EnginePathFilter());
    registration.setName("leistungskette-engine-path");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*", "/camunda/api/cockpit/*");
    registration.setOrder(FIRST + 1);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<LoginThrottle> loginThrottle(
      @Value("${leistungskette.security.login-failures:20}") int failures,
      @Value("${leistungskette.security.login-window:PT15M}") Duration window) {
    var registration = new FilterRegistrationBean<>(new LoginThrottle(failures, window, Clock.systemUTC()));
    registration.setName("leistungskette-login-throttle");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/fristenrechner", "/fristenrechner/*",
        "/integrationsplan/*", "/berichte", "/berichte/*", "/actuator/*", "/camunda/api/admin/auth/*");
    registration.setOrder(FIRST + 2);
    return registration;
  }

  /**
   * Logins over HTTP Basic accepted within the last {@code leistungskette.security.login-cache}
   * (default one minute; PT0S turns it off): the bound within which a changed password or group
   * membership takes effect for other systems ({@link LoginCache}).
   */
  @Bean
  public LoginCache loginCache(@Value("${leistungskette.security.login-cache:PT1M}") Duration ttl) {
    return new LoginCache(ttl);
  }

  @Bean
  public FilterRegistrationBean<EngineRestAuthenticationFilter> engineRestAuthenticationFilter(LoginCache logins) {
    var registration = new FilterRegistrationBean<>(new EngineRestAuthenticationFilter(logins));
    registration.setName("engine-rest-authentication");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(FIRST + 3);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<ApplicationAuthenticationFilter> applicationAuthenticationFilterRegistration(
      ApplicationAuthenticationFilter filter) {
    var registration = new FilterRegistrationBean<>(filter);
    registration.setName("leistungskette-authentication");
    registration.addUrlPatterns("/api/*", "/fristenrechner", "/fristenrechner/*", "/integrationsplan/*", "/berichte",
        "/berichte/*", "/actuator/*");
    registration.setOrder(FIRST + 3);
    return registration;
  }

  /** Health and metrics are for the operator: administrators only. */
  @Bean
  public FilterRegistrationBean<OperationsAccess> operationsAccess(IdentityService identityService) {
    var registration = new FilterRegistrationBean<>(new OperationsAccess(identityService));
    registration.setName("leistungskette-operations-access");
    registration.addUrlPatterns("/actuator/*");
    registration.setOrder(FIRST + 4);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<EngineRequestGuard> engineRequestGuard(
      IdentityService identityService, ModelContracts contracts, LoginCache logins,
      PlatformTransactionManager transactions) {
    var registration = new FilterRegistrationBean<>(
        new EngineRequestGuard(identityService, contracts, logins, transactions));
    registration.setName("leistungskette-engine-request-guard");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*", "/camunda/api/cockpit/*");
    registration.setOrder(FIRST + 4);
    return registration;
  }
}
