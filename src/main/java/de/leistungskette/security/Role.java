package de.leistungskette.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a caller of the engine's API is, for the allow-list ({@link AccessTable}): derived from the
 * caller's groups. A person can hold several roles (a team lead who is also in a team); what any of
 * them allows is allowed. Administrators ({@code camunda-admin}) pass the guard and have no role
 * here.
 */
public enum Role {
  /** Nobody is logged in: only the list of engines, which the login pages show. */
  ANONYMOUS,
  /** Anybody logged in, whatever their groups: their own account (profile, password). */
  SIGNED_IN,
  /** A member of a Jobcenter or municipal team: works the team's queue in Tasklist. */
  STAFF,
  /** {@code teamleitung}: Tasklist, and Cockpit read-only (supervision). */
  LEAD,
  /** A provider's staff ({@code traeger-…}): its own referrals in Tasklist, only what their forms show. */
  PROVIDER,
  /** Another system ({@code schnittstelle}): starts processes and correlates their messages. */
  INTERFACE;

  public static final String LEAD_GROUP = "teamleitung";
  public static final String INTERFACE_GROUP = "schnittstelle";

  /**
   * The roles of a caller ({@code null}: nobody logged in). Every group that is no team lead,
   * interface or provider group counts as a team: the operator creates teams in Camunda Admin, and
   * a team member's API is the narrow Tasklist one.
   */
  public static Set<Role> of(Caller caller) {
    if (caller == null) {
      return EnumSet.of(ANONYMOUS);
    }
    Set<Role> roles = EnumSet.of(SIGNED_IN);
    for (String group : caller.groupIds()) {
      if (group.equals(LEAD_GROUP)) {
        roles.add(LEAD);
      } else if (group.equals(INTERFACE_GROUP)) {
        roles.add(INTERFACE);
      } else if (group.startsWith(Caller.PROVIDER_GROUP_PREFIX)) {
        roles.add(PROVIDER);
      } else {
        roles.add(STAFF);
      }
    }
    return roles;
  }
}
