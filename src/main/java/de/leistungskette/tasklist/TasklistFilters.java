package de.leistungskette.tasklist;

import de.leistungskette.platform.SetupStep;
import de.leistungskette.casework.CaseHeader;
import de.leistungskette.identity.Grants;
import de.leistungskette.identity.Team;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import de.leistungskette.referral.Provider;
import de.leistungskette.referral.ReferralProperties;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every person works from: one queue per team (its unassigned tasks, the
 * earliest due first), "Meine Aufgaben", "Überfällig" (of the person's teams) and, for team leads,
 * "Alle überfälligen Aufgaben". Filters are found by name, so a restart creates none twice; their
 * query is brought up to date on every start.
 *
 * <p>Visibility: a queue's filter can be read by its team and by the team leads only; the two
 * personal filters by everybody; the list of all overdue tasks by the team leads. What a filter
 * lists is still limited by the task permissions of the person looking (Camunda grants a candidate
 * group the right to read and work its tasks).
 */
@Component
public class TasklistFilters implements SetupStep {

  public static final String MY_TASKS = "Meine Aufgaben";
  public static final String OVERDUE = "Überfällig";
  public static final String ALL_OVERDUE = "Alle überfälligen Aufgaben";

  private final FilterService filterService;
  private final TaskService taskService;
  private final Grants grants;
  private final List<Provider> providers;

  public TasklistFilters(
      FilterService filterService, TaskService taskService, Grants grants, ReferralProperties referral) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.grants = grants;
    this.providers = referral.providers();
  }

  @Override
  public int order() {
    return FILTERS;
  }

  @Override
  public void apply() {
    Filter mine = save(MY_TASKS, -20, "Aufgaben, die Sie übernommen haben",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    grants.toEverybody(Resources.FILTER, mine.getId(), Permissions.READ);

    // The person's teams' tasks (assigned or not; a task is only ever assigned to a member of its
    // team): a query of one's own queues, answered without the engine's authorization join
    // (QueueAuthorization), so a large queue does not slow it down.
    Filter overdue = save(OVERDUE, -10, "Aufgaben Ihrer Teams, deren Frist abgelaufen ist",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
            .dueBeforeExpression("${now()}").orderByDueDate().asc());
    grants.toEverybody(Resources.FILTER, overdue.getId(), Permissions.READ);

    Filter allOverdue = save(ALL_OVERDUE, -5, "Überfällige Aufgaben aller Teams",
        taskService.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc());
    grants.toGroup(Team.TEAMLEITUNG.groupId(), Resources.FILTER, allOverdue.getId(), Permissions.READ);

    int priority = 0;
    for (Team team : Team.values()) {
      Filter queue = save(team.displayName(), priority++,
          "Warteschlange „" + team.displayName() + "“: Aufgaben, die noch niemand übernommen hat",
          taskService.createTaskQuery()
              .taskCandidateGroup(team.groupId())
              .taskUnassigned()
              .orderByDueDate().asc());
      grants.toGroup(team.groupId(), Resources.FILTER, queue.getId(), Permissions.READ);
      grants.toGroup(Team.TEAMLEITUNG.groupId(), Resources.FILTER, queue.getId(), Permissions.READ);
    }
    // A provider's queue: readable by that provider only (the team leads see its tasks in Cockpit).
    for (Provider provider : providers) {
      Filter queue = save(provider.name(), priority++,
          "Warteschlange des Trägers „" + provider.name() + "“: Zuweisungen, die noch niemand übernommen hat",
          taskService.createTaskQuery().taskCandidateGroup(provider.groupId()).taskUnassigned().orderByDueDate().asc());
      grants.toGroup(provider.groupId(), Resources.FILTER, queue.getId(), Permissions.READ);
    }
  }

  private Filter save(String name, int priority, String description, TaskQuery query) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    // The case header every task carries as task-local variables (a team reads no case variables).
    properties.put("variables", CaseHeader.LISTED_VARIABLES);
    filter.setProperties(properties);
    filter.setQuery(query);
    return filterService.saveFilter(filter);
  }
}
