package de.leistungskette.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing from one client without letting anybody lock an account for good.
 *
 * <p>Per client address (the connection's; behind a TLS proxy named in
 * {@code server.tomcat.remoteip.internal-proxies}, the address it reports; from nobody else is
 * {@code X-Forwarded-For} believed), failed logins are counted over a sliding window: a
 * request with credentials (HTTP Basic, or the webapps' login form) that is answered 401 counts.
 * After {@code maxFailures} failures in the window, that client's login attempts are answered 429
 * with a German message and {@code Retry-After} until the oldest failure leaves the window.
 * Requests without credentials (a logged-in session) are never throttled.
 *
 * <p>The engine adds a per-account delay after each wrong password (seconds, growing to a
 * maximum); Leistungskette turns its permanent lock-out off ({@code loginMaxAttempts}), so no
 * account stays locked however often somebody guesses (see {@code EngineSecurityPlugin}).
 */
public class LoginThrottle extends OncePerRequestFilter {

  /** Clients remembered at most: the oldest is forgotten first (bounded memory under attack). */
  static final int MAX_CLIENTS = 10_000;

  private final int maxFailures;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Long>> failures = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Deque<Long>> eldest) {
      return size() > MAX_CLIENTS;
    }
  };

  public LoginThrottle(int maxFailures, Duration window, Clock clock) {
    this.maxFailures = maxFailures;
    this.window = window;
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!isLoginAttempt(request)) {
      chain.doFilter(request, response);
      return;
    }
    String client = request.getRemoteAddr();
    long retryAfter = secondsUntilAllowed(client);
    if (retryAfter > 0) {
      response.setHeader("Retry-After", Long.toString(retryAfter));
      EngineRequestGuard.write(response, new GuardRefusal(429, "TooManyLoginAttempts",
          "Zu viele fehlgeschlagene Anmeldungen von dieser Adresse. Bitte in " + retryAfter
              + " Sekunden erneut versuchen."));
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      recordFailure(client);
    }
  }

  static boolean isLoginAttempt(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return true;
    }
    String path = RequestPaths.of(request);
    return "POST".equals(request.getMethod()) && path.matches("^/camunda/api/admin/auth/user/[^/]+/login(/.*)?$");
  }

  synchronized long secondsUntilAllowed(String client) {
    Deque<Long> times = failures.get(client);
    if (times == null) {
      return 0;
    }
    long now = clock.millis();
    prune(times, now);
    if (times.isEmpty()) {
      failures.remove(client);
      return 0;
    }
    if (times.size() < maxFailures) {
      return 0;
    }
    return Math.max(1, (times.peekFirst() + window.toMillis() - now + 999) / 1000);
  }

  /** The failed logins counted for a client address within the window (for tests and diagnosis). */
  synchronized int failuresOf(String client) {
    Deque<Long> times = failures.get(client);
    if (times == null) {
      return 0;
    }
    prune(times, clock.millis());
    return times.size();
  }

  synchronized void recordFailure(String client) {
    long now = clock.millis();
    Deque<Long> times = failures.computeIfAbsent(client, c -> new ArrayDeque<>());
    prune(times, now);
    times.addLast(now);
    while (times.size() > maxFailures) {
      times.removeFirst();
    }
  }

  private void prune(Deque<Long> times, long now) {
    for (Iterator<Long> it = times.iterator(); it.hasNext(); ) {
      if (it.next() + window.toMillis() <= now) {
        it.remove();
      } else {
        break;
      }
    }
  }
}
