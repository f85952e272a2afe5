package de.leistungskette.platform;

import de.leistungskette.security.QueueAuthorization;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;

/**
 * Engine settings. Outside demo mode the engine's password policy is on (demo users have the
 * password "demo", which no policy would accept). In every mode, after Camunda's security guide
 * ("Security Instructions": variable values from untrusted sources, login attempts):
 *
 * <ul>
 *   <li>object variables are deserialized only into allowed types (deserialization type
 *       validation on) and Java serialization stays off;</li>
 *   <li>a wrong password delays the next login of that account (1, 2, 4, … seconds, at most
 *       {@value #LOGIN_DELAY_MAX_SECONDS}), but never locks it for good: the engine's permanent
 *       lock after 10 attempts would let anybody lock out any account, the administrator's
 *       included. Guessing is slowed per client by {@link de.leistungskette.security.LoginThrottle}.</li>
 *   <li>a query of one's own team queues skips the engine's redundant authorization join
 *       ({@link QueueAuthorization}).</li>
 *   <li>the history is written by {@link TaskCopyHistory}: the engine's writer, without a record of
 *       the first value of what the process copies onto a task.</li>
 * </ul>
 */
@Component
public class EngineSettingsPlugin extends AbstractProcessEnginePlugin {

  /** Longest delay after a wrong password, in seconds. */
  public static final int LOGIN_DELAY_MAX_SECONDS = 30;

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
    configuration.setDeserializationTypeValidationEnabled(true);
    configuration.setJavaSerializationFormatEnabled(false);
    configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
    configuration.setLoginDelayBase(1);
    configuration.setLoginDelayFactor(2);
    configuration.setLoginDelayMaxTime(LOGIN_DELAY_MAX_SECONDS);
    List<SessionFactory> sessionFactories = new ArrayList<>();
    if (configuration.getCustomSessionFactories() != null) {
      sessionFactories.addAll(configuration.getCustomSessionFactories());
    }
    sessionFactories.add(QueueAuthorization.sessionFactory());
    configuration.setCustomSessionFactories(sessionFactories);
    // in place of the engine's default writer (ProcessEngineConfigurationImpl.initHistoryEventHandler
    // adds a plain DbHistoryEventHandler to the custom handlers unless this is off)
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    List<HistoryEventHandler> historyHandlers = new ArrayList<>();
    historyHandlers.add(new TaskCopyHistory());
    if (configuration.getCustomHistoryEventHandlers() != null) {
      historyHandlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    configuration.setCustomHistoryEventHandlers(historyHandlers);
  }
}
