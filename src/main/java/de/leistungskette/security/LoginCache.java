package de.leistungskette.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;

/**
 * Successful HTTP Basic logins of the last {@code ttl} (default one minute), so that a system
 * calling {@code /engine-rest} many times a second does not make the engine check the password
 * and look up groups and tenants again on every request (three database transactions before the
 * real work; docs/benchmarks.md).
 *
 * <p>Safe because: only a login the engine accepted is kept, a wrong password always goes to the
 * engine (its delays and the {@link LoginThrottle} apply as before); the password itself is not
 * kept, only its SHA-256 with a random salt of this JVM, so another password for the same user is
 * a miss; an entry is valid for at most {@code ttl}. That is the stated bound: a changed password,
 * a deleted user or a changed group membership takes effect on {@code /engine-rest} within
 * {@code ttl} (Tasklist and Cockpit keep theirs in the session, as Camunda does). A change of the
 * user's password, profile, existence or groups through this node ends that user's entry at once
 * ({@link #forget}, called by {@link EngineRequestGuard}).
 */
public final class LoginCache {

  /** The groups and tenants of a login, as the engine's REST filter would look them up. */
  public record Login(String userId, List<String> groups, List<String> tenants) {}

  private record Entry(Login login, String secret, long expiresAt) {}

  private static final int MAX_ENTRIES = 10_000;

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final byte[] salt = new byte[32];
  private final long ttlNanos;
  private final LongSupplier nanoClock;

  public LoginCache(Duration ttl) {
    this(ttl, System::nanoTime);
  }

  LoginCache(Duration ttl, LongSupplier nanoClock) {
    this.ttlNanos = ttl.toNanos();
    this.nanoClock = nanoClock;
    new SecureRandom().nextBytes(salt);
  }

  /** The login of this user with this password, if the engine accepted it within the last ttl. */
  public Login find(String userId, String password) {
    if (ttlNanos <= 0) {
      return null;
    }
    Entry entry = entries.get(userId);
    if (entry == null) {
      return null;
    }
    if (nanoClock.getAsLong() - entry.expiresAt() >= 0) {
      entries.remove(userId, entry);
      return null;
    }
    return MessageDigest.isEqual(secret(userId, password).getBytes(StandardCharsets.UTF_8),
        entry.secret().getBytes(StandardCharsets.UTF_8)) ? entry.login() : null;
  }

  /** Keeps a login the engine has just accepted. */
  public void remember(String password, Login login) {
    if (ttlNanos <= 0) {
      return;
    }
    long now = nanoClock.getAsLong();
    if (entries.size() >= MAX_ENTRIES) {
      entries.values().removeIf(entry -> now - entry.expiresAt() >= 0);
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
    }
    entries.put(login.userId(), new Entry(login, secret(login.userId(), password), now + ttlNanos));
  }

  /**
   * The login of this user with this password: from the cache, or checked by the engine (and then
   * kept with the user's groups and tenants); null when the engine refuses it.
   */
  public Login login(IdentityService identity, String userId, String password) {
    Login login = find(userId, password);
    if (login == null) {
      if (!identity.checkPassword(userId, password)) {
        return null;
      }
      login = new Login(userId, groupsOf(identity, userId),
          identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
              .map(Tenant::getId).toList());
      remember(password, login);
    }
    return login;
  }

  /** The ids of the groups the user is a member of, as the engine's REST filter looks them up. */
  public static List<String> groupsOf(IdentityService identity, String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }

  /** User and password of an HTTP Basic header, or null when there is none or it is malformed. */
  public static String[] basicCredentials(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon > 0 ? new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)} : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Forgets the user's login (password, profile, existence or groups changed through this node). */
  public void forget(String userId) {
    entries.remove(userId);
  }

  private String secret(String userId, String password) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(salt);
      digest.update(userId.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(password.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
