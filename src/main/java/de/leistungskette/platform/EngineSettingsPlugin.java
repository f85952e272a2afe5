package de.leistungskette.platform;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Engine settings that depend on the mode: outside demo mode the engine's password policy is on
 * (demo users have the password "demo", which no policy would accept).
 */
@Component
public class EngineSettingsPlugin extends AbstractProcessEnginePlugin {

  private final PlatformProperties properties;

  public EngineSettingsPlugin(PlatformProperties properties) {
    this.properties = properties;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (!properties.demo() && !properties.admin().isComplete()) {
      throw new IllegalStateException(
          "Leistungskette startet nicht: außerhalb des Demo-Modus müssen ADMIN_USER und ADMIN_PASSWORD gesetzt sein "
              + "(Administrator-Zugang für Camunda Admin).");
    }
    configuration.setEnablePasswordPolicy(!properties.demo());
  }
}
