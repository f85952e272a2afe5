package de.leistungskette.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import de.leistungskette.security.SecurityHeaders;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page "Fristenrechner" at {@code /fristenrechner}. It is not a static resource: like the API
 * it sits behind the login of the webapps (see ApplicationAuthenticationFilter). Its
 * Content-Security-Policy lets only its own script run (a fresh nonce on every request), loads
 * nothing from elsewhere and forbids framing by any site. The date is prefilled with today in
 * Germany (not the browser's or the server's UTC day, which is yesterday until 1 a.m.).
 */
@Controller
public class FristenrechnerPage {


  private final byte[] page;

  public FristenrechnerPage() throws IOException {
    try (InputStream in = new ClassPathResource("fristenrechner/index.html").getInputStream()) {
      page = in.readAllBytes();
    }
  }

  @GetMapping({"/fristenrechner", "/fristenrechner/"})
  public ResponseEntity<String> page() {
    String nonce = SecurityHeaders.nonce();
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .header("Content-Security-Policy", "default-src 'self'; script-src 'nonce-" + nonce + "'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; "
            + "form-action 'self'; object-src 'none'")
        .header("Cache-Control", "no-store")
        .body(new String(page, StandardCharsets.UTF_8).replace("<script>", "<script nonce=\"" + nonce + "\">")
            .replace("{{today}}", GermanDates.numeric(LocalDate.now(Deadlines.BERLIN))));
  }
}
