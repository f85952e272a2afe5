import {app, locales} from '../../leistungskette.js';

export default {locales, app};
