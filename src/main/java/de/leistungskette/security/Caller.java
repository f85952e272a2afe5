package de.leistungskette.security;

import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;

/** Who sent a request to the engine's API: user id and groups, as the engine authorizes them. */
public record Caller(String userId, List<String> groupIds) {

  public Caller {
    groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
  }

  /** Administrators pass the guard: they may operate the engine (incidents, jobs, deployments). */
  public boolean isAdministrator() {
    return groupIds.contains(Groups.CAMUNDA_ADMIN);
  }

  /** Staff of a provider (groups {@code traeger-…} only): they read only what their forms show. */
  public boolean isProvider() {
    return !groupIds.isEmpty() && groupIds.stream().allMatch(group -> group.startsWith(PROVIDER_GROUP_PREFIX));
  }

  public static final String PROVIDER_GROUP_PREFIX = "traeger-";
}
