// Leistungskette: what every Camunda webapp shows the way staff need it. Loaded by each app's
// config.js (customScripts), so it holds for every form and list, present and future:
//
// 1. Dates in Camunda Forms are entered as TT.MM.JJJJ ("3.11.2026" or "03.11.2026") in a German
//    calendar (Monday first, German month and day names). The form-js date field takes its format
//    from the browser's locale ("default"); here that default is German whatever the browser says.
//    A typed text that is not a real German date (31.02.2027, 2027-11-03, 11/03/2027) is refused
//    in the form with a German message and never handed to the date picker, which would roll it
//    over into another date; the form cannot be completed while such a text stands in a field.
//    Values stay stored as YYYY-MM-DD (form-js stores ISO dates whatever it displays).
// 2. Dates a form only shows (YYYY-MM-DD in its texts) read "Fr 20.11.2026"; points in time in
//    Cockpit's tables ("2026-11-22T14:18:14") read "So 22.11.2026 14:18".
// 3. Task lists and the task header show the due date as a date ("fällig Di 24.11.2026"), mark
//    overdue tasks red with the days overdue and tasks due today; the priority column is hidden.
// 4. Controls that cannot work for staff (due and follow-up date, groups, new standalone task,
//    comments; assigning others, except for team leads) are hidden for everybody but
//    administrators: deadlines come from the process. A person gives back their own task with the
//    "×" beside their name.
// 5. form-js' English validation messages read German; Camunda's migration banner is gone.

const WEEKDAYS_SHORT = ['So', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa'];
const GERMAN_CALENDAR = {
  weekdays: {
    shorthand: WEEKDAYS_SHORT,
    longhand: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag']
  },
  months: {
    shorthand: ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'],
    longhand: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober',
      'November', 'Dezember']
  },
  firstDayOfWeek: 1,
  weekAbbreviation: 'KW',
  rangeSeparator: ' bis ',
  scrollTitle: 'Zum Ändern scrollen',
  toggleTitle: 'Zum Umschalten klicken',
  time_24hr: true
};

const STYLE = `
  .ce-eol-banner { display: none !important; }
  .tasks-list .priority { display: none !important; }
  .tasks-list li.task.lk-overdue { border-left: 4px solid #c0392b; }
  .tasks-list li.task.lk-due-today { border-left: 4px solid #e67e22; }
  .lk-due { white-space: nowrap; }
  .lk-due.lk-overdue-text { color: #c0392b; font-weight: bold; }
  .lk-due.lk-today-text { color: #b35900; font-weight: bold; }
  .dates .due-date.lk-has-due span[am-time-ago], .dates .due-date.lk-has-due .lk-label { display: none; }
  .lk-date-error, .lk-form-error { color: #c0392b; font-size: 13px; margin-top: 4px; }
  .lk-confirmation { display: none; position: fixed; right: 24px; bottom: 48px; z-index: 2000; padding: 10px 16px;
    background: #e8f5e9; border: 1px solid #2e7d32; color: #1b5e20; font-weight: bold; border-radius: 3px; }
  .fjs-form-field-error { display: none !important; }
  .fjs-select-display.fjs-select-placeholder { font-size: 0; }
  .fjs-select-display.fjs-select-placeholder::before { content: 'Bitte wählen'; font-size: 14px; }
  input.lk-date-invalid { border-color: #c0392b !important; background: #fdf0ef; }
  body.lk-staff .create-task-action,
  body.lk-staff .createCommentLink,
  body.lk-staff .reset-due-date,
  body.lk-staff .reset-follow-up-date,
  body.lk-staff ul.meta.dates > li:has(.followup-date) { display: none !important; }
  body.lk-staff ul.meta.dates .due-date[cam-widget-inline-field],
  body.lk-staff ul.meta.actors .groups > span,
  body.lk-staff:not(.lk-lead) ul.meta.actors .assignee .set-value { pointer-events: none; cursor: default; }
  body.lk-staff:not(.lk-lead) .reset-assignee { display: none !important; }
  body.lk-starts-nothing .start-process-action { display: none !important; }
  /* The task form and its buttons stay above the page footer on small screens (1366x768). */
  .task-details .tab-content, .task-details .form-container, .task-details [cam-tasklist-form] { padding-bottom: 48px; }
  .fjs-container .flatpickr-calendar.static.open { z-index: 1000; }
`;

