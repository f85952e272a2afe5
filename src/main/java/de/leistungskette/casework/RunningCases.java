package de.leistungskette.casework;

import de.leistungskette.platform.RejectedInputException;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One running case per number: a process that calls {@link #reserve} when it starts can have at
 * most one running instance per business key (e.g. one "Antragsbearbeitung" per application
 * number), also when two starts arrive at the same moment on two nodes of one database.
 *
 * <p>How: table {@value #TABLE} holds (process key, business key, instance) with the first two as
 * primary key, written in the engine's own transaction (the start listener runs inside it, and
 * Spring hands the same connection to this JdbcTemplate). A second start with the same number
 * finds the row, or waits on the key until the first commits and then fails: it is refused with a
 * German message and nothing is started. When a case ends (or is cancelled or deleted), its row is
 * removed by an end listener every process gets; a row whose instance no longer runs (deleted
 * without listeners) is taken over by the next start.
 */
@Component
public class RunningCases extends AbstractProcessEnginePlugin {

  static final String TABLE = "LK_RUNNING_CASE";
  static final String MIGRATED = "leistungskette.running-cases";
  private static final Logger LOG = LoggerFactory.getLogger(RunningCases.class);

  private final JdbcTemplate jdbc;

  public RunningCases(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EveryProcess.onDeployment(configuration, (processElement, definition) -> {
      String processKey = definition.getKey();
      // built-in: it runs also when a case is deleted with skipCustomListeners
      definition.addBuiltInListener(ExecutionListener.EVENTNAME_END,
          (ExecutionListener) execution -> release(execution, processKey));
    });
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    jdbc.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (PROCESS_KEY VARCHAR(255) NOT NULL, "
        + "BUSINESS_KEY VARCHAR(255) NOT NULL, PROC_INST_ID VARCHAR(64) NOT NULL, "
        + "PRIMARY KEY (PROCESS_KEY, BUSINESS_KEY))");
    recordCasesOfOlderVersions(processEngine);
  }

  /**
   * Cases started before this version hold no row: they get one, once (engine property
   * {@value #MIGRATED}). Where an older version let several running cases share a number, the
   * oldest keeps it and the others are named in the log for the team lead to resolve.
   */
  private void recordCasesOfOlderVersions(ProcessEngine engine) {
    if (engine.getManagementService().getProperties().containsKey(MIGRATED)) {
      return;
    }
    int first = 0;
    List<ProcessInstance> page;
    do {
      page = engine.getRuntimeService().createProcessInstanceQuery().orderByProcessInstanceId().asc()
          .listPage(first, 500);
      for (ProcessInstance instance : page) {
        if (instance.getBusinessKey() == null) {
          continue;
        }
        String key = engine.getRepositoryService().getProcessDefinition(instance.getProcessDefinitionId()).getKey();
        Integer held = jdbc.queryForObject("SELECT COUNT(*) FROM " + TABLE + " WHERE PROCESS_KEY = ? AND BUSINESS_KEY = ?",
            Integer.class, key, instance.getBusinessKey());
        if (held != null && held > 0) {
          LOG.warn("Mehrere laufende Fälle „{}“ mit der Nummer „{}“ (aus einer älteren Version); Fall {} bitte "
              + "prüfen und ggf. beenden.", key, instance.getBusinessKey(), instance.getId());
        } else {
          jdbc.update("INSERT INTO " + TABLE + " (PROCESS_KEY, BUSINESS_KEY, PROC_INST_ID) VALUES (?, ?, ?)",
              key, instance.getBusinessKey(), instance.getId());
        }
      }
      first += page.size();
    } while (page.size() == 500);
    engine.getManagementService().setProperty(MIGRATED, "1");
  }

  /**
   * Reserves the number for this case, or refuses the start.
   *
   * @param what how the person calls the number, e.g. "der Antragsnummer"
   */
  public void reserve(DelegateExecution execution, String number, String what) {
    String processKey = ((ExecutionEntity) execution).getProcessDefinition().getKey();
    String instance = execution.getProcessInstanceId();
    List<String> holders = jdbc.queryForList("SELECT PROC_INST_ID FROM " + TABLE
        + " WHERE PROCESS_KEY = ? AND BUSINESS_KEY = ? FOR UPDATE", String.class, processKey, number);
    if (!holders.isEmpty()) {
      String holder = holders.get(0);
      Integer running = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE ID_ = ?", Integer.class, holder);
      if (running != null && running > 0) {
        throw refused(number, what);
      }
      jdbc.update("UPDATE " + TABLE + " SET PROC_INST_ID = ? WHERE PROCESS_KEY = ? AND BUSINESS_KEY = ?",
          instance, processKey, number);
      return;
    }
    try {
      jdbc.update("INSERT INTO " + TABLE + " (PROCESS_KEY, BUSINESS_KEY, PROC_INST_ID) VALUES (?, ?, ?)",
          processKey, number, instance);
    } catch (DuplicateKeyException e) {
      throw refused(number, what);
    }
  }

  private void release(DelegateExecution execution, String processKey) {
    if (execution.getBusinessKey() != null && execution.getParentId() == null) {
      jdbc.update("DELETE FROM " + TABLE + " WHERE PROCESS_KEY = ? AND BUSINESS_KEY = ? AND PROC_INST_ID = ?",
          processKey, execution.getBusinessKey(), execution.getProcessInstanceId());
    }
  }

  private static RejectedInputException refused(String number, String what) {
    return new RejectedInputException("Es läuft bereits ein Fall mit " + what + " „" + number + "“. Bitte den "
        + "laufenden Fall weiterbearbeiten; ein neuer Fall mit dieser Nummer ist erst nach dessen Abschluss möglich.");
  }
}
