// Leistungskette: settings every Camunda webapp shares; each app's scripts/config.js imports them.
// The webapps speak German only (Camunda ships de.json for every app).
export const locales = {
  availableLocales: ['de'],
  fallbackLocale: 'de'
};

export const app = {
  vendor: 'Leistungskette'
};