// ------------------------------------------------------------------ German dates

/** "3.11.2026" / "03.11.2026" → {year, month, day}, or null for anything that is not such a real date. */
export function parseGermanDate(text) {
  const match = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(text);
  if (!match) {
    return null;
  }
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return {year, month, day};
}

/** "2026-11-20" → "Fr 20.11.2026" */
export function germanShort(year, month, day) {
  const weekday = WEEKDAYS_SHORT[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return `${weekday} ${day}.${month}.${year}`;
}

function germanDefaultLocale() {
  const Original = Intl.DateTimeFormat;
  if (Original.leistungskette) {
    return;
  }
  function GermanDateTimeFormat(locales, options) {
    const effective = locales === undefined || locales === 'default' ? 'de-DE' : locales;
    return new Original(effective, options);
  }
  GermanDateTimeFormat.prototype = Original.prototype;
  GermanDateTimeFormat.supportedLocalesOf = Original.supportedLocalesOf.bind(Original);
  GermanDateTimeFormat.leistungskette = true;
  Intl.DateTimeFormat = GermanDateTimeFormat;
}

function germanCalendar() {
  if (window.flatpickr) {
    window.flatpickr.localize(GERMAN_CALENDAR);
  } else {
    setTimeout(germanCalendar, 50);
  }
}

/** The text field of a form-js date field (not the year field inside its calendar). */
const DATE_INPUT = '.fjs-form-field-datetime input.flatpickr-input';

function isDateInput(element) {
  return element instanceof HTMLInputElement && element.matches(DATE_INPUT);
}

function fieldOf(input) {
  return input.closest('.fjs-form-field') || input.parentElement;
}

/**
 * Refused entries by date field. The form library re-renders its fields (and may drop what it
 * did not render itself), so the messages and marks are put back after every change of the page
 * ({@link showRefusals}, called by the page watcher).
 */
const refusals = new Map();

function showDateError(input, message) {
  refusals.set(input, message);
  showRefusals();
}

function clearDateError(input) {
  refusals.delete(input);
  input.classList.remove('lk-date-invalid');
  input.removeAttribute('aria-invalid');
  const error = fieldOf(input).querySelector('.lk-date-error');
  if (error) {
    error.remove();
  }
}

/** The empty date field says how to type a date, in German. */
function germanPlaceholders() {
  document.querySelectorAll(DATE_INPUT).forEach(input => {
    if (input.getAttribute('placeholder') !== 'TT.MM.JJJJ') {
      input.setAttribute('placeholder', 'TT.MM.JJJJ');
    }
  });
}

function showRefusals() {
  for (const [input, message] of Array.from(refusals)) {
    if (!input.isConnected) {
      refusals.delete(input);
      continue;
    }
    input.classList.add('lk-date-invalid');
    input.setAttribute('aria-invalid', 'true');
    const field = fieldOf(input);
    let error = field.querySelector('.lk-date-error');
    if (!error) {
      error = document.createElement('div');
      error.className = 'lk-date-error';
      error.setAttribute('role', 'alert');
      field.appendChild(error);
    }
    if (error.textContent !== message) {
      error.textContent = message;
    }
  }
}

function hasRefusal() {
  return Array.from(refusals.keys()).some(input => input.isConnected && input.value.trim() === '');
}

/**
 * Refuses what is typed into date fields before the date picker reads it. flatpickr parses the
 * typed text when the field loses focus, on Enter and Tab, and when focus or a click goes
 * elsewhere (its own listeners on the document); listeners on the window's capture phase run
 * before all of these. A text that is not a real German date is taken out of the field (so the
 * picker reads an empty field and sets no date) and named in a German message under the field.
 */
function refuseInvalidDates() {
  document.querySelectorAll(DATE_INPUT).forEach(input => {
    const text = input.value;
    if (text.trim() === '' || parseGermanDate(text)) {
      if (text.trim() !== '') {
        clearDateError(input);
      }
      return;
    }
    input.value = '';
    showDateError(input, `„${text}“ ist kein gültiges Datum. Bitte als TT.MM.JJJJ eingeben, z. B. 03.11.2026.`);
  });
}

function guardDateEntry() {
  for (const type of ['blur', 'focus', 'mousedown', 'touchstart']) {
    window.addEventListener(type, refuseInvalidDates, true);
  }
  window.addEventListener('keydown', event => {
    if (event.key === 'Enter' || event.key === 'Tab') {
      refuseInvalidDates();
    }
  }, true);
  // Typing a real date, or emptying the field on purpose, takes the refusal back (the picker's own
  // "input" events after it cleared the field are not the person's: not trusted).
  window.addEventListener('input', event => {
    if (event.isTrusted && isDateInput(event.target)
        && (parseGermanDate(event.target.value) || event.target.value === '')) {
      clearDateError(event.target);
    }
  }, true);
  // No completing or starting while a refused date is shown: the person corrects it first.
  window.addEventListener('click', event => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (!button || !(button.classList.contains('btn-primary') || button.type === 'submit')) {
      return;
    }
    if (hasRefusal()) {
      event.stopImmediatePropagation();
      event.preventDefault();
    }
  }, true);
}

