// Leistungskette: settings every Camunda webapp shares; each app's scripts/config.js imports them.
// The webapps speak German only (Camunda ships de.json for every app).
export const locales = {
  availableLocales: ['de'],
  fallbackLocale: 'de'
};

export const app = {
  vendor: 'Leistungskette'
};

// Dates as German staff read them ("Mi 4.3.2020 23:59"); leistungskette-ui.js reads the long form.
export const dateFormat = {
  monthName: 'MMMM',
  day: 'D',
  abbr: 'dd D.M.YYYY HH:mm',
  normal: 'dd D.M.YYYY HH:mm',
  long: 'dd D.M.YYYY HH:mm',
  short: 'dd D.M.YYYY'
};

// Every app loads the shared script for German dates, overdue marking and no dead controls.
export const customScripts = ['../leistungskette-ui.js'];
