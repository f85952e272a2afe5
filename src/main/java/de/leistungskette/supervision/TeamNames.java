package de.leistungskette.supervision;

import de.leistungskette.identity.Team;
import de.leistungskette.referral.Provider;
import de.leistungskette.referral.ReferralProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The German name of every queue's group: the teams and the configured providers. */
@Component
public class TeamNames {

  private final Map<String, String> names = new LinkedHashMap<>();

  public TeamNames(ReferralProperties referral) {
    for (Team team : Team.values()) {
      names.put(team.groupId(), team.displayName());
    }
    for (Provider provider : referral.providers()) {
      names.put(provider.groupId(), provider.name());
    }
  }

  /** Group id → German name, teams first, then providers. */
  public Map<String, String> all() {
    return names;
  }

  /** The German name of a group ("–" for none, the id for an unknown one). */
  public String of(String groupId) {
    return groupId == null ? "–" : names.getOrDefault(groupId, groupId);
  }
}
