package de.leistungskette.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * A team's queue without the engine's authorization join, where that join cannot change the
 * answer.
 *
 * <p>Camunda checks a task query by joining every authorization row of the person and their
 * groups to every task ({@code AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')}). Each open team task
 * has a row of its own (the grant of its candidate group, created by the engine with the task), so
 * with 25,000 tasks in a queue PostgreSQL compares 25,000 × 25,000 pairs: a team member waited
 * more than a minute for the count beside the queue (docs/benchmarks.md).
 *
 * <p>That join is redundant for a query that itself keeps only tasks a candidate group of the
 * person's belongs to: the engine grants READ on a task to each of its candidate groups when the
 * group is added ({@code DefaultAuthorizationProvider.newTaskGroupIdentityLink}) and never removes
 * that grant while the task exists. So when the query's candidate groups (after filter and
 * request are combined, expressions evaluated) are all groups of the person, every task it can
 * return is one the person may read, and the check is switched off for that query only. Every
 * other query (another team's group, no group at all, a candidate user) is checked by the engine
 * as before. What this leaves out: a REVOKE or a deleted task grant that an administrator set by
 * hand in Camunda Admin for one task of the person's own queue (Leistungskette creates neither).
 *
 * <p>Second, the engine narrows the person's groups to those that hold any authorization at all,
 * by reading {@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION} once per command
 * ({@code AuthorizationManager.filterAuthenticatedGroupIds}): a scan of every grant, one per open
 * task, before every checked request. The narrowing cannot change an answer (a group without
 * grants matches no grant row in the check's {@code GROUP_ID_ IN (…)}), so the person's groups
 * are passed on as they are; see {@link #filterAuthenticatedGroupIds}.
 *
 * <p>Installed as the engine's {@link AuthorizationManager} session by
 * {@link #sessionFactory()} (engine plugin {@code EngineSettingsPlugin}).
 */
public class QueueAuthorization extends AuthorizationManager {

  /** The session factory that makes this the authorization manager of every command. */
  public static SessionFactory sessionFactory() {
    return new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new QueueAuthorization();
      }
    };
  }

  @Override
  public void configureTaskQuery(TaskQueryImpl query) {
    super.configureTaskQuery(query);
    AuthorizationCheck check = query.getAuthCheck();
    if (check.isAuthorizationCheckEnabled() && withinOwnQueues(query, getCurrentAuthentication())) {
      check.setAuthorizationCheckEnabled(false);
    }
  }

  /**
   * The person's groups (without duplicates and nulls), not narrowed to the groups that hold a
   * grant: the engine's narrowing reads every grant in the database once per command, and a group
   * without grants is found in no grant row anyway, so the checks' answers are the same.
   */
  @Override
  public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
    if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
      return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
    }
    // a mutable ArrayList, as the engine's own answer (MyBatis calls size() on it by reflection)
    return new ArrayList<>(authenticatedGroupIds.stream().filter(Objects::nonNull)
        .collect(Collectors.toCollection(LinkedHashSet::new)));
  }

  /**
   * Whether the query returns only tasks with a candidate group of the person: the candidate
   * groups it asks for (the intersection the engine queries) are not empty and all the person's,
   * and no candidate user widens them.
   */
  static boolean withinOwnQueues(TaskQueryImpl query, Authentication authentication) {
    if (authentication == null || authentication.getGroupIds() == null) {
      return false;
    }
    if (query.getCandidateUser() != null || query.getInvolvedUser() != null) {
      return false;
    }
    List<String> groups = query.getCandidateGroups();
    return groups != null && !groups.isEmpty() && authentication.getGroupIds().containsAll(groups);
  }
}
