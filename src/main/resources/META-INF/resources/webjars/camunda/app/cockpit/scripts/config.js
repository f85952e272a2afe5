import {app, customScripts, dateFormat, locales} from '../../leistungskette.js';

// Cockpit also shows overdue deadlines (dashboard, diagram badges, a tab per process and case).
export default {
  locales,
  app: {...app, name: 'Cockpit'},
  dateFormat,
  customScripts: [...customScripts, 'scripts/leistungskette-overdue.js']
};
