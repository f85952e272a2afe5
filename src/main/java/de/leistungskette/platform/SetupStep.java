package de.leistungskette.platform;

/**
 * One step of the set-up that runs on every start, after the models are deployed: identities,
 * permissions, Tasklist filters. Each step creates what is missing and widens what an older version
 * granted too narrowly; it never removes what an operator added. {@link StartupSetup} runs the
 * steps in the order of their {@link #ORDER} (identities first, then each process's permissions,
 * then the filters that refer to the groups).
 */
public interface SetupStep {

  /** Order of the kinds of steps; steps of one kind run in any order. */
  int DATABASE = 50;
  int IDENTITIES = 100;
  int PROCESS_PERMISSIONS = 200;
  int FILTERS = 300;

  /** One of {@link #DATABASE}, {@link #IDENTITIES}, {@link #PROCESS_PERMISSIONS}, {@link #FILTERS}. */
  int order();

  void apply();
}
