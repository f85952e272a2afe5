import {app, customScripts, dateFormat, locales} from '../../leistungskette.js';

export default {locales, app: {...app, name: 'Verwaltung'}, dateFormat, customScripts};