// ------------------------------------------------------------------ rewriting what is shown

const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const FORM_MESSAGES = [
  [/^Field is required\.?$/, 'Pflichtfeld: Bitte ausfüllen.'],
  [/^Field must have minimum length of (\d+)\.?$/, 'Mindestens $1 Zeichen.'],
  [/^Field must have maximum length of (\d+)\.?$/, 'Höchstens $1 Zeichen.'],
  [/^Field must match pattern (.*)$/, 'Die Eingabe hat nicht das verlangte Format.'],
  [/^Field must have minimum value of (.*)\.?$/, 'Der Wert muss mindestens $1 sein.'],
  [/^Field must have maximum value of (.*)\.?$/, 'Der Wert darf höchstens $1 sein.'],
  [/^Value is not a number\.?$/, 'Bitte eine Zahl eingeben.'],
  [/^Date of .* is invalid.*$/i, 'Kein gültiges Datum.']
];

function germanFormTexts(root) {
  root.querySelectorAll('.fjs-form-field-text').forEach(field => {
    const walker = document.createTreeWalker(field, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (ISO_DAY.test(node.nodeValue)) {
        node.nodeValue = node.nodeValue.replace(ISO_DAY, (all, y, m, d) => germanShort(Number(y), Number(m), Number(d)));
      }
      ISO_DAY.lastIndex = 0;
    }
  });
  root.querySelectorAll('.fjs-form-field-error').forEach(error => {
    const english = error.textContent.trim();
    let german = error.nextElementSibling;
    if (!german || !german.classList.contains('lk-form-error')) {
      german = document.createElement('div');
      german.className = 'lk-form-error';
      error.after(german);
    }
    const text = english.split(/(?<=\.)\s*(?=[A-Z])/).filter(Boolean).map(germanFormMessage).join(' ');
    if (german.textContent !== text) {
      german.textContent = text;
    }
  });
  // a German copy whose English original is gone goes too
  root.querySelectorAll('.lk-form-error').forEach(german => {
    const previous = german.previousElementSibling;
    if (!previous || !previous.classList.contains('fjs-form-field-error')) {
      german.remove();
    }
  });
}

function germanFormMessage(english) {
  for (const [pattern, german] of FORM_MESSAGES) {
    if (pattern.test(english)) {
      return english.replace(pattern, german);
    }
  }
  return english;
}

