import {app, customScripts, dateFormat, locales} from '../../leistungskette.js';

export default {
  locales,
  app: {...app, name: 'Aufgaben'},
  dateFormat,
  // Earliest due date first, as the queues are defined (see due-date-first.js).
  customScripts: [...customScripts, 'scripts/due-date-first.js'],
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'Ausgewählte Aufgabe übernehmen'},
    focusFilter: {key: 'ctrl+shift+f', description: 'Zum ersten Filter springen'},
    focusList: {key: 'ctrl+alt+l', description: 'Zur ersten Aufgabe der Liste springen'},
    focusForm: {key: 'ctrl+alt+f', description: 'Zum ersten Feld des Formulars springen'},
    startProcess: {key: 'ctrl+alt+p', description: 'Dialog „Prozess starten“ öffnen'}
  }
};
