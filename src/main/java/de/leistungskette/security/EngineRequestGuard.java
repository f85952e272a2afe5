package de.leistungskette.security;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import de.leistungskette.casework.CaseHeader;
import de.leistungskette.platform.RejectedInputException;
import de.leistungskette.platform.TaskDeadlines;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks every request to the engine's API before the engine sees it: {@code /engine-rest} (other
 * systems, HTTP Basic), {@code /camunda/api/engine} (what Tasklist and Cockpit call with the
 * person's session) and Cockpit's own queries ({@code /camunda/api/cockpit}).
 *
 * <ol>
 *   <li>The path has been reduced to its one canonical spelling before the login
 *       ({@link EnginePathFilter}); every rule below sees only that path, and the engine gets
 *       exactly it ({@link CanonicalPathRequest}).</li>
 *   <li>Administrators ({@code camunda-admin}) pass. For everybody else the request must be named
 *       by the allow-list ({@link AccessTable}) for one of the caller's {@link Role}s: reads as well
 *       as commands; anything else is 403 (401 without login) with a German message.</li>
 *   <li>The allowed commands are checked: a start only from the start with the start form's fields,
 *       claiming only for oneself, assigning only within the task's team, completing with the task's
 *       own form fields only, commenting only by who works the task, a message only as declared,
 *       one's own password only.</li>
 *   <li>A provider reads a case only through its task's form: {@code form-variables} answers exactly
 *       the form's variables, and no query searches by case data.</li>
 * </ol>
 *
 * Every JSON body is parsed first: broken JSON or {@code null} is answered 400 in German, and so are
 * variables of a forbidden type, too long or malformed ({@link VariableChecks}). The engine's own
 * error answers reach the caller in German ({@link GermanErrors}).
 */
public class EngineRequestGuard extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(EngineRequestGuard.class);
  static final int MAX_BODY = 1024 * 1024;

  private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private static final Pattern START_BY_KEY =
      Pattern.compile("^/process-definition/key/([^/]+)(?:/tenant-id/[^/]+)?/(?:start|submit-form)$");
  private static final Pattern START_BY_ID = Pattern.compile("^/process-definition/([^/]+)/(?:start|submit-form)$");
  private static final Pattern COMPLETE = Pattern.compile("^/task/([^/]+)/(?:complete|submit-form)$");
  private static final Pattern CLAIM = Pattern.compile("^/task/([^/]+)/claim$");
  private static final Pattern UNCLAIM = Pattern.compile("^/task/([^/]+)/unclaim$");
  private static final Pattern ASSIGNEE = Pattern.compile("^/task/([^/]+)/assignee$");
  private static final Pattern COMMENT = Pattern.compile("^/task/([^/]+)/comment/create$");
  private static final Pattern MESSAGE = Pattern.compile("^/message$");
  private static final Pattern CREDENTIALS = Pattern.compile("^/user/([^/]+)/credentials$");
  private static final Pattern ACCOUNT_CHANGE =
      Pattern.compile("^/(?:user/([^/]+)(?:/credentials|/profile)?|group/[^/]+/members/([^/]+))$");

  private static final Set<String> START_PROPERTIES = Set.of("variables", "businessKey", "withVariablesInReturn");
  private static final Set<String> MESSAGE_PROPERTIES = Set.of("messageName", "businessKey", "processInstanceId",
      "processVariables", "resultEnabled", "variablesInResultEnabled");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);

  private final IdentityService identityService;
  private final ModelContracts contracts;
  private final LoginCache logins;
  private final PlatformTransactionManager transactions;

  public EngineRequestGuard(IdentityService identityService, ModelContracts contracts, LoginCache logins,
      PlatformTransactionManager transactions) {
    this.identityService = identityService;
    this.contracts = contracts;
    this.logins = logins;
    this.transactions = transactions;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<EnginePath> canonical = EnginePathFilter.of(request);
    if (canonical.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    EnginePath path = canonical.get();
    Matcher account = ACCOUNT_CHANGE.matcher(path.path());
    if (path.api() != EnginePath.Api.COCKPIT && !READ_METHODS.contains(request.getMethod()) && account.matches()) {
      // the user's password, existence or groups change (through this node): no cached login
      logins.forget(account.group(1) != null ? account.group(1) : account.group(2));
    }
    if (READ_METHODS.contains(request.getMethod())) {
      guarded(request, response, chain, path);
    } else {
      inOneTransaction(request, response, chain, path);
    }
  }

  /**
   * A changing request in one database transaction: the guard's look-ups (the task, its form, the
   * process) and the engine's work join it (Camunda's Spring integration takes part in a running
   * transaction), so the request costs one commit instead of one per look-up. The answer is held
   * back until the commit is done: a client told 200 or 204 finds the work in the database, also
   * after a crash; a failed request (4xx, 5xx) is rolled back; a failed commit is answered 500.
   */
  private void inOneTransaction(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
      EnginePath path) throws ServletException, IOException {
    BufferedResponse buffered = new BufferedResponse(response);
    TransactionStatus transaction = transactions.getTransaction(TransactionDefinition.withDefaults());
    try {
      guarded(request, buffered, chain, path);
    } catch (IOException | ServletException | RuntimeException | Error e) {
      transactions.rollback(transaction);
      throw e;
    }
    if (buffered.getStatus() >= 400 || transaction.isRollbackOnly()) {
      transactions.rollback(transaction);
    } else {
      try {
        transactions.commit(transaction);
      } catch (TransactionException e) {
        LOG.error("Commit of {} {} failed", request.getMethod(), path, e);
        buffered.reset();
        write(buffered, new GuardRefusal(500, "ProcessEngineException",
            "Interner Fehler. Bitte wenden Sie sich an die Administration."));
      }
    }
    buffered.sendTo(response);
  }

  private void guarded(HttpServletRequest request, HttpServletResponse response, FilterChain chain, EnginePath path)
      throws ServletException, IOException {
    HttpServletRequest checked = request;
    Caller caller = caller(request);
    boolean administrator = caller != null && caller.isAdministrator();
    try {
      JsonNode body = null;
      if (!READ_METHODS.contains(request.getMethod()) && isJson(request)) {
        byte[] bytes = readBody(request);
        body = parse(bytes);
        if (body == null && !administrator) {
          // no body: the empty object, as the API documents it (a query without filters, a completion
          // without variables), not a NullPointerException in the REST layer
          bytes = EMPTY_OBJECT;
          body = JSON.createObjectNode();
        }
        checked = new CachedBodyRequest(request, bytes);
      } else if (!READ_METHODS.contains(request.getMethod()) && !administrator && request.getContentLengthLong() <= 0
          && request.getContentType() == null) {
        checked = new CachedBodyRequest(request, EMPTY_OBJECT, "application/json");
        body = JSON.createObjectNode();
      }
      if (!administrator) {
        allowed(request, path, caller);
        if (path.api() != EnginePath.Api.COCKPIT && check(request.getMethod(), path.path(), body, caller)) {
          response.setStatus(HttpServletResponse.SC_NO_CONTENT);
          return;
        }
        if (caller != null && caller.isProvider()) {
          checked = providerRead(checked, path.path(), body, caller);
        }
      }
    } catch (GuardRefusal refusal) {
      refuse(request, response, caller, refusal);
      return;
    }
    RejectedInputException.takeRefused(); // nothing left over from an earlier request of this thread
    RewritingResponse german = !administrator && path.segments().contains("statistics")
        ? GermanErrors.wrapAll(response) : GermanErrors.wrap(response);
    chain.doFilter(checked, german);
    GermanErrors.finish(german, RejectedInputException.takeRefused(), administrator);
  }

  /** The allow-list names the request for one of the caller's roles, or it is refused: 401 without login, else 403. */
  private static void allowed(HttpServletRequest request, EnginePath path, Caller caller) {
    Set<Role> roles = Role.of(caller);
    if (AccessTable.RULES.allowing(request.getMethod(), path, roles, request.getParameterMap(),
        caller == null ? null : caller.userId()).isPresent()) {
      if (path.api() == EnginePath.Api.COCKPIT && caller != null && !mayUseCockpit(request)) {
        throw GuardRefusal.forbidden(COCKPIT_ONLY);
      }
      return;
    }
    if (caller == null) {
      throw new GuardRefusal(401, "AuthenticationException", "Anmeldung erforderlich: Bitte melden Sie sich an.");
    }
    if (path.api() == EnginePath.Api.COCKPIT) {
      throw GuardRefusal.forbidden(COCKPIT_ONLY);
    }
    if (roles.contains(Role.PROVIDER) && !roles.contains(Role.STAFF) && !roles.contains(Role.LEAD)) {
      throw GuardRefusal.forbidden("Träger sehen nur ihre Warteschlange, ihre Aufgaben und deren Formulare; die "
          + "Angaben eines Falls lesen sie nur über das Formular ihrer Aufgabe (" + request.getMethod() + " "
          + path.path() + ").");
    }
    if (READ_METHODS.contains(request.getMethod()) || AccessTable.isQuery(path)) {
      throw GuardRefusal.forbidden("Diese Angaben sind für Ihre Rolle nicht freigegeben (" + request.getMethod() + " "
          + path.path() + "): Sozialdaten liest nur, wer den Fall bearbeitet (§ 35 SGB I, §§ 67 ff. SGB X).");
    }
    throw GuardRefusal.forbidden("Diese Aktion ist der Administration vorbehalten (" + request.getMethod() + " "
        + path.path() + "). Fristen, Zeitgeber, Jobs, Zwischenfälle, Bereitstellungen und Daten eines Falls ändert "
        + "nur die Prozess-Engine selbst oder die Administration.");
  }

  private static final String COCKPIT_ONLY = "Cockpit steht nur der Teamleitung und der Administration zur Verfügung.";

  /** Answers a refusal and logs it as one line (no stack trace): who asked what, and the answer. */
  private static void refuse(HttpServletRequest request, HttpServletResponse response, Caller caller,
      GuardRefusal refusal) throws IOException {
    LOG.warn("Abgewiesen ({}): {} {} von {}: {}", refusal.status(), request.getMethod(), request.getRequestURI(),
        caller == null ? "(nicht angemeldet)" : caller.userId(), refusal.getMessage());
    write(response, refusal);
  }

  private static final Pattern FORM_VARIABLES = Pattern.compile("^/task/([^/]+)/form-variables$");
  private static final Pattern TASK_QUERY = Pattern.compile("^/(?:task(?:/count)?|filter/[^/]+/(?:list|count|singleResult))$");

  /**
   * A provider reads a case only through its own task and only what the task's form shows
   * (§ 35 SGB I; the consent covers no more): the form's variables are asked with
   * {@code variableNames} = the form's fields and what its texts and conditions refer to; all
   * other ways to a case's variables (a task's variables, queries filtering by case variables)
   * are refused. What tasks a provider sees at all: the engine's task permissions.
   */
  HttpServletRequest providerRead(HttpServletRequest request, String path, JsonNode body, Caller caller) {
    Matcher m;
    if ((m = FORM_VARIABLES.matcher(path)).matches()) {
      Optional<Task> task = contracts.visibleTask(caller, m.group(1));
      if (task.isEmpty()) {
        return request; // the engine answers 404
      }
      Set<String> needed = new TreeSet<>(contracts.taskForm(task.get()).needed());
      needed.addAll(List.of(CaseHeader.CASE_ID, CaseHeader.CASE_NAME, TaskDeadlines.EXPLANATION, "reminder"));
      return new QueryParameterRequest(request, "variableNames", String.join(",", needed));
    }
    if (TASK_QUERY.matcher(path).matches() && (hasVariableFilter(request.getParameterMap().keySet())
        || (body != null && hasVariableFilter(filledFields(body))))) {
      throw GuardRefusal.forbidden("Träger suchen Aufgaben nicht nach Angaben eines Falls (processVariables).");
    }
    return request;
  }

  private static boolean hasVariableFilter(Collection<String> names) {
    return names.stream().anyMatch(name -> name.equals("processVariables") || name.equals("caseInstanceVariables")
        || name.equals("orQueries") || name.equals("taskVariables"));
  }

  /** The fields of a query body that filter something (Tasklist sends empty lists for none). */
  private static List<String> filledFields(JsonNode body) {
    List<String> names = new ArrayList<>();
    body.fields().forEachRemaining(field -> {
      JsonNode value = field.getValue();
      if (!value.isNull() && !(value.isContainerNode() && value.isEmpty())) {
        names.add(field.getKey());
      }
    });
    return names;
  }

  /**
   * Checks the contents of a command the allow-list lets through; refuses what the caller may not
   * ask ({@link GuardRefusal}).
   *
   * @return {@code true} when the guard has carried out the request itself (answer 204)
   */
  boolean check(String method, String path, JsonNode body, Caller caller) {
    if (READ_METHODS.contains(method)) {
      return false;
    }
    JsonNode json = body == null ? JSON.createObjectNode() : body;
    Matcher m;
    if ("POST".equals(method)) {
      if ((m = START_BY_KEY.matcher(path)).matches()) {
        checkStart(json, contracts.latestDefinition(m.group(1)));
        return false;
      }
      if ((m = START_BY_ID.matcher(path)).matches()) {
        checkStart(json, contracts.definition(m.group(1)));
        return false;
      }
      if ((m = COMPLETE.matcher(path)).matches()) {
        // a task the caller cannot see: the engine answers
        contracts.visibleTask(caller, m.group(1)).ifPresent(task -> checkComplete(task, json));
        return false;
      }
      if ((m = CLAIM.matcher(path)).matches()) {
        String userId = text(json, "userId");
        if (!caller.userId().equals(userId)) {
          throw GuardRefusal.forbidden("Eine Aufgabe übernehmen können Sie nur für sich selbst (userId = "
              + caller.userId() + "). Einer anderen Person zuweisen kann die Teamleitung.");
        }
        return false;
      }
      if ((m = UNCLAIM.matcher(path)).matches()) {
        // the caller's own task is given back here; any other: the engine decides (a lead may, TASK_ASSIGN)
        return contracts.giveBack(caller, m.group(1));
      }
      if ((m = ASSIGNEE.matcher(path)).matches()) {
        if (contracts.visibleTask(caller, m.group(1)).isPresent()) {
          checkAssignee(m.group(1), text(json, "userId"));
        }
        return false;
      }
      if ((m = COMMENT.matcher(path)).matches()) {
        // The engine checks no permission for comments: only who works the task writes on it
        // (a task that does not exist: the engine answers 404).
        if (contracts.task(m.group(1)).isPresent() && !contracts.works(caller, m.group(1))) {
          throw GuardRefusal.forbidden("Kommentieren kann nur, wer die Aufgabe bearbeitet (ihr Team oder die Person, "
              + "der sie zugewiesen ist).");
        }
        String message = text(json, "message");
        if (message != null) {
          VariableChecks.checkLength("message", message);
        }
        return false;
      }
      if (MESSAGE.matcher(path).matches()) {
        checkMessage(json, caller);
        return false;
      }
    }
    if ("PUT".equals(method) && (m = CREDENTIALS.matcher(path)).matches()) {
      if (!caller.userId().equals(m.group(1))) {
        throw GuardRefusal.forbidden("Sie können nur Ihr eigenes Passwort ändern.");
      }
      return false;
    }
    return false; // a query the allow-list names: the engine's authorizations decide what is seen
  }

  private void checkStart(JsonNode body, Optional<ProcessDefinition> definition) {
    requireObject(body);
    JsonNode instructions = body.get("startInstructions");
    if (instructions != null && !instructions.isNull() && !(instructions.isArray() && instructions.isEmpty())) {
      throw GuardRefusal.forbidden("Ein Fall beginnt immer am Start des Prozesses: Startanweisungen "
          + "(startInstructions) sind der Administration vorbehalten.");
    }
    for (String flag : List.of("skipCustomListeners", "skipIoMappings")) {
      if (body.path(flag).asBoolean(false)) {
        throw GuardRefusal.forbidden("Die Prüfungen beim Start dürfen nicht übersprungen werden (" + flag + ").");
      }
    }
    onlyProperties(body, START_PROPERTIES, Set.of("startInstructions", "skipCustomListeners", "skipIoMappings"));
    JsonNode businessKey = body.get("businessKey");
    if (businessKey != null && !businessKey.isNull() && (!businessKey.isTextual() || businessKey.asText().length() > 255)) {
      throw GuardRefusal.badRequest("Geschäftsschlüssel (businessKey): Text mit höchstens 255 Zeichen.");
    }
    JsonNode variables = body.get("variables");
    VariableChecks.check(variables, "variables");
    if (definition.isEmpty() || variables == null || !variables.isObject()) {
      return;
    }
    Optional<FormFields> form = contracts.startForm(definition.get());
    if (form.isEmpty()) {
      return;
    }
    for (Iterator<String> names = variables.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!form.get().isEditable(name)) {
        throw GuardRefusal.badRequest("Die Variable „" + name + "“ gehört nicht zum Start von „"
            + Objects.requireNonNullElse(definition.get().getName(), definition.get().getKey()) + "“. Erlaubt: "
            + allowed(form.get()) + ".");
      }
      withinFormLimits(form.get(), name, variables.get(name));
    }
  }

  /** A text no longer than the form lets a person type ({@link FormFields#tooLong}). */
  private static void withinFormLimits(FormFields form, String name, JsonNode variable) {
    JsonNode value = variable == null ? null : variable.get("value");
    String refused = value != null && value.isTextual() ? form.tooLong(name, value.asText()) : null;
    if (refused != null) {
      throw GuardRefusal.badRequest(refused);
    }
  }

  private void checkComplete(Task task, JsonNode body) {
    requireObject(body);
    JsonNode variables = body.get("variables");
    VariableChecks.check(variables, "variables");
    if (variables == null || !variables.isObject()) {
      return;
    }
    FormFields form = contracts.taskForm(task);
    for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> variable = it.next();
      String name = variable.getKey();
      if (!form.has(name)) {
        throw GuardRefusal.badRequest("Das Feld „" + name + "“ gehört nicht zur Aufgabe „" + task.getName()
            + "“: Eine Aufgabe nimmt nur die Felder ihres Formulars an"
            + (form.editableByKey().isEmpty() ? "" : " (" + allowed(form) + ")") + ".");
      }
      if (!form.isEditable(name) && !sameAsRecorded(task.getId(), name, variable.getValue().get("value"))) {
        throw GuardRefusal.badRequest("Das Feld „" + name + "“ der Aufgabe „" + task.getName()
            + "“ zeigt nur an, was der Fall enthält; es kann hier nicht geändert werden.");
      }
      withinFormLimits(form, name, variable.getValue());
    }
  }

  /** A display-only field may come back (Tasklist sends it), but only with the value the case holds. */
  private boolean sameAsRecorded(String taskId, String name, JsonNode value) {
    Object recorded = contracts.recordedValue(taskId, name);
    String sent = value == null || value.isNull() ? null : value.asText();
    return Objects.equals(recorded == null ? null : String.valueOf(recorded), sent);
  }

  private void checkAssignee(String taskId, String userId) {
    if (userId == null) {
      return;
    }
    List<String> teams = contracts.candidateGroups(taskId);
    if (teams.isEmpty()) {
      return;
    }
    if (contracts.groupsOf(userId).stream().noneMatch(teams::contains)) {
      throw GuardRefusal.badRequest("„" + userId + "“ gehört nicht zum Team dieser Aufgabe (" + String.join(", ", teams)
          + "): Eine Aufgabe wird nur einem Mitglied ihres Teams zugewiesen.");
    }
  }

  private void checkMessage(JsonNode body, Caller caller) {
    requireObject(body);
    onlyProperties(body, MESSAGE_PROPERTIES, Set.of());
    String name = text(body, "messageName");
    if (name == null || name.isBlank()) {
      throw GuardRefusal.badRequest("Name der Nachricht (messageName) fehlt.");
    }
    String businessKey = text(body, "businessKey");
    String processInstanceId = text(body, "processInstanceId");
    if ((businessKey == null || businessKey.isBlank()) && (processInstanceId == null || processInstanceId.isBlank())) {
      throw GuardRefusal.badRequest("Nachricht „" + name + "“: Geschäftsschlüssel (businessKey) oder Fall "
          + "(processInstanceId) fehlt. Eine Nachricht wird immer genau einem Fall zugeordnet.");
    }
    Map<String, ModelContracts.DeclaredMessage> declared = contracts.declaredMessages();
    ModelContracts.DeclaredMessage message = declared.get(name);
    if (message == null) {
      throw GuardRefusal.badRequest("Die Nachricht „" + name + "“ erwartet kein Prozess. Bekannte Nachrichten: "
          + String.join(", ", new TreeSet<>(declared.keySet())) + ".");
    }
    // Whether a case waits for a message is itself information: only callers who may correlate it learn it.
    if (!contracts.mayCorrelate(caller, message)) {
      throw GuardRefusal.forbidden("Nachrichten an Prozesse senden nur andere Systeme (Gruppe „schnittstelle“) "
          + "und die Administration.");
    }
    Set<String> variables = message.variables();
    JsonNode processVariables = body.get("processVariables");
    VariableChecks.check(processVariables, "processVariables");
    if (processVariables != null && processVariables.isObject()) {
      for (Iterator<String> names = processVariables.fieldNames(); names.hasNext(); ) {
        String variable = names.next();
        if (!variables.contains(variable)) {
          throw GuardRefusal.badRequest("Die Nachricht „" + name + "“ darf die Variable „" + variable
              + "“ nicht setzen. Erlaubt: " + (variables.isEmpty() ? "keine" : String.join(", ", new TreeSet<>(variables)))
              + ".");
        }
      }
    }
  }

  private static void onlyProperties(JsonNode body, Set<String> allowed, Set<String> checkedElsewhere) {
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name) && !checkedElsewhere.contains(name) && !body.get(name).isNull()) {
        throw GuardRefusal.badRequest("Die Angabe „" + name + "“ wird hier nicht angenommen. Erlaubt: "
            + String.join(", ", new TreeSet<>(allowed)) + ".");
      }
    }
  }

  private static String allowed(FormFields form) {
    List<String> editable = form.editableByKey().entrySet().stream().filter(Map.Entry::getValue)
        .map(Map.Entry::getKey).toList();
    return editable.isEmpty() ? "keine" : String.join(", ", editable);
  }

  private static void requireObject(JsonNode body) {
    if (!body.isObject()) {
      throw GuardRefusal.badRequest("Der Inhalt der Anfrage muss ein JSON-Objekt sein.");
    }
  }

  private static String text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  /** The caller: the webapps' session user, or the user the REST API's Basic login set; null when nobody. */
  private Caller caller(HttpServletRequest request) {
    if (!request.getRequestURI().startsWith(request.getContextPath() + EnginePath.Api.REST.prefix() + "/")
        && !request.getRequestURI().equals(request.getContextPath() + EnginePath.Api.REST.prefix())) {
      UserAuthentication user = sessionUser(request);
      return user == null ? null : new Caller(user.getIdentityId(), List.copyOf(user.getGroupIds()));
    }
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null ? null : new Caller(authentication.getUserId(), authentication.getGroupIds());
  }

  /** Logged in with Cockpit among the person's applications (administrators always are). */
  private static boolean mayUseCockpit(HttpServletRequest request) {
    UserAuthentication user = sessionUser(request);
    return user == null || user.getAuthorizedApps() == null || user.getAuthorizedApps().contains("cockpit");
  }

  /** The person logged in to the webapps for the engine, or null. */
  private static UserAuthentication sessionUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    return authentications != null && authentications.getAuthenticationForProcessEngine(EnginePath.ENGINE)
        instanceof UserAuthentication user ? user : null;
  }

  private static boolean isJson(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(Locale.ROOT).contains("json");
  }

  private static byte[] readBody(HttpServletRequest request) throws IOException {
    try (InputStream in = request.getInputStream()) {
      byte[] bytes = in.readNBytes(MAX_BODY + 1);
      if (bytes.length > MAX_BODY) {
        throw new GuardRefusal(413, "InvalidRequestException",
            "Die Anfrage ist zu groß (höchstens " + MAX_BODY / 1024 + " KiB).");
      }
      return bytes;
    }
  }

  /** The body as JSON; empty is no body. Broken JSON and a bare {@code null} are refused. */
  static JsonNode parse(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      return null;
    }
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (StreamConstraintsException e) {
      throw GuardRefusal.badRequest("Der Inhalt der Anfrage ist zu tief verschachtelt oder zu groß (höchstens "
          + StreamReadConstraints.DEFAULT_MAX_DEPTH + " Ebenen).");
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw GuardRefusal.badRequest("Der Inhalt der Anfrage ist kein gültiges JSON"
          + (at == null ? "" : " (Zeile " + at.getLineNr() + ", Spalte " + at.getColumnNr() + ")") + ".");
    }
    if (node == null || node instanceof NullNode || node.isMissingNode()) {
      throw GuardRefusal.badRequest("Der Inhalt der Anfrage fehlt: erwartet wird ein JSON-Objekt, nicht null.");
    }
    return node;
  }

  static void write(HttpServletResponse response, GuardRefusal refusal) throws IOException {
    response.setStatus(refusal.status());
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(JSON.writeValueAsString(Map.of("type", refusal.type(), "message", refusal.getMessage())));
  }
}
