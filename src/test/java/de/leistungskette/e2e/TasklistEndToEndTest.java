package de.leistungskette.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import de.leistungskette.EngineTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person at the Fallkoordination works a case in Tasklist, in real headless Chromium (Debian's
 * chromium and chromium-driver; skipped where they are not installed). Screenshots of every step
 * are kept in target/e2e-screenshots/.
 */
@EngineTest
@Tag("e2e")
class TasklistEndToEndTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired de.leistungskette.supervision.OverdueSummary overdueSummary;

  /** The "Fallkoordination" entry of the filter list (its text may carry the task count). */
  static final String QUEUE = filter("Fallkoordination");

  static String filter(String name) {
    return "//*[contains(@class,'task-filters')]//*[contains(@class,'task-filter')]"
        + "[.//h4[contains(@class,'name')]/a[starts-with(normalize-space(),'" + name + "')]]";
  }

  WebDriver browser;
  WebDriverWait wait;

  /** CI keeps no screenshots: a failing test prints where the browser was and what it showed. */
  @RegisterExtension
  final TestExecutionExceptionHandler printPageOnFailure = (context, failure) -> {
    if (browser != null) {
      try {
        String text = (String) ((JavascriptExecutor) browser).executeScript("return document.body.innerText;");
        System.err.println("Browser at " + browser.getCurrentUrl() + " showed:\n"
            + text.substring(0, Math.min(text.length(), 3000)));
      } catch (RuntimeException unreadable) {
        failure.addSuppressed(unreadable);
      }
    }
    throw failure;
  };
  int step;
  String testName;

  @BeforeAll
  static void emptyScreenshotFolder() throws IOException {
    Files.createDirectories(SCREENSHOTS);
    try (var old = Files.list(SCREENSHOTS)) {
      for (Path file : old.toList()) {
        Files.delete(file);
      }
    }
  }

  @BeforeEach
  void openBrowser(TestInfo test) throws IOException {
    testName = test.getTestMethod().orElseThrow().getName();
    step = 0;
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Debian's chromium and chromium-driver are not installed");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1366,768", "--lang=en-US",
        "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .withEnvironment(Map.of("TZ", "Europe/Berlin")).build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      screenshot("last");
      try {
        Files.writeString(SCREENSHOTS.resolve(testName + "-last.html"), browser.getPageSource());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      browser.quit();
    }
  }

  @Test
  void the_fallkoordination_claims_checks_and_completes_a_case_and_finds_the_next_task_in_its_queue() {
    // Given: an application handed in long ago, so that it is first in the queue (earliest due date
    // first) whatever other tests left there
    String applicationId = "E2E-" + UUID.randomUUID().toString().substring(0, 8);
    String customer = "Erika Mustermann " + applicationId;
    runtimeService.startProcessInstanceByKey("qeb-application", Map.of("applicationId", applicationId,
        "customerName", customer, "receivedOn", "2020-03-02", "channel", "IN_PERSON"));

    // When: the Fallkoordination logs in to Tasklist
    logIn("tasklist", "fallkoordination");

    // ... opens the "Fallkoordination" filter (and does not see the "Eingangszone" one)
    WebElement queue = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(QUEUE)));
    assertThat(browser.findElements(By.xpath(filter("Eingangszone")))).isEmpty();
    click(queue);

    // ... opens "Unterlagen prüfen" of this case and claims it
    click(wait.until(ExpectedConditions.elementToBeClickable(taskInList(applicationId, "Unterlagen prüfen"))));
    screenshot("queue");
    claim();

    // ... sees the deadline with its explanation, fills in the form and completes it
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(),'Ergebnis der Prüfung')]")));
    WebElement explanation = wait.until(ExpectedConditions.presenceOfElementLocated(
        field("textarea", "Frist und ihre Berechnung")));
    assertThat(explanation.getDomProperty("value")).contains("Zu erledigen bis", "Arbeitstag");
    click(browser.findElement(option("Unterlagen unvollständig")));
    screenshot("form");
    click(browser.findElement(By.xpath("//button[normalize-space()='Abschließen']")));

    // Then: the case moved on, and the next task waits in the same queue
    wait.until(driver -> {
      Task next = taskService.createTaskQuery().processInstanceBusinessKey(applicationId).singleResult();
      return next != null && next.getTaskDefinitionKey().equals("requestDocuments");
    });
    assertThat(runtimeService.getVariable(
        taskService.createTaskQuery().processInstanceBusinessKey(applicationId).singleResult().getProcessInstanceId(),
        "documentsStatus")).isEqualTo("INCOMPLETE");
    // (Tasklist refreshes the open queue by itself after completing a task)
    wait.until(ExpectedConditions.visibilityOfElementLocated(
        taskInList(applicationId, "Unterlagen anfordern / Termin vergeben")));
    screenshot("next-task");
  }

  @Test
  void the_reception_starts_an_application_from_tasklist() {
    String applicationId = openStartForm();
    typeDate("Eingangsdatum", "2.3.2020");
    click(browser.findElement(option("persönlich abgegeben")));
    screenshot("start-form");
    click(browser.findElement(By.xpath("//button[normalize-space()='Start']")));

    wait.until(driver -> runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(applicationId).count() == 1);
    var instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(applicationId).singleResult();
    assertThat(runtimeService.getVariable(instance.getId(), "receivedOn")).isEqualTo("2020-03-02");
    assertThat(runtimeService.getVariable(instance.getId(), "caseworkerGroup")).isEqualTo("fallmanagement");
    screenshot("started");
  }

  @Test
  void dates_are_typed_the_german_way_and_nothing_else_is_taken_even_in_an_english_browser() {
    String applicationId = openStartForm();
    click(browser.findElement(option("persönlich abgegeben")));

    // The calendar is German: Monday first, German month names.
    click(browser.findElement(field("input", "Eingangsdatum")));
    WebElement calendar = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".flatpickr-calendar.open")));
    assertThat(calendar.findElement(By.cssSelector(".flatpickr-weekday")).getText().trim()).isEqualTo("Mo");
    assertThat(calendar.getText()).containsAnyOf("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
        "September", "Oktober", "November", "Dezember");
    screenshot("german-calendar");

    // Anything that is not a real German date is refused in the form, never read as another date.
    for (String refused : new String[] {"31.02.2027", "2027-11-03", "11/03/2027"}) {
      typeDate("Eingangsdatum", refused);
      WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".lk-date-error")));
      assertThat(error.getText()).isEqualTo("„" + refused + "“ ist kein gültiges Datum. Bitte als TT.MM.JJJJ "
          + "eingeben, z. B. 03.11.2026.");
      assertThat(browser.findElement(field("input", "Eingangsdatum")).getDomProperty("value")).isEmpty();
      screenshot("refused-" + refused.replaceAll("[^0-9]", "-"));
      click(browser.findElement(By.xpath("//button[normalize-space()='Start']")));
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(applicationId).count()).isZero();
    }
    clearDate("Eingangsdatum");

    // Empty: the form says so in German.
    click(browser.findElement(By.xpath("//button[normalize-space()='Start']")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//*[contains(@class,'lk-form-error')][normalize-space()='Pflichtfeld: Bitte ausfüllen.']")));
    screenshot("required");

    // "3.11.2026" is 3 November 2026, stored as the contract says.
    typeDate("Eingangsdatum", "3.11.2026");
    assertThat(browser.findElements(By.cssSelector(".lk-date-error"))).isEmpty();
    click(browser.findElement(By.xpath("//button[normalize-space()='Start']")));
    wait.until(driver -> runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(applicationId).count() == 1);
    var instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(applicationId).singleResult();
    assertThat(runtimeService.getVariable(instance.getId(), "receivedOn")).isEqualTo("2026-11-03");
  }

  @Test
  void every_date_field_of_every_task_form_takes_german_dates_and_refuses_anything_else() {
    // The engine clock stands on Wednesday 4.3.2020 (the browser's clock does not matter here).
    ClockUtil.setCurrentTime(java.util.Date.from(java.time.ZonedDateTime.of(2020, 3, 4, 10, 0, 0, 0,
        java.time.ZoneId.of("Europe/Berlin")).toInstant()));
    try {
      String postal = startCase("POST");
      workTask("eingangszone", "Eingangszone", "Einladung versenden", postal,
          () -> refuseThenType("Einladung zur Post gegeben am", "31.02.2027", "5.3.2020"));
      assertThat(variable(postal, "invitationPostedOn")).isEqualTo("2020-03-05");

      String request = startCase("IN_PERSON");
      taskService.complete(task(request).getId(), Map.of("documentsStatus", "INCOMPLETE", "appointmentNeeded", true));
      workTask("fallkoordination", "Fallkoordination", "Unterlagen anfordern / Termin vergeben", request, () -> {
        refuseThenType("Termin am", "2020-03-16", "16.03.2020");
        refuseThenType("Schreiben zur Post gegeben am", "11/03/2020", "6.3.2020");
        WebElement missing = browser.findElement(field("textarea", "Fehlende Unterlagen"));
        missing.sendKeys("Mietvertrag");
        wait.until(driver -> "Mietvertrag".equals(missing.getDomProperty("value")));
        tick("warnt schriftlich vor der Versagung");
      });
      assertThat(variable(request, "appointmentOn")).isEqualTo("2020-03-16");
      assertThat(variable(request, "requestPostedOn")).isEqualTo("2020-03-06");

      String decision = startCase("IN_PERSON");
      taskService.complete(task(decision).getId(), Map.of("documentsStatus", "COMPLETE", "appointmentNeeded", false));
      workTask("qeb", "Qualifizierte Erstberatung (QEB)", "Über den Antrag entscheiden", decision, () -> {
        click(browser.findElement(option("abgelehnt")));
        refuseThenType("Bescheid zur Post gegeben am", "5.3.20", "5.3.2020");
      });
      assertThat(variable(decision, "decisionPostedOn")).isEqualTo("2020-03-05");

      // A request posted on Wed 4.3.2020 runs until Mon 16.3.2020; nothing came in: refuse on 17.3.
      String refusal = startCase("IN_PERSON");
      taskService.complete(task(refusal).getId(), Map.of("documentsStatus", "INCOMPLETE", "appointmentNeeded", false));
      taskService.complete(task(refusal).getId(), Map.of("missingDocuments", "Mietvertrag",
          "requestPostedOn", "2020-03-04", "refusalWarningGiven", true));
      ClockUtil.setCurrentTime(java.util.Date.from(java.time.ZonedDateTime.of(2020, 3, 17, 10, 0, 0, 0,
          java.time.ZoneId.of("Europe/Berlin")).toInstant()));
      String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(refusal).singleResult().getId();
      managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).timers().singleResult()
          .getId());
      workTask("eingangszone", "Eingangszone", "Versagungsbescheid erstellen", refusal,
          () -> refuseThenType("Versagungsbescheid zur Post gegeben am", "32.03.2020", "17.3.2020"));
      assertThat(variable(refusal, "decisionPostedOn")).isEqualTo("2020-03-17");
    } finally {
      ClockUtil.reset();
    }
  }

  /** The reception opens "Antrag erfassen" in Tasklist and fills in number and name; returns the number. */
  private String openStartForm() {
    String applicationId = "E2E-" + UUID.randomUUID().toString().substring(0, 8);
    openStartForm("eingangszone", "Antragsbearbeitung (QEB)");
    wait.until(ExpectedConditions.visibilityOfElementLocated(field("input", "Antragsnummer"))).sendKeys(applicationId);
    browser.findElement(field("input", "Name der antragstellenden Person")).sendKeys("Erika Mustermann");
    return applicationId;
  }

  private String startCase(String channel) {
    String applicationId = "E2E-" + UUID.randomUUID().toString().substring(0, 8);
    runtimeService.startProcessInstanceByKey("qeb-application", Map.of("applicationId", applicationId,
        "customerName", "Erika Mustermann " + applicationId, "receivedOn", "2020-03-02", "channel", channel));
    return applicationId;
  }

  private Task task(String applicationId) {
    return taskService.createTaskQuery().processInstanceBusinessKey(applicationId).singleResult();
  }

  private Object variable(String applicationId, String name) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(
        historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(applicationId).singleResult().getId())
        .variableName(name).singleResult().getValue();
  }

  /**
   * Types into a field and makes sure the text stays: a form that is still loading its variables
   * may render the field anew and lose what was typed (seen once on a loaded machine).
   */
  private void type(By locator, String text) {
    wait.until(driver -> {
      WebElement input = driver.findElement(locator);
      if (!text.equals(input.getDomProperty("value"))) {
        input.clear();
        input.sendKeys(text);
      }
      return text.equals(driver.findElement(locator).getDomProperty("value"));
    });
  }

  /** Ticks a checkbox by its label and makes sure it is ticked. */
  private void tick(String label) {
    WebElement box = browser.findElement(By.xpath("//label[contains(normalize-space(),'" + label + "')]"
        + "/ancestor::*[contains(@class,'fjs-form-field')][1]//input[@type='checkbox']"));
    for (int attempt = 0; attempt < 3 && !box.isSelected(); attempt++) {
      click(box);
    }
    assertThat(box.isSelected()).as(label).isTrue();
  }

  /** Chooses an answer ("Ja", "Nein") of a yes/no question by the question's label. */
  private void answer(String question, String choice) {
    WebElement field = browser.findElement(By.xpath("//label[contains(normalize-space(),'" + question + "')]"
        + "/ancestor::*[contains(@class,'fjs-form-field')][1]"));
    click(field.findElement(By.xpath(".//label[normalize-space()='" + choice + "']")));
    wait.until(driver -> field.findElements(By.cssSelector("input[type=radio]")).stream()
        .anyMatch(WebElement::isSelected));
  }

  /** Types a wrong date, sees it refused in German and the field emptied, then types the right one. */
  private void refuseThenType(String label, String wrong, String right) {
    typeDate(label, wrong);
    WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//label[starts-with(normalize-space(),'" + label + "')]/ancestor::*[contains(@class,'fjs-form-field')][1]"
            + "//*[contains(@class,'lk-date-error')]")));
    assertThat(error.getText()).startsWith("„" + wrong + "“ ist kein gültiges Datum.");
    assertThat(browser.findElement(field("input", label)).getDomProperty("value")).isEmpty();
    typeDate(label, right);
    wait.until(ExpectedConditions.invisibilityOf(error));
  }

  @Test
  void a_person_gives_back_a_claimed_task_and_sees_overdue_work_marked() {
    String applicationId = "E2E-" + UUID.randomUUID().toString().substring(0, 8);
    runtimeService.startProcessInstanceByKey("qeb-application", Map.of("applicationId", applicationId,
        "customerName", "Erika Mustermann " + applicationId, "receivedOn", "2020-03-02", "channel", "IN_PERSON"));

    logIn("tasklist", "fallkoordination");
    click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(QUEUE))));
    WebElement entry = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//*[contains(@class,'tasks-list')]//li[.//*[contains(normalize-space(),'" + applicationId + "')]]")));
    // Overdue in sight: red, with the date and the days overdue, no priority.
    wait.until(driver -> entry.getAttribute("class").contains("lk-overdue"));
    assertThat(entry.findElement(By.cssSelector(".lk-due")).getText())
        .matches("überfällig seit \\d+ Tagen \\(fällig Mi 4\\.3\\.2020\\)");
    assertThat(entry.findElement(By.cssSelector(".priority")).isDisplayed()).isFalse();
    screenshot("overdue-in-queue");

    click(wait.until(ExpectedConditions.elementToBeClickable(taskInList(applicationId, "Unterlagen prüfen"))));
    claim();
    wait.until(driver -> "fallkoordination".equals(assignee(applicationId)));
    screenshot("claimed");
    // Controls that cannot work for a team member are not offered.
    assertThat(browser.findElements(By.cssSelector(".reset-due-date")).stream().filter(WebElement::isDisplayed)).isEmpty();
    assertThat(browser.findElements(By.cssSelector(".create-task-action")).stream().filter(WebElement::isDisplayed))
        .isEmpty();

    click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.unclaim"))));
    wait.until(driver -> assignee(applicationId) == null);
    screenshot("given-back");
    assertThat(browser.findElements(By.cssSelector(".ce-eol-banner")).stream().filter(WebElement::isDisplayed)).isEmpty();
  }

  private String assignee(String applicationId) {
    return taskService.createTaskQuery().processInstanceBusinessKey(applicationId).singleResult().getAssignee();
  }

  @Test
  void a_whole_case_is_worked_in_tasklist_from_the_check_to_the_deregistration() {
    String applicationId = "E2E-" + UUID.randomUUID().toString().substring(0, 8);
    runtimeService.startProcessInstanceByKey("qeb-application", Map.of("applicationId", applicationId,
        "customerName", "Erika Mustermann " + applicationId, "receivedOn", "2020-03-02", "channel", "IN_PERSON"));

    workTask("fallkoordination", "Fallkoordination", "Unterlagen prüfen", applicationId, () -> {
      click(browser.findElement(option("Unterlagen unvollständig")));
      click(browser.findElement(option("persönlicher Termin ist nötig")));
    });
    workTask("fallkoordination", "Fallkoordination", "Unterlagen anfordern / Termin vergeben", applicationId, () -> {
      type(field("textarea", "Fehlende Unterlagen"), "Kontoauszüge der letzten drei Monate");
      typeDate("Termin am", "15.12.2030");
      click(browser.findElement(option("warnt schriftlich vor der Versagung")));
    });
    String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(applicationId)
        .singleResult().getId();
    assertThat(runtimeService.getVariable(instanceId, "appointmentOn")).isEqualTo("2030-12-15");
    assertThat(runtimeService.getVariable(instanceId, "refusalWarningGiven")).isEqualTo(true);

    // No connected system: the case waits in the Fallkoordination's queue, due on the request's deadline,
    // and the team records the documents that came in there.
    String requestDeadline = (String) runtimeService.getVariable(instanceId, "requestDeadline");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(applicationId).taskName("Unterlagen erwartet")
        .taskCandidateGroup("fallkoordination").singleResult().getDueDate())
        .isEqualTo(java.util.Date.from(java.time.LocalDate.parse(requestDeadline).atTime(23, 59, 59)
            .atZone(java.time.ZoneId.of("Europe/Berlin")).toInstant()));
    workTask("fallkoordination", "Fallkoordination", "Unterlagen erwartet", applicationId,
        () -> answer("Sind die angeforderten Unterlagen jetzt vollständig", "Ja, vollständig"));
    assertThat(runtimeService.getVariable(instanceId, "documentDeliveries")).isEqualTo(1);

    workTask("qeb", "Qualifizierte Erstberatung (QEB)", "Über den Antrag entscheiden", applicationId,
        () -> click(browser.findElement(option("abgelehnt"))));
    String decisionPostedOn = (String) runtimeService.getVariable(instanceId, "decisionPostedOn");
    assertThat(runtimeService.getVariable(instanceId, "decision")).isEqualTo("REJECTED");

    // The objection period passes without an objection: one month after notification, then its end
    try {
      Job objectionPeriod = managementService.createJobQuery().processInstanceId(instanceId).singleResult();
      assertThat(objectionPeriod.getDuedate()).isAfter(java.sql.Date.valueOf(decisionPostedOn));
      ClockUtil.setCurrentTime(objectionPeriod.getDuedate());
      managementService.executeJob(objectionPeriod.getId());
    } finally {
      ClockUtil.reset();
    }

    workTask("fallmanagement", "Fallmanagement", "Datensatz abmelden", applicationId,
        () -> click(browser.findElement(option("Der Datensatz ist abgemeldet"))));
    wait.until(driver -> runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count() == 0);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult()
        .getEndActivityId()).isEqualTo("recordDeregistered");
  }

  @Test
  void the_reception_takes_in_a_new_client_with_german_dates_and_the_case_reaches_the_right_queues() {
    String clientId = "K-E2E-" + UUID.randomUUID().toString().substring(0, 8);
    String today = todayInGerman();
    openStartForm("eingangszone", "Neukundenaufnahme (Eingangszone)");
    wait.until(ExpectedConditions.visibilityOfElementLocated(field("input", "Kundennummer"))).sendKeys(clientId);
    browser.findElement(field("input", "Name")).sendKeys("Erika Neukundin");
    typeDate("Geburtsdatum", "29.2.1980");
    typeDate("Tag der Vorsprache", today);
    browser.findElement(field("textarea", "Weitere Personen")).sendKeys("Lea Neukundin; 25.11.2011; ja");
    WebElement months = browser.findElement(field("input", "Monate sv-pflichtiger"));
    months.sendKeys(Keys.chord(Keys.CONTROL, "a"), "5");
    screenshot("intake-start-form");
    click(browser.findElement(By.xpath("//button[normalize-space()='Start']")));

    wait.until(driver -> runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(clientId).count() == 1);
    String intakeId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(clientId).singleResult()
        .getId();
    assertThat(runtimeService.getVariable(intakeId, "birthDate")).isEqualTo("1980-02-29");
    assertThat(runtimeService.getVariable(intakeId, "targetTeam")).isEqualTo("joboffensive");
    assertThat(runtimeService.getVariable(intakeId, "routingRule")).asString().startsWith("1.2 a)");

    // The reception books the QEB for today; the Joboffensive finds the first counselling in its queue.
    workTask("eingangszone", "Eingangszone", "QEB-Termin buchen, Antragsunterlagen aushändigen", clientId,
        () -> typeDate("Tag des QEB-Termins", today));
    workTask("joboffensive", "Joboffensive", "Erstberatung durchführen", clientId, () -> {
      answer("Ist die Person zur Erstberatung erschienen", "Ja");
      click(wait.until(ExpectedConditions.elementToBeClickable(option("kein Partner in der Bedarfsgemeinschaft"))));
    });
    assertThat(runtimeService.getVariable(intakeId, "partnerAttendance")).isEqualTo("NONE");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(clientId).taskDefinitionKey("conductQeb")
        .singleResult().getDueDate()).isNotNull();
  }

  @Test
  void a_caseworker_refers_a_client_and_only_that_provider_sees_and_answers_the_referral() {
    String referralId = "R-E2E-" + UUID.randomUUID().toString().substring(0, 8);
    String today = todayInGerman();
    openStartForm("fallmanagement", "Zuweisung kommunale Eingliederungsleistung (§ 16a SGB II)");
    wait.until(ExpectedConditions.visibilityOfElementLocated(field("input", "Zuweisungsnummer"))).sendKeys(referralId);
    browser.findElement(field("input", "Kundennummer")).sendKeys("K-" + referralId);
    browser.findElement(field("input", "Name")).sendKeys("Erika Zuweisung");
    typeDate("Geburtsdatum", "1.2.1980");
    click(browser.findElement(option("Schuldnerberatung")));
    click(browser.findElement(option("Schuldner- und Insolvenzberatung des Sozialamtes")));
    browser.findElement(field("textarea", "Anlass der Zuweisung")).sendKeys("Kontopfändung");
    tick("Die Person hat schriftlich eingewilligt");
    click(wait.until(ExpectedConditions.elementToBeClickable(option("auch Inhalte"))));
    typeDate("Tag der Zuweisung", today);
    screenshot("referral-start-form");
    click(browser.findElement(By.xpath("//button[normalize-space()='Start']")));
    wait.until(driver -> runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(referralId).count() == 1);

    // Another provider's queue does not list it; the debt counselling's does.
    browser.manage().deleteAllCookies();
    logIn("tasklist", "suchtberatung");
    click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(filter("Anlaufstelle der Suchtberatung")))));
    // a provider starts nothing: Tasklist offers no "Prozess starten" (it would open an empty dialog)
    wait.until(driver -> driver.findElement(By.tagName("body")).getAttribute("class").contains("lk-starts-nothing"));
    assertThat(browser.findElements(By.cssSelector(".start-process-action")).stream().filter(WebElement::isDisplayed))
        .isEmpty();
    assertThat(browser.findElements(taskInList(referralId, "Erstrückmeldung"))).isEmpty();
    workTask("schuldnerberatung", "Schuldner- und Insolvenzberatung", "Erstrückmeldung", referralId, () -> {
      // "Abschließen" without a choice records nothing: the form says what is missing beside the question
      click(browser.findElement(By.xpath("//button[normalize-space()='Abschließen']")));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//label[contains(normalize-space(),"
          + "'Wurde der Ersttermin wahrgenommen')]/ancestor::*[contains(@class,'fjs-form-field')][1]"
          + "//*[contains(@class,'lk-form-error')]")));
      assertThat(taskService.createTaskQuery().processInstanceBusinessKey(referralId).taskName("Erstrückmeldung")
          .count()).isEqualTo(1);
      screenshot("Erstrueckmeldung-ohne-Wahl");
      answer("Wurde der Ersttermin wahrgenommen", "Ja");
      click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
          "//label[starts-with(normalize-space(),'Hilfebedarfsgruppe')]/following::label[normalize-space()='1'][1]"))));
    });
    // the corrected completion is confirmed, and the notice of the refused try is gone
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lk-confirmation"))).getText())
        .isEqualTo("Aufgabe abgeschlossen.");
    wait.until(driver -> driver.findElements(By.cssSelector(".page-notifications .alert-danger")).stream()
        .noneMatch(WebElement::isDisplayed));
    screenshot("Erstrueckmeldung-abgeschlossen");
    String instanceId = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(referralId)
        .singleResult().getId();
    assertThat(runtimeService.getVariable(instanceId, "appointmentKept")).isEqualTo(true);
    assertThat((String) runtimeService.getVariable(instanceId, "plannedEffort")).contains("Hilfebedarfsgruppe 1");
  }

  @Test
  void an_integration_manager_starts_a_case_writes_and_updates_the_plan_prints_it_and_the_jobcenter_takes_it_over() {
    String personId = "P-E2E-" + UUID.randomUUID().toString().substring(0, 8);
    String today = todayInGerman();
    openStartForm("integrationsmanagement", "Integrationsmanagement");
    wait.until(ExpectedConditions.visibilityOfElementLocated(field("input", "Personennummer"))).sendKeys(personId);
    browser.findElement(field("input", "Name")).sendKeys("Amina Plan");
    typeDate("Geburtsdatum", "5.5.1990");
    typeDate("Tag der Zuweisung", today);
    click(browser.findElement(option("Geflüchtete in der kommunalen Anschlussunterbringung")));
    click(browser.findElement(option("Asylbewerberleistungsgesetz")));
    click(browser.findElement(option("Privatwohnung")));
    click(browser.findElement(option("Wiesbaden: Phase 1")));
    screenshot("integration-start-form");
    click(browser.findElement(By.xpath("//button[normalize-space()='Start']")));
    wait.until(driver -> runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(personId).count() == 1);

    workTask("integrationsmanagement", "Integrationsmanagement", "Erstberatung", personId, () -> {
      typeDate("Tag des ersten Beratungsgesprächs", today);
      tick("zeitliche Begrenzung");
    });
    workTask("integrationsmanagement", "Integrationsmanagement", "Integrationsplan erstellen", personId, () -> {
      WebElement qualifications = browser.findElement(field("textarea", "Qualifikationen und Kompetenzen"));
      qualifications.sendKeys("Schneiderin");
      wait.until(driver -> "Schneiderin".equals(qualifications.getDomProperty("value")));
      browser.findElement(field("input", "Ziel: Spracherwerb")).sendKeys("Deutsch B1");
      tick("Orientierung und Zurechtfinden");
    });
    String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(personId).singleResult()
        .getId();
    // the review shows the plan as it is; a changed goal makes version 2
    // (the next review task follows at once, so this waits for the new version, not for an empty queue)
    browser.manage().deleteAllCookies();
    logIn("tasklist", "integrationsmanagement");
    click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(filter("Integrationsmanagement")))));
    click(wait.until(ExpectedConditions.elementToBeClickable(taskInList(personId, "Integrationsplan fortschreiben"))));
    claim();
    WebElement goal = wait.until(ExpectedConditions.presenceOfElementLocated(field("input", "Ziel: Spracherwerb")));
    wait.until(driver -> "Deutsch B1".equals(goal.getDomProperty("value")));
    goal.sendKeys(" (Kurs ab März)");
    browser.findElement(field("textarea", "Was wurde geändert")).sendKeys("Kurs gefunden");
    screenshot("integration-review-form");
    click(browser.findElement(By.xpath("//button[normalize-space()='Abschließen']")));
    // polled while the completion may be writing the plan: a read between the variable's row and its
    // byte array (replaced by the update) finds no text yet, which is "not yet", not a failure
    wait.until(driver -> String.valueOf(((org.camunda.spin.plugin.variable.value.JsonValue) runtimeService
        .getVariableTyped(instanceId, "integrationPlan", false)).getValueSerialized()).contains("\"version\":2"));
    String plan = ((org.camunda.spin.plugin.variable.value.JsonValue) runtimeService.getVariableTyped(instanceId,
        "integrationPlan", false)).getValueSerialized();
    assertThat(plan).contains("\"version\":2").contains("Deutsch B1 (Kurs ab März)").contains("Schneiderin")
        .contains("\"phase1Orientation\":true");

    // the printable plan, in the same session
    browser.get("http://localhost:" + port + "/integrationsplan/" + personId);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//h1[normalize-space()='Integrationsplan']")));
    assertThat(browser.getPageSource()).contains("Deutsch B1 (Kurs ab März)").contains("Kurs gefunden")
        .contains("Phase 1 endet am");
    screenshot("integration-plan-print");

    // moving to SGB II in Wiesbaden: the Jobcenter's case management gets the task with the whole plan
    runtimeService.createMessageCorrelation("BenefitsChanged").processInstanceBusinessKey(personId)
        .setVariable("benefits", "SGB2").correlate();
    workTask("fallmanagement", "Fallmanagement", "Übergabe an das Jobcenter (Fallmanagement SGB II)", personId, () -> {
      WebElement shown = browser.findElement(field("textarea", "Integrationsplan (ganzer Stand)"));
      assertThat(shown.getDomProperty("value")).contains("Deutsch B1 (Kurs ab März)");
      typeDate("Übernommen am", today);
    });
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(personId).singleResult()
        .getEndTime()).isNotNull();
  }

  /** Logs in to Tasklist, "Prozess starten", and opens the start form of the process with this name. */
  private void openStartForm(String user, String processName) {
    logIn("tasklist", user);
    // Tasklist has loaded once it writes the chosen filter into the address; the test starts a
    // process after that, as a person does once the page is there (CI once lost the start form
    // that was opened earlier).
    wait.until(ExpectedConditions.urlContains("filter="));
    click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(normalize-space(),'Prozess starten')]"))));
    click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[contains(@class,'modal')]//a[normalize-space()='"
        + processName + "']"))));
    // The start form may be drawn again when the last of its requests arrive, and what was typed
    // before is gone (CI once lost the first field this way): type once the page has made no
    // request for a second, as a person starts typing once the form stands still.
    long[] seen = {-1, 0};
    wait.until(driver -> {
      long requests = ((Number) ((JavascriptExecutor) driver).executeScript(
          "return performance.getEntriesByType('resource').length;")).longValue();
      long now = System.nanoTime();
      if (requests != seen[0]) {
        seen[0] = requests;
        seen[1] = now;
        return false;
      }
      return now - seen[1] > 1_000_000_000L;
    });
  }

  /** Today as a person in Germany types it (d.M.yyyy). */
  private static String todayInGerman() {
    return java.time.LocalDate.now(de.leistungskette.deadline.Deadlines.BERLIN)
        .format(java.time.format.DateTimeFormatter.ofPattern("d.M.uuuu"));
  }

  /** The entry of a case's task in the open task list. */
  /**
   * Opens the case's task from the open queue: by clicking it in the list, or, where the queue holds
   * more earlier-due tasks (of other tests) than its first page shows, by the queue's own link to the
   * task, as a person following a link would.
   */
  private void openTask(String applicationId, String taskName) {
    try {
      click(new WebDriverWait(browser, Duration.ofSeconds(5))
          .until(ExpectedConditions.elementToBeClickable(taskInList(applicationId, taskName))));
      return;
    } catch (org.openqa.selenium.TimeoutException notOnTheFirstPage) {
      // opened by its link below
    }
    String taskId = taskService.createTaskQuery().processInstanceBusinessKey(applicationId).taskName(taskName)
        .singleResult().getId();
    String url = browser.getCurrentUrl();
    browser.get(url + (url.contains("?") ? "&" : "?") + "task=" + taskId);
  }

  private static By taskInList(String applicationId, String taskName) {
    return By.xpath("//*[contains(@class,'tasks-list')]//li[.//*[contains(normalize-space(),'" + applicationId + "')]]"
        + "//*[normalize-space()='" + taskName + "']");
  }

  /** A form field by the start of its label. */
  private static By field(String tag, String label) {
    return By.xpath("//label[starts-with(normalize-space(),'" + label + "')]/following::" + tag + "[1]");
  }

  /** A radio button or checkbox by (part of) its label. */
  private static By option(String label) {
    return By.xpath("//label[contains(normalize-space(),'" + label + "')]");
  }

  private void claim() {
    click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//button[contains(@class,'claim')] | //a[contains(@class,'claim')] | //button[normalize-space()='Beanspruchen']"))));
  }

  /** Types a day into a form's date field as a person in Germany does (TT.MM.JJJJ) and closes the picker. */
  private void typeDate(String label, String germanDate) {
    WebElement input = browser.findElement(field("input", label));
    click(input);
    input.sendKeys(germanDate);
    input.sendKeys(Keys.TAB);
    // The open picker would cover the fields below. Escape would close it, but also the start
    // dialog around a start form; a click on the form's heading closes only the picker.
    click(browser.findElement(By.xpath("//*[contains(@class,'fjs-form')]//h2")));
  }

  /** Empties a form's date field on purpose (types and deletes) and closes the picker. */
  private void clearDate(String label) {
    WebElement input = browser.findElement(field("input", label));
    click(input);
    input.sendKeys("1", Keys.BACK_SPACE, Keys.TAB);
    click(browser.findElement(By.xpath("//*[contains(@class,'fjs-form')]//h2")));
  }

  /** Logs in as the team's demo user, opens its queue, claims the case's task, fills in the form and completes it. */
  private void workTask(String user, String queue, String taskName, String applicationId, Runnable fillIn) {
    browser.manage().deleteAllCookies();
    logIn("tasklist", user);
    click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(filter(queue)))));
    openTask(applicationId, taskName);
    claim();
    wait.until(ExpectedConditions.presenceOfElementLocated(field("textarea", "Frist und ihre Berechnung")));
    fillIn.run();
    screenshot(taskName.replaceAll("[^A-Za-zÄÖÜäöüß]+", "-"));
    click(browser.findElement(By.xpath("//button[normalize-space()='Abschließen']")));
    wait.until(driver -> taskService.createTaskQuery().processInstanceBusinessKey(applicationId)
        .taskName(taskName).count() == 0);
  }

  @Test
  void a_caseworker_computes_a_deadline_on_the_fristenrechner_page_after_logging_in() {
    logIn("welcome", "arbeitsvermittlung");
    click(wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Fristenrechner"))));

    WebElement from = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("from")));
    // prefilled with today in Germany
    assertThat(from.getDomProperty("value")).isEqualTo(
        de.leistungskette.deadline.GermanDates.numeric(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin"))));
    from.clear();
    from.sendKeys("22.12.2027");
    WebElement amount = browser.findElement(By.id("amount"));
    amount.clear();
    amount.sendKeys("7");
    click(browser.findElement(By.xpath("//button[normalize-space()='Frist berechnen']")));

    WebElement due = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("due")));
    assertThat(due.getText()).isEqualTo("Montag, 3.1.2028");
    assertThat(browser.findElement(By.id("steps")).getText())
        .contains("Bekanntgabe (§ 37 Abs. 2 SGB X, 4. Tag): So 26.12.2027", "→ Montag, 3.1.2028 (§ 26 Abs. 3 SGB X)");
    screenshot("fristenrechner");

    // another spelling of the date is refused, never read as another day
    from.clear();
    from.sendKeys("2027-12-22");
    click(browser.findElement(By.xpath("//button[normalize-space()='Frist berechnen']")));
    WebElement refused = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
    assertThat(refused.getText()).isEqualTo("„2027-12-22“ ist kein gültiges Datum. Bitte als TT.MM.JJJJ eingeben, "
        + "z. B. 22.12.2027.");
    assertThat(browser.findElement(By.id("result")).isDisplayed()).isFalse();

    from.clear();
    from.sendKeys("22.12.2027");
    amount.clear();
    amount.sendKeys("0");
    // submitted past the browser's own field checks, as a script or an old browser would
    ((JavascriptExecutor) browser).executeScript(
        "document.getElementById('form').dispatchEvent(new Event('submit', {cancelable: true}));");
    wait.until(driver -> driver.findElement(By.id("error")).getText().contains("amount"));
    screenshot("fristenrechner-error");
  }

  @Test
  void the_team_lead_watches_the_applications_in_cockpit() {
    runtimeService.startProcessInstanceByKey("qeb-application", Map.of("applicationId",
        "E2E-" + UUID.randomUUID().toString().substring(0, 8), "customerName", "Max Mustermann",
        "receivedOn", "2020-03-02", "channel", "POST"));

    logIn("cockpit", "teamleitung");

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(),'Prozesse')]")));
    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/processes");
    wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//a[normalize-space()='Antragsbearbeitung (QEB)']")));
    screenshot("cockpit-processes");

    click(browser.findElement(By.xpath("//a[normalize-space()='Antragsbearbeitung (QEB)']")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-element-id='checkDocuments']")));
    // Start times read German ("So 22.11.2026 14:18"), not "2026-11-22T14:18:14".
    wait.until(driver -> driver.findElements(By.xpath("//table//td")).stream()
        .anyMatch(cell -> cell.getText().matches("[A-Z][a-z] \\d{1,2}\\.\\d{1,2}\\.\\d{4} \\d{2}:\\d{2}")));
    assertThat(browser.findElements(By.xpath("//table//td")).stream().map(WebElement::getText))
        .noneMatch(text -> text.matches("\\d{4}-\\d{2}-\\d{2}T.*"));
    screenshot("cockpit-diagram");

    // The intake's diagram, as a process owner and a team lead see it
    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/processes");
    click(wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//a[normalize-space()='Neukundenaufnahme (Eingangszone)']"))));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-element-id='routeClient']")));
    screenshot("cockpit-intake-diagram");

    // Integration management: the whole counselling with its event subprocesses
    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/processes");
    click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space()='Integrationsmanagement']"))));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-element-id='reviewIntegrationPlan']")));
    screenshot("cockpit-integration-diagram");
  }

  @Test
  void the_team_lead_sees_overdue_deadlines_on_the_dashboard_on_the_diagram_and_in_a_list_and_opens_the_case() {
    // received on Mon 2.3.2020: "Unterlagen prüfen" was due on Wed 4.3.2020, long overdue
    String applicationId = "E2E-OD-" + UUID.randomUUID().toString().substring(0, 8);
    runtimeService.startProcessInstanceByKey("qeb-application", Map.of("applicationId", applicationId,
        "customerName", "Otto Überfällig", "receivedOn", "2020-03-02", "channel", "IN_PERSON"));

    logIn("cockpit", "teamleitung");
    WebElement box = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lk-overdue-dashboard")));
    // at a glance: the box is the dashboard's first section, above Camunda's figures
    wait.until(driver -> ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
        "const box = document.getElementById('lk-overdue-dashboard'); const first = box.closest('section');"
            + "return first && first.parentElement.firstElementChild === first;"));
    assertThat(box.getText()).contains("überfällige und heute fällige Aufgaben").contains("Antragsbearbeitung (QEB)")
        .contains("Fallkoordination");
    screenshot("cockpit-overdue-dashboard");

    click(box.findElement(By.xpath(".//a[normalize-space()='Antragsbearbeitung (QEB)']")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//*[@data-container-id='checkDocuments']//*[contains(@class,'lk-overdue-badge')]")));
    click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space()='Überfällige Fristen']"))));
    WebElement list = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lk-overdue-list")));
    wait.until(driver -> list.getText().contains("Otto Überfällig"));
    assertThat(list.getText()).contains("Unterlagen prüfen").contains("Mi 4.3.2020");
    screenshot("cockpit-overdue-list");

    click(list.findElement(By.xpath(".//a[contains(normalize-space(),'Otto Überfällig')]")));
    click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space()='Fristen']"))));
    WebElement deadlines = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lk-case-deadlines")));
    assertThat(deadlines.getText()).contains("Unterlagen prüfen").contains("Mi 4.3.2020 (überfällig seit");
    screenshot("cockpit-case-deadlines");
  }

  @Test
  void the_team_lead_reads_the_reports_with_charts_and_downloads_a_csv() {
    runtimeService.startProcessInstanceByKey("qeb-application", Map.of("applicationId",
        "E2E-RP-" + UUID.randomUUID().toString().substring(0, 8), "customerName", "Rita Bericht",
        "receivedOn", "2020-03-02", "channel", "IN_PERSON"));
    logIn("welcome", "teamleitung");
    click(wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Berichte"))));
    WebElement deadlines = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//section[@id='report-fristen']//table")));
    assertThat(deadlines.getText()).contains("Fallkoordination").contains("überfällig");
    // Chart.js drew the chart into the canvas
    wait.until(driver -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
        "return !!Chart.getChart(document.getElementById('chart-fristen'))")));
    screenshot("berichte");
    // the CSV behind the link, as Excel would get it
    // (a decoder drops the BOM, so the first bytes are checked apart: EF BB BF)
    List<?> download = (List<?>) ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(document.querySelector('#report-fristen a.csv').href).then(r => r.arrayBuffer()).then(b => {"
            + "const bytes = new Uint8Array(b); done([bytes[0], bytes[1], bytes[2], new TextDecoder().decode(b)]); });");
    assertThat(download.subList(0, 3).toString()).isEqualTo("[239, 187, 191]");
    assertThat((String) download.get(3)).startsWith("Team;überfällig;heute;diese Woche;später;ohne Frist")
        .contains("Fallkoordination;");
  }

  @Test
  void the_team_lead_finds_the_daily_summary_of_overdue_deadlines_in_tasklist() {
    // received Mon 6.11.2017: "Unterlagen prüfen" due Wed 8.11.2017; the summary of Thu 9.11.2017 6:00 names it
    String applicationId = "E2E-SUM-" + UUID.randomUUID().toString().substring(0, 6);
    try {
      ClockUtil.setCurrentTime(java.util.Date.from(java.time.ZonedDateTime.of(2017, 11, 6, 9, 0, 0, 0,
          java.time.ZoneId.of("Europe/Berlin")).toInstant()));
      runtimeService.startProcessInstanceByKey("qeb-application", Map.of("applicationId", applicationId,
          "customerName", "Erika Übersicht", "receivedOn", "2017-11-06", "channel", "IN_PERSON"));
      ClockUtil.setCurrentTime(java.util.Date.from(java.time.ZonedDateTime.of(2017, 11, 9, 6, 0, 0, 0,
          java.time.ZoneId.of("Europe/Berlin")).toInstant()));
      managementService.deleteProperty("leistungskette.overdue-summary.last"); // other tests ran it at later clocks
      overdueSummary.run();
    } finally {
      ClockUtil.reset();
    }
    logIn("tasklist", "teamleitung");
    // due at the end of the day of the summary: by now it is also in the lead's "Überfällig" view
    click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(filter("Überfällig")))));
    click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//*[contains(@class,'tasks-list')]//li[.//*[contains(normalize-space(),'Tagesübersicht-2017-11-09-Fallkoordination')]]"
            + "//*[normalize-space()='Überfällige Fristen (Tagesübersicht)']"))));
    WebElement text = wait.until(ExpectedConditions.presenceOfElementLocated(field("textarea", "Neu überfällig")));
    wait.until(driver -> text.getDomProperty("value").contains("Vorgang " + applicationId));
    screenshot("daily-summary");
  }

  @Test
  void the_administrator_sees_camunda_admin_in_german() {
    logIn("admin", "demo");

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//a[normalize-space()='Benutzer']")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//a[normalize-space()='Gruppen']")));
    screenshot("admin");
  }

  /** Logs in on the webapps' login page; types again until both fields hold what was typed. */
  private void logIn(String app, String user) {
    browser.get("http://localhost:" + port + "/camunda/app/" + app + "/");
    By username = By.cssSelector("input[ng-model='username']");
    By password = By.cssSelector("input[ng-model='password']");
    wait.until(ExpectedConditions.visibilityOfElementLocated(username));
    wait.until(ExpectedConditions.visibilityOfElementLocated(password));
    wait.until(driver -> {
      WebElement name = driver.findElement(username);
      WebElement secret = driver.findElement(password);
      name.clear();
      name.sendKeys(user);
      secret.clear();
      secret.sendKeys("demo");
      return user.equals(name.getDomProperty("value")) && "demo".equals(secret.getDomProperty("value"));
    });
    screenshot("login-" + app);
    browser.findElement(By.cssSelector("button[type='submit']")).click();
  }

  /** Clicks like a person who first scrolls the element into view. */
  /** Scrolls the element into view and clicks it once the page has stopped moving (forms re-render as they load). */
  private void click(WebElement element) {
    for (int attempt = 1; ; attempt++) {
      ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
      try {
        element.click();
        return;
      } catch (org.openqa.selenium.ElementClickInterceptedException e) {
        if (attempt == 5) {
          throw e;
        }
        try {
          Thread.sleep(200);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  private void screenshot(String name) {
    try {
      Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(file, SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", testName, ++step, name)),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot keep screenshot " + name, e);
    }
  }
}
