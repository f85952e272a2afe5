// Leistungskette: the webapps speak German (Camunda ships de.json for every app).
export default {
  locales: {
    availableLocales: ['de'],
    fallbackLocale: 'de'
  },
  app: {
    vendor: 'Leistungskette'
  }
};
