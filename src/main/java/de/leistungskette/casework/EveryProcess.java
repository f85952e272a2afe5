package de.leistungskette.casework;

import java.util.ArrayList;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * What every process gets from casework, added once per model when it is deployed (a BPMN parse
 * listener, after the engine's own parsing of the process and its tasks).
 */
final class EveryProcess {

  private EveryProcess() {}

  static void onDeployment(ProcessEngineConfigurationImpl configuration,
      BiConsumer<Element, ProcessDefinitionEntity> step) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity definition) {
        step.accept(processElement, definition);
      }
    });
  }
}