const ISO_DATE_TIME = /^(\s*)(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(\s*)$/;

/** Cockpit's tables show points in time as "2026-11-22T14:18:14": they read "So 22.11.2026 14:18". */
function germanDateTimes(root) {
  root.querySelectorAll('table td').forEach(cell => {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const match = ISO_DATE_TIME.exec(node.nodeValue);
      if (match) {
        node.nodeValue = `${match[1]}${germanShort(Number(match[2]), Number(match[3]), Number(match[4]))} `
            + `${match[5]}:${match[6]}${match[7]}`;
      }
    }
  });
}

/** "Mi 4.3.2020 23:59" (Tasklist's long date format, config.js) → local day. */
function parseListedDate(text) {
  const match = /(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(text || '');
  return match ? new Date(Number(match[3]), Number(match[2]) - 1, Number(match[1])) : null;
}

function daysBetween(from, to) {
  return Math.round((Date.UTC(to.getFullYear(), to.getMonth(), to.getDate())
      - Date.UTC(from.getFullYear(), from.getMonth(), from.getDate())) / 86400000);
}

function dueText(due) {
  const today = new Date();
  const days = daysBetween(today, due);
  const date = germanShort(due.getFullYear(), due.getMonth() + 1, due.getDate());
  if (days < 0) {
    const overdue = -days;
    return {text: `überfällig seit ${overdue === 1 ? '1 Tag' : overdue + ' Tagen'} (fällig ${date})`, state: 'overdue'};
  }
  if (days === 0) {
    return {text: `heute fällig (${date})`, state: 'today'};
  }
  return {text: `fällig ${date}`, state: 'later'};
}

function markDueDates(root) {
  root.querySelectorAll('.dates .due-date').forEach(element => {
    const relative = element.querySelector('span[am-time-ago]');
    const due = relative ? parseListedDate(relative.getAttribute('uib-tooltip')) : null;
    if (!due) {
      return;
    }
    const {text, state} = dueText(due);
    let shown = element.querySelector('.lk-due');
    if (shown && shown.textContent === text) {
      return;
    }
    if (!shown) {
      shown = document.createElement('span');
      shown.className = 'lk-due';
      element.appendChild(shown);
      for (const node of Array.from(element.childNodes)) {
        if (node.nodeType === Node.TEXT_NODE && node.nodeValue.trim()) {
          const label = document.createElement('span');
          label.className = 'lk-label';
          label.textContent = node.nodeValue.trim();
          node.replaceWith(label);
        }
      }
      element.classList.add('lk-has-due');
    }
    shown.textContent = text;
    shown.classList.toggle('lk-overdue-text', state === 'overdue');
    shown.classList.toggle('lk-today-text', state === 'today');
    const card = element.closest('li.task');
    if (card) {
      card.classList.toggle('lk-overdue', state === 'overdue');
      card.classList.toggle('lk-due-today', state === 'today');
    }
  });
}

function watch() {
  let scheduled = false;
  const apply = () => {
    scheduled = false;
    germanFormTexts(document);
    germanDateTimes(document);
    showRefusals();
    germanPlaceholders();
    markDueDates(document);
  };
  new MutationObserver(() => {
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(apply);
    }
  }).observe(document.documentElement, {childList: true, subtree: true, characterData: true, attributes: true,
    attributeFilter: ['uib-tooltip', 'placeholder']});
  setInterval(apply, 60000); // "heute fällig" turns into "überfällig" at midnight
  apply();
}

// ------------------------------------------------------------------ errors where people look

/**
 * Tasklist's notices (red, bottom right) are closed as Tasklist closes them: through its own
 * Notifications service (the webapps expose their AngularJS as window.angular); they have no close
 * button of their own.
 */
function closeErrorNotices() {
  const ng = window.angular;
  const root = document.querySelector('.ng-scope');
  const injector = ng && root ? ng.element(root).injector() : null;
  if (injector && injector.has('Notifications')) {
    const notifications = injector.get('Notifications');
    injector.get('$rootScope').$applyAsync(() => notifications.clearAll());
  }
}

