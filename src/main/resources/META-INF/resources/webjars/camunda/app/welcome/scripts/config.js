import {app, customScripts, locales} from '../../leistungskette.js';

export default {
  locales,
  app: {...app, name: 'Startseite'},
  customScripts,
  links: [
    {
      label: 'Fristenrechner',
      href: '/fristenrechner',
      description: 'Fristen nach SGB X und BGB berechnen, mit Erläuterung jedes Schritts'
    },
    {
      label: 'Berichte',
      href: '/berichte',
      description: 'Mindeststandards, Fristen, § 16a je Träger, Soll/Ist (Teamleitungen, KEL-Koordination)'
    }
  ]
};
