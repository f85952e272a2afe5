package de.leistungskette.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this installation runs: demo mode (demo users with known passwords, for trying the
 * application on the embedded database) or production mode (one administrator from the
 * environment, password policy on).
 */
@ConfigurationProperties("leistungskette")
public record PlatformProperties(@DefaultValue("false") boolean demo, @DefaultValue Admin admin) {

  public record Admin(String user, String password) {

    public boolean isComplete() {
      return user != null && !user.isBlank() && password != null && !password.isBlank();
    }
  }
}
