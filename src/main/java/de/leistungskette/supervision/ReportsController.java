package de.leistungskette.supervision;

import de.leistungskette.identity.Team;
import de.leistungskette.platform.ApiErrors;
import de.leistungskette.platform.ApplicationAuthenticationFilter;
import de.leistungskette.platform.TaskDeadlines;
import de.leistungskette.security.SecurityHeaders;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The page "Berichte" ({@code /berichte}) and its data ({@code /api/berichte/…}): team leads, the
 * KEL coordination and administrators; everybody else 403. Each report as JSON (table and chart)
 * and each of its tables as CSV for Excel.
 */
@RestController
public class ReportsController {

  static final List<String> READERS = List.of(Team.TEAMLEITUNG.groupId(), Team.KEL_KOORDINATION.groupId(),
      Groups.CAMUNDA_ADMIN);

  private static final String REFUSED = "Keine Berechtigung: die Berichte sehen Teamleitungen, die KEL-Koordination "
      + "und die Administration.";

  private final Reports reports;
  private final ReferralPlan plan;
  private final IdentityService identity;
  private final String page;

  public ReportsController(Reports reports, ReferralPlan plan, IdentityService identity) throws IOException {
    this.reports = reports;
    this.plan = plan;
    this.identity = identity;
    try (InputStream in = new ClassPathResource("berichte/index.html").getInputStream()) {
      this.page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @GetMapping({"/berichte", "/berichte/"})
  public ResponseEntity<String> page(HttpServletRequest request) {
    if (!mayRead(request)) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(new MediaType(MediaType.TEXT_PLAIN,
          StandardCharsets.UTF_8)).body(REFUSED);
    }
    String nonce = SecurityHeaders.nonce();
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .header("Content-Security-Policy", "default-src 'self'; script-src 'self' 'nonce-" + nonce + "'; style-src 'self' "
            + "'nonce-" + nonce + "'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; "
            + "object-src 'none'")
        .header("Cache-Control", "no-store")
        .body(page.replace("<script>", "<script nonce=\"" + nonce + "\">").replace("<style>",
            "<style nonce=\"" + nonce + "\">"));
  }

  @GetMapping(value = "/api/berichte/{report}", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Object> report(@PathVariable String report, @RequestParam(required = false) String jahr,
      HttpServletRequest request) {
    return guarded(request, () -> {
      Report found = find(report, year(jahr));
      return found == null ? notFound(report) : ResponseEntity.ok(found);
    });
  }

  @GetMapping("/api/berichte/{report}/csv")
  public ResponseEntity<Object> csv(@PathVariable String report, @RequestParam(required = false) String jahr,
      @RequestParam(defaultValue = "0") int tabelle, HttpServletRequest request) {
    return guarded(request, () -> {
      int year = year(jahr);
      Report found = find(report, year);
      if (found == null) {
        return notFound(report);
      }
      if (tabelle < 0 || tabelle >= found.tables().size()) {
        return ApiErrors.error(HttpStatus.BAD_REQUEST, "Tabelle " + tabelle + " gibt es im Bericht nicht.");
      }
      String name = found.id() + ("fristen".equals(found.id()) ? "" : "-" + year) + (tabelle > 0 ? "-" + tabelle : "")
          + ".csv";
      return ResponseEntity.ok()
          .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
          .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
          .body(Report.csv(found.tables().get(tabelle)));
    });
  }

  /** One planned figure, entered on the page. */
  @PostMapping(value = "/api/berichte/soll-ist/plan", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Object> enter(@RequestBody Map<String, Object> body, HttpServletRequest request) {
    return guarded(request, () -> {
      plan.save(List.of(ReferralPlan.entry(text(body.get("team")), text(body.get("location")), text(body.get("month")),
          text(body.get("planned")))));
      return ResponseEntity.ok(Map.of("saved", 1));
    });
  }

  /** Planned figures as CSV (Team;Standort;Monat;Soll). */
  @PostMapping(value = "/api/berichte/soll-ist/plan", consumes = "text/csv")
  public ResponseEntity<Object> upload(@RequestBody String csv, HttpServletRequest request) {
    return guarded(request, () -> {
      List<ReferralPlan.Entry> entries = ReferralPlan.fromCsv(csv);
      plan.save(entries);
      return ResponseEntity.ok(Map.of("saved", entries.size()));
    });
  }

  private Report find(String report, int year) {
    return switch (report) {
      case "mindeststandards" -> reports.minimumStandards(year);
      case "fristen" -> reports.deadlines();
      case "kel" -> reports.referrals(year);
      case "soll-ist" -> reports.plannedAndActual(year);
      default -> null;
    };
  }

  private static int year(String text) {
    if (text == null || text.isBlank()) {
      return TaskDeadlines.today().getYear();
    }
    if (!text.strip().matches("\\d{4}") || Integer.parseInt(text.strip()) < 2000 || Integer.parseInt(text.strip()) > 2100) {
      throw new IllegalArgumentException("Jahr „" + text + "“ ist ungültig (JJJJ, 2000 bis 2100).");
    }
    return Integer.parseInt(text.strip());
  }

  private ResponseEntity<Object> guarded(HttpServletRequest request, Supplier<ResponseEntity<Object>> answer) {
    if (!mayRead(request)) {
      return ApiErrors.error(HttpStatus.FORBIDDEN, REFUSED);
    }
    return answer.get(); // malformed input: IllegalArgumentException, German 400 through ApiErrors
  }

  private boolean mayRead(HttpServletRequest request) {
    return ApplicationAuthenticationFilter.callerGroups(request, identity).stream().anyMatch(READERS::contains);
  }

  private static ResponseEntity<Object> notFound(String report) {
    return ApiErrors.error(HttpStatus.NOT_FOUND, "Bericht „" + report + "“ gibt es nicht (mindeststandards, fristen, kel, soll-ist).");
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
