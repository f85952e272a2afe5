package de.leistungskette.supervision;

import static de.leistungskette.supervision.Reports.row;

import de.leistungskette.deadline.Deadlines;
import de.leistungskette.deadline.GermanDates;
import de.leistungskette.identity.Team;
import de.leistungskette.platform.ApiErrors;
import de.leistungskette.platform.ApplicationAuthenticationFilter;
import de.leistungskette.platform.TaskDeadlines;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Overdue deadlines for supervision, the data of the Cockpit plugin "Überfällige Fristen"
 * ({@code app/cockpit/scripts/leistungskette-overdue.js}). Deadlines are the due dates of user
 * tasks, which every process sets from the Fristenrechner, so this works for every process,
 * present and future, without code per process. Team leads and administrators only; every query
 * runs with the caller's authorizations, so it shows what Cockpit would show them, nothing more.
 * An overdue deadline is no incident: Cockpit's incidents stay what they are.
 */
@RestController
public class OverdueDeadlines {

  /** At most this many tasks in a list (the oldest due first). */
  static final int LIST_LIMIT = 500;

  private final TaskService tasks;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final TeamNames teams;

  public OverdueDeadlines(TaskService tasks, RepositoryService repository, IdentityService identity, TeamNames teams) {
    this.tasks = tasks;
    this.repository = repository;
    this.identity = identity;
    this.teams = teams;
  }

  /** The dashboard: overdue and due-today counts per process and per team. */
  @GetMapping(value = "/api/fristen/uebersicht", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Object> overview(HttpServletRequest request) {
    return asSupervisor(request, () -> {
      Date now = ClockUtil.getCurrentTime();
      LocalDate today = TaskDeadlines.today();
      // tasks are due at 23:59:59 of their day: "due today" is due after now and before midnight
      Date endOfToday = new Date(Deadlines.endOfDay(today).getTime() + 1000);
      List<Map<String, Object>> processes = new ArrayList<>();
      for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().active()
          .orderByProcessDefinitionName().asc().list()) {
        long overdue = tasks.createTaskQuery().processDefinitionKey(definition.getKey()).dueBefore(now).count();
        long dueToday = tasks.createTaskQuery().processDefinitionKey(definition.getKey()).dueAfter(now)
            .dueBefore(endOfToday).count();
        processes.add(row("key", definition.getKey(), "name", definition.getName(), "definitionId", definition.getId(),
            "overdue", overdue, "dueToday", dueToday));
      }
      List<Map<String, Object>> perTeam = new ArrayList<>();
      teams.all().forEach((group, name) -> {
        long overdue = tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().dueBefore(now).count();
        long dueToday = tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().dueAfter(now)
            .dueBefore(endOfToday).count();
        if (overdue + dueToday > 0) {
          perTeam.add(row("group", group, "name", name, "overdue", overdue, "dueToday", dueToday));
        }
      });
      return row("today", today.toString(), "todayText", GermanDates.shortForm(today), "processes", processes,
          "teams", perTeam);
    });
  }

  /** A process definition's overdue tasks (oldest first) and their number per user task (the diagram's badges). */
  @GetMapping(value = "/api/fristen/ueberfaellig", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Object> overdue(@RequestParam(required = false) String processDefinitionId,
      HttpServletRequest request) {
    return asSupervisor(request, () -> {
      TaskQuery query = tasks.createTaskQuery().dueBefore(ClockUtil.getCurrentTime());
      if (processDefinitionId != null) {
        query.processDefinitionId(processDefinitionId);
      }
      Map<String, Long> perActivity = new LinkedHashMap<>();
      if (processDefinitionId != null) {
        // counted per user task of the model, not from the (limited) list
        for (UserTask userTask : repository.getBpmnModelInstance(processDefinitionId)
            .getModelElementsByType(UserTask.class)) {
          long count = tasks.createTaskQuery().processDefinitionId(processDefinitionId)
              .taskDefinitionKey(userTask.getId()).dueBefore(ClockUtil.getCurrentTime()).count();
          if (count > 0) {
            perActivity.put(userTask.getId(), count);
          }
        }
      }
      List<Map<String, Object>> list = new ArrayList<>();
      for (Task task : query.orderByDueDate().asc().listPage(0, LIST_LIMIT)) {
        list.add(describe(task));
      }
      return row("total", query.count(), "shown", list.size(), "perActivity", perActivity, "tasks", list);
    });
  }

  /** A case's open tasks with their due dates (the process instance tab). */
  @GetMapping(value = "/api/fristen/fall/{processInstanceId}", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Object> ofCase(@PathVariable String processInstanceId, HttpServletRequest request) {
    return asSupervisor(request, () -> {
      List<Map<String, Object>> list = new ArrayList<>();
      for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).orderByDueDate().asc().list()) {
        list.add(describe(task));
      }
      return row("tasks", list);
    });
  }

  private Map<String, Object> describe(Task task) {
    LocalDate due = task.getDueDate() == null ? null : Deadlines.toDate(task.getDueDate(), "Fälligkeit");
    List<String> groups = new ArrayList<>();
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        groups.add(teams.of(link.getGroupId()));
      }
    }
    Object caseId = tasks.getVariableLocal(task.getId(), "caseId");
    Object caseName = tasks.getVariableLocal(task.getId(), "caseName");
    boolean overdue = task.getDueDate() != null && task.getDueDate().before(ClockUtil.getCurrentTime());
    return row("taskId", task.getId(), "name", task.getName(), "activityId", task.getTaskDefinitionKey(),
        "processInstanceId", task.getProcessInstanceId(), "caseId", caseId, "caseName", caseName,
        "team", String.join(", ", groups), "assignee", task.getAssignee(),
        "due", due == null ? null : due.toString(), "dueText", due == null ? "ohne Frist" : GermanDates.shortForm(due),
        "overdue", overdue, "daysOverdue", overdue ? ChronoUnit.DAYS.between(due, TaskDeadlines.today()) : 0);
  }

  /** Runs the queries with the caller's authorizations; 403 for anybody but team leads and administrators. */
  private ResponseEntity<Object> asSupervisor(HttpServletRequest request, Supplier<Object> queries) {
    String userId = (String) request.getAttribute(ApplicationAuthenticationFilter.USER_ID);
    List<String> groups = ApplicationAuthenticationFilter.callerGroups(request, identity);
    if (!groups.contains(Team.TEAMLEITUNG.groupId()) && !groups.contains(Groups.CAMUNDA_ADMIN)) {
      return ApiErrors.error(HttpStatus.FORBIDDEN,
          "Keine Berechtigung: überfällige Fristen sehen die Teamleitungen und die Administration.");
    }
    identity.setAuthentication(userId, groups);
    try {
      return ResponseEntity.ok(queries.get());
    } finally {
      identity.clearAuthentication();
    }
  }

}
