package de.leistungskette.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys everything in {@code processes/} (BPMN, DMN) and {@code forms/} (Camunda Forms) as one
 * deployment when the engine has been built.
 *
 * <p>Why not the starter's auto-deployment: it does not pick up {@code .form} files, and it names
 * resources by their absolute file path outside a jar, so moving the checkout would create new
 * versions. Here every resource is named by its path below {@code processes/} or {@code forms/},
 * the same in the IDE, with {@code spring-boot:run} and in the jar. Duplicate filtering makes a
 * restart with unchanged models create no new deployment; when one model changes, all are
 * deployed together so that {@code camunda:formRefBinding="deployment"} always finds its forms.
 */
@Component
public class ModelDeployment extends AbstractProcessEnginePlugin {

  public static final String DEPLOYMENT_NAME = "leistungskette";

  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployment.class);
  private static final String[] FOLDERS = {"processes", "forms"};
  private static final String[] SUFFIXES = {".bpmn", ".dmn", ".form"};

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    Map<String, Resource> resources = findResources();
    if (resources.isEmpty()) {
      LOG.warn("Keine Modelle in processes/ oder forms/ gefunden: nichts bereitgestellt.");
      return;
    }
    DeploymentBuilder deployment = processEngine.getRepositoryService()
        .createDeployment()
        .name(DEPLOYMENT_NAME)
        .source("Leistungskette")
        .enableDuplicateFiltering(false);
    resources.forEach((name, resource) -> {
      try (InputStream in = resource.getInputStream()) {
        deployment.addInputStream(name, new ByteArrayInputStream(in.readAllBytes()));
      } catch (IOException e) {
        throw new ProcessEngineException("Cannot read model resource " + name, e);
      }
    });
    var result = deployment.deployWithResult();
    LOG.info("Models deployed: {} resources, deployment {}", resources.size(), result.getId());
  }

  static Map<String, Resource> findResources() {
    var resolver = new PathMatchingResourcePatternResolver(ModelDeployment.class.getClassLoader());
    Map<String, Resource> byName = new TreeMap<>();
    try {
      for (String folder : FOLDERS) {
        for (String suffix : SUFFIXES) {
          for (Resource resource : resolver.getResources("classpath*:" + folder + "/**/*" + suffix)) {
            byName.put(nameOf(resource, folder), resource);
          }
        }
      }
    } catch (IOException e) {
      throw new ProcessEngineException("Cannot scan the classpath for models", e);
    }
    return byName;
  }

  /** The path from the models folder on, e.g. {@code processes/qeb-application.bpmn}. */
  static String nameOf(Resource resource, String folder) throws IOException {
    String url = resource.getURL().toString();
    int start = url.lastIndexOf("/" + folder + "/");
    return url.substring(start + 1);
  }
}
