package de.leistungskette.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The bound of {@link LoginCache}: what it answers, and for how long. */
class LoginCacheTest {

  private final AtomicLong nanos = new AtomicLong(1_000);
  private final LoginCache cache = new LoginCache(Duration.ofMinutes(1), nanos::get);
  private final LoginCache.Login login = new LoginCache.Login("erika", List.of("fallkoordination"), List.of());

  @Test
  void answers_the_same_user_and_password_until_the_time_is_up() {
    cache.remember("geheim", login);

    assertThat(cache.find("erika", "geheim")).isEqualTo(login);
    nanos.addAndGet(Duration.ofSeconds(59).toNanos());
    assertThat(cache.find("erika", "geheim")).isEqualTo(login);
    nanos.addAndGet(Duration.ofSeconds(1).toNanos());
    assertThat(cache.find("erika", "geheim")).isNull();
  }

  @Test
  void another_password_or_user_is_never_answered() {
    cache.remember("geheim", login);

    assertThat(cache.find("erika", "Geheim")).isNull();
    assertThat(cache.find("erika", "")).isNull();
    assertThat(cache.find("max", "geheim")).isNull();
  }

  @Test
  void a_changed_account_is_forgotten_at_once_and_zero_turns_it_off() {
    cache.remember("geheim", login);
    cache.forget("erika");
    assertThat(cache.find("erika", "geheim")).isNull();

    LoginCache off = new LoginCache(Duration.ZERO, nanos::get);
    off.remember("geheim", login);
    assertThat(off.find("erika", "geheim")).isNull();
  }

  @Test
  void reads_basic_headers_and_refuses_malformed_ones() {
    assertThat(LoginCache.basicCredentials("Basic ZXJpa2E6Z2VoZWk6bQ==")).containsExactly("erika", "gehei:m");
    assertThat(LoginCache.basicCredentials("Basic %%%")).isNull();
    assertThat(LoginCache.basicCredentials("Bearer abc")).isNull();
    assertThat(LoginCache.basicCredentials(null)).isNull();
    assertThat(LoginCache.basicCredentials("Basic OmdlaGVpbQ==")).isNull();
  }
}
