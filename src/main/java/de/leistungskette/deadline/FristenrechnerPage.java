package de.leistungskette.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page "Fristenrechner" at {@code /fristenrechner}. It is not a static resource: like the API
 * it sits behind the login of the webapps (see ApplicationAuthenticationFilter).
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
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .body(new String(page, StandardCharsets.UTF_8));
  }
}
