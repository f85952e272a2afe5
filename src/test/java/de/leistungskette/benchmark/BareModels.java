package de.leistungskette.benchmark;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bare models: the same wait states as a process's main path (user tasks with the same teams, a
 * timer where the process waits for a date), and nothing else: no listeners, forms, rules or
 * extra variables. What a process costs beyond them is what Leistungskette adds to the engine.
 */
final class BareModels {

  private BareModels() {}

  /**
   * A sequence of wait states: "task:id:group:form" (a user task with the process's own form, so
   * that the same fields are accepted) or "timer:id:ISO duration"; the start event has the
   * process's start form.
   */
  static String sequence(String key, String startForm, String... steps) {
    StringBuilder flow = new StringBuilder();
    StringBuilder nodes = new StringBuilder("<bpmn:startEvent id=\"start\"" + form(startForm) + "/>\n");
    String previous = "start";
    for (String step : steps) {
      String[] part = step.split(":", 4);
      if (part[0].equals("task")) {
        nodes.append("<bpmn:userTask id=\"").append(part[1]).append("\" name=\"").append(part[1])
            .append("\" camunda:candidateGroups=\"").append(part[2]).append("\"").append(form(part[3])).append("/>\n");
      } else {
        nodes.append("<bpmn:intermediateCatchEvent id=\"").append(part[1]).append("\"><bpmn:timerEventDefinition>")
            .append("<bpmn:timeDuration>").append(part[2]).append("</bpmn:timeDuration></bpmn:timerEventDefinition>")
            .append("</bpmn:intermediateCatchEvent>\n");
      }
      flow.append(flow(previous, part[1]));
      previous = part[1];
    }
    nodes.append("<bpmn:endEvent id=\"end\"/>\n");
    flow.append(flow(previous, "end"));
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="bare" targetNamespace="http://leistungskette.de/benchmark">
        <bpmn:process id="%s" name="Benchmark: %s ohne Leistungskette" isExecutable="true" camunda:historyTimeToLive="180">
        %s%s</bpmn:process>
        </bpmn:definitions>
        """.formatted(key, key, nodes, flow);
  }

  /**
   * The bare model {@code bareXml} under the key {@code key}, whose tasks get, when created, the
   * variables the process puts on them ({@code taskVariables} by task id), each by an expression
   * listener: the engine's own means, no Leistungskette code.
   */
  static String withTaskVariables(String bareXml, String key, Map<String, Map<String, Object>> taskVariables) {
    String xml = bareXml.replaceFirst("<bpmn:process id=\"[^\"]+\" name=\"[^\"]+\"",
        "<bpmn:process id=\"" + key + "\" name=\"Benchmark: " + key + " ohne Leistungskette, mit ihren Daten\"");
    for (Map.Entry<String, Map<String, Object>> task : taskVariables.entrySet()) {
      String listeners = ">" + listeners("taskListener", "create", "task.setVariableLocal", task.getValue())
          + "</bpmn:userTask>";
      Matcher userTask = Pattern.compile("(<bpmn:userTask id=\"" + Pattern.quote(task.getKey()) + "\"[^>]*?)/>")
          .matcher(xml);
      if (!userTask.find()) {
        throw new IllegalArgumentException("the bare model has no task " + task.getKey());
      }
      xml = xml.substring(0, userTask.end(1)) + listeners + xml.substring(userTask.end());
    }
    return xml;
  }

  /**
   * The model {@code xml} whose catch event {@code eventId} sets, when it has fired, the case
   * variables the process sets there ({@code variables}), by an expression listener.
   */
  static String withVariablesAfter(String xml, String eventId, Map<String, Object> variables) {
    String listeners = listeners("executionListener", "end", "execution.setVariable", variables);
    String event = "<bpmn:intermediateCatchEvent id=\"" + eventId + "\">";
    if (!xml.contains(event)) {
      throw new IllegalArgumentException("the bare model has no catch event " + eventId);
    }
    return xml.replace(event, event + listeners);
  }

  /** Extension elements with one expression listener per variable, each calling {@code setter}. */
  private static String listeners(String listener, String event, String setter, Map<String, Object> variables) {
    StringBuilder listeners = new StringBuilder("<bpmn:extensionElements>");
    variables.forEach((name, value) -> listeners.append("<camunda:").append(listener).append(" event=\"")
        .append(event).append("\" expression=\"")
        .append(xmlAttribute("${" + setter + "('" + name + "', " + literal(value) + ")}")).append("\"/>"));
    return listeners.append("</bpmn:extensionElements>").toString();
  }

  /** A JUEL literal of a variable's value (text, yes/no, number, none). */
  private static String literal(Object value) {
    if (value == null || value instanceof Boolean || value instanceof Number) {
      return String.valueOf(value);
    }
    if (value instanceof String text) {
      return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
    throw new IllegalArgumentException("no literal for " + value.getClass().getName());
  }

  private static String xmlAttribute(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String form(String formRef) {
    return formRef == null ? "" : " camunda:formRef=\"" + formRef + "\" camunda:formRefBinding=\"latest\"";
  }

  private static String flow(String from, String to) {
    return "<bpmn:sequenceFlow id=\"" + from + "_" + to + "\" sourceRef=\"" + from + "\" targetRef=\"" + to + "\"/>\n";
  }
}
