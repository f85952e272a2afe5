// Leistungskette: the webapps speak German (Camunda ships de.json for every app).
export default {
  locales: {
    availableLocales: ['de'],
    fallbackLocale: 'de'
  },
  app: {
    vendor: 'Leistungskette'
  },
  links: [
    {
      label: 'Fristenrechner',
      href: '/fristenrechner',
      description: 'Fristen nach SGB X und BGB berechnen, mit Erläuterung jedes Schritts'
    }
  ]
};
