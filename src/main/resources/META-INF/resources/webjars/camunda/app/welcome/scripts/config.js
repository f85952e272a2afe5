import {app, locales} from '../../leistungskette.js';

export default {
  locales,
  app,
  links: [
    {
      label: 'Fristenrechner',
      href: '/fristenrechner',
      description: 'Fristen nach SGB X und BGB berechnen, mit Erläuterung jedes Schritts'
    }
  ]
};
