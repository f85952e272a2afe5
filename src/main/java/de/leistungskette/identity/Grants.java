package de.leistungskette.identity;

import org.camunda.bpm.engine.authorization.Resources;

import org.camunda.bpm.engine.authorization.Permissions;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Brings the authorizations Leistungskette needs into the database on start-up. A grant that
 * exists already keeps every permission it has (an operator may have added some in Camunda Admin)
 * and gains the ones this version grants; a missing grant is created. A restart therefore adds
 * nothing, and a newer version's permission is never silently missing because an older
 * authorization for the same group, resource and id was there first.
 *
 * <p>{@link #revokeFromGroup} removes a permission an older version granted too widely (a
 * security fix); it touches nothing else of that authorization.
 */
@Component
public class Grants {

  private static final Logger LOG = LoggerFactory.getLogger(Grants.class);

  private final AuthorizationService authorizationService;

  public Grants(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  public void toGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = groupGrant(groupId, resource, resourceId);
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    addAndSave(authorization, permissions);
  }

  /**
   * The groups may start cases of the process (Tasklist start form or REST): READ and
   * CREATE_INSTANCE on its definition, and CREATE on process instances, which the engine asks for
   * any start.
   */
  public void mayStart(String processKey, Iterable<String> groupIds) {
    for (String groupId : groupIds) {
      toGroup(groupId, Resources.PROCESS_DEFINITION, processKey, Permissions.READ, Permissions.CREATE_INSTANCE);
      toGroup(groupId, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
    }
  }

  public void toEverybody(Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GLOBAL).resourceType(resource).resourceId(resourceId).singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
      authorization.setUserId(Authorization.ANY);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    addAndSave(authorization, permissions);
  }

  /** Removes permissions from a group's grant, if that grant holds them. */
  public void revokeFromGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = groupGrant(groupId, resource, resourceId);
    if (authorization == null) {
      return;
    }
    boolean changed = false;
    for (Permission permission : permissions) {
      if (authorization.isPermissionGranted(permission)) {
        authorization.removePermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(authorization);
      LOG.warn("Berechtigung entzogen: Gruppe {}, {} {}, {}", groupId, resource.resourceName(), resourceId,
          Arrays.stream(permissions).map(Permission::getName).toList());
    }
  }

  private Authorization groupGrant(String groupId, Resource resource, String resourceId) {
    return authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId)
        .resourceType(resource).resourceId(resourceId).singleResult();
  }

  private void addAndSave(Authorization authorization, Permission... permissions) {
    boolean changed = authorization.getId() == null;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(authorization);
    }
  }
}