/** A short German confirmation that the task was completed; it goes by itself. */
function confirm(text) {
  let box = document.getElementById('lk-confirmation');
  if (!box) {
    box = document.createElement('div');
    box.id = 'lk-confirmation';
    box.className = 'lk-confirmation';
    box.setAttribute('role', 'status');
    document.body.appendChild(box);
  }
  box.textContent = text;
  box.style.display = 'block';
  clearTimeout(confirm.timer);
  confirm.timer = setTimeout(() => { box.style.display = 'none'; }, 5000);
}

const COMPLETION = /\/task\/[^/?]+\/(?:submit-form|complete)(?:\?|$)/;

/**
 * A completion that succeeded closes the error notices of earlier refused tries (they would stay
 * over the empty list, even over the next task's form) and is confirmed; opening another task
 * closes the notices of the one before.
 */
function settleNotices() {
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    if (String(method).toUpperCase() === 'POST' && COMPLETION.test(String(url))) {
      this.addEventListener('load', () => {
        if (this.status >= 200 && this.status < 300) {
          closeErrorNotices();
          confirm('Aufgabe abgeschlossen.');
        }
      });
    }
    return open.call(this, method, url, ...rest);
  };
  let task = new URLSearchParams(window.location.hash.split('?')[1] || '').get('task');
  window.addEventListener('hashchange', () => {
    const now = new URLSearchParams(window.location.hash.split('?')[1] || '').get('task');
    if (now !== task) {
      task = now;
      closeErrorNotices();
    }
  });
}

// ------------------------------------------------------------------ who is looking

/** Whether the login is known; asked again only after a logout (the login page), not on every click. */
let loginKnown = false;

async function markStaff() {
  if (loginKnown && !window.location.hash.startsWith('#/login')) {
    return;
  }
  try {
    const base = document.querySelector('base');
    const adminApi = (base && base.getAttribute('admin-api')) || '/camunda/api/admin/';
    const engine = ((base && base.getAttribute('href')) || '').split('/').filter(Boolean).pop() || 'default';
    const response = await fetch(`${adminApi}auth/user/${engine}`, {credentials: 'same-origin'});
    const user = response.ok ? await response.json() : null;
    loginKnown = !!(user && user.userId);
    const apps = (user && user.authorizedApps) || [];
    document.body.classList.toggle('lk-staff', !apps.includes('admin'));
    // team leads (Cockpit) assign tasks to members of the task's team
    document.body.classList.toggle('lk-lead', apps.includes('cockpit'));
    if (loginKnown) {
      markWhatMayBeStarted(base, engine);
    }
  } catch (e) {
    loginKnown = false;
    document.body.classList.add('lk-staff');
  }
}

/**
 * "Prozess starten" only for those who may start a process: the same question Tasklist asks for its
 * start dialog; a provider or a team lead, who start nothing, would find an empty dialog.
 */
async function markWhatMayBeStarted(base, engine) {
  try {
    const engineApi = (base && base.getAttribute('engine-api')) || '/camunda/api/engine/';
    const response = await fetch(`${engineApi}engine/${engine}/process-definition/count?latest=true&active=true`
        + '&startableInTasklist=true&startablePermissionCheck=true', {credentials: 'same-origin',
      headers: {Accept: 'application/json'}});
    const answer = response.ok ? await response.json() : null;
    document.body.classList.toggle('lk-starts-nothing', !!answer && answer.count === 0);
  } catch (e) {
    document.body.classList.remove('lk-starts-nothing');
  }
}

function injectStyle() {
  const style = document.createElement('style');
  style.id = 'leistungskette-ui';
  style.textContent = STYLE;
  document.head.appendChild(style);
}

if (!window.leistungsketteUi) {
  window.leistungsketteUi = true;
  germanDefaultLocale();
  germanCalendar();
  injectStyle();
  guardDateEntry();
  settleNotices();
  document.body.classList.add('lk-staff'); // until the login is known
  markStaff();
  window.addEventListener('hashchange', markStaff);
  watch();
}

export default [];
