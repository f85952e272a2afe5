// Leistungskette: the webapps speak German (Camunda ships de.json for every app).
export default {
  locales: {
    availableLocales: ['de'],
    fallbackLocale: 'de'
  },
  app: {
    vendor: 'Leistungskette'
  },
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'Ausgewählte Aufgabe übernehmen'},
    focusFilter: {key: 'ctrl+shift+f', description: 'Zum ersten Filter springen'},
    focusList: {key: 'ctrl+alt+l', description: 'Zur ersten Aufgabe der Liste springen'},
    focusForm: {key: 'ctrl+alt+f', description: 'Zum ersten Feld des Formulars springen'},
    startProcess: {key: 'ctrl+alt+p', description: 'Dialog „Prozess starten“ öffnen'}
  }
};
