// Leistungskette: "Überfällige Fristen" in Cockpit, for team leads and administrators.
// Deadlines are the due dates of user tasks (every process sets them from the Fristenrechner), so
// these plugins work for every process without code per process. The data comes from
// /api/fristen/… (de.leistungskette.supervision.OverdueDeadlines), queried with the viewer's
// authorizations. Overdue deadlines are shown beside Cockpit's incidents, never as incidents.
//
// Plugin points (Cockpit's front-end plugin API since 7.14):
// - cockpit.dashboard: overdue and due-today counts per process and per team, with links;
// - cockpit.processDefinition.diagram.plugin: a red badge per user task with overdue tasks;
// - cockpit.processDefinition.runtime.tab: the overdue tasks of the process, sortable;
// - cockpit.processInstance.runtime.tab: each open task of the case with its due date.

const STYLE = `
.lk-overdue table { width: 100%; border-collapse: collapse; margin: 0.5em 0 1em; }
.lk-overdue th, .lk-overdue td { border-bottom: 1px solid #ddd; padding: 4px 8px; text-align: left; }
.lk-overdue th[data-sort] { cursor: pointer; text-decoration: underline dotted; }
.lk-overdue .lk-late { color: #b5152b; font-weight: bold; }
.lk-overdue .lk-today { color: #8a5a00; font-weight: bold; }
.lk-overdue h3 { font-size: 1.1em; margin: 1em 0 0.3em; }
.lk-overdue-badge { background: #b5152b; color: #fff; border-radius: 9px; padding: 1px 6px; font-size: 11px;
  font-weight: bold; white-space: nowrap; }
`;

function style() {
  if (!document.getElementById('lk-overdue-style')) {
    const element = document.createElement('style');
    element.id = 'lk-overdue-style';
    element.textContent = STYLE;
    document.head.appendChild(element);
  }
}

// The application's own API sits beside the webapps: /camunda/app/cockpit/… → /api/…
function apiBase() {
  const path = window.location.pathname;
  const index = path.indexOf('/camunda/');
  return (index >= 0 ? path.substring(0, index) : '') + '/api/fristen';
}

async function load(path) {
  const response = await fetch(apiBase() + path, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(body.error || 'Die überfälligen Fristen konnten nicht geladen werden (' + response.status + ').');
  }
  return body;
}

function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.flat().forEach(child => node.append(child instanceof Node ? child : document.createTextNode(String(child ?? ''))));
  return node;
}

function count(value, kind) {
  return element('span', value > 0 ? {class: kind} : {}, value);
}

function instanceLink(task) {
  return element('a', {href: '#/process-instance/' + task.processInstanceId + '/runtime'},
    task.caseName ? task.caseName + ' (' + (task.caseId || '–') + ')' : (task.caseId || task.processInstanceId));
}

function failed(node, error) {
  node.replaceChildren(element('p', {class: 'lk-late'}, error.message));
}

// A table whose columns sort on a click on their heading.
function sortableTable(columns, rows) {
  const body = element('tbody');
  const fill = list => body.replaceChildren(...list.map(row => element('tr', {}, columns.map(column => element('td',
    column.late && row.overdue ? {class: 'lk-late'} : {}, column.cell(row))))));
  let order = {key: null, ascending: true};
  const head = element('tr', {}, columns.map(column => {
    const th = element('th', column.sort ? {'data-sort': column.label} : {}, column.label);
    if (column.sort) {
      th.addEventListener('click', () => {
        order = {key: column.label, ascending: order.key === column.label ? !order.ascending : true};
        const sorted = [...rows].sort((a, b) => {
          const x = column.sort(a);
          const y = column.sort(b);
          return (x < y ? -1 : x > y ? 1 : 0) * (order.ascending ? 1 : -1);
        });
        fill(sorted);
      });
    }
    return th;
  }));
  fill(rows);
  return element('table', {class: 'cam-table'}, element('thead', {}, head), body);
}

const TASK_COLUMNS = [
  {label: 'Fall', cell: instanceLink, sort: task => (task.caseName || task.caseId || '').toLowerCase()},
  {label: 'Aufgabe', cell: task => task.name, sort: task => task.name},
  {label: 'Team', cell: task => task.team, sort: task => task.team},
  {label: 'Fällig', cell: task => task.dueText, sort: task => task.due || '9999', late: true},
  {label: 'Tage überfällig', cell: task => task.daysOverdue, sort: task => task.daysOverdue, late: true},
  {label: 'Bearbeitet von', cell: task => task.assignee || '–', sort: task => task.assignee || ''}
];

const dashboard = {
  id: 'leistungskette.overdue.dashboard',
  pluginPoint: 'cockpit.dashboard',
  priority: 100,
  render: node => {
    style();
    node.replaceChildren(element('div', {class: 'lk-overdue'}, element('p', {}, 'Überfällige Fristen werden geladen …')));
    load('/uebersicht').then(overview => {
      const processes = overview.processes.filter(row => row.overdue + row.dueToday > 0);
      const box = element('div', {class: 'lk-overdue', id: 'lk-overdue-dashboard'},
        element('p', {}, 'Stand ' + overview.todayText + ': überfällige und heute fällige Aufgaben je Prozess und Team.'),
        processes.length === 0 && overview.teams.length === 0
          ? element('p', {}, 'Keine Frist ist überfällig oder heute fällig.')
          : [
            element('table', {class: 'cam-table'},
              element('thead', {}, element('tr', {}, element('th', {}, 'Prozess'), element('th', {}, 'überfällig'),
                element('th', {}, 'heute fällig'))),
              element('tbody', {}, processes.map(row => element('tr', {},
                element('td', {}, element('a', {href: '#/process-definition/' + row.definitionId + '/runtime?tab=leistungskette.overdue.definitionTab'},
                  row.name || row.key)),
                element('td', {}, count(row.overdue, 'lk-late')), element('td', {}, count(row.dueToday, 'lk-today')))))),
            element('table', {class: 'cam-table'},
              element('thead', {}, element('tr', {}, element('th', {}, 'Team'), element('th', {}, 'überfällig'),
                element('th', {}, 'heute fällig'))),
              element('tbody', {}, overview.teams.map(row => element('tr', {}, element('td', {}, row.name),
                element('td', {}, count(row.overdue, 'lk-late')), element('td', {}, count(row.dueToday, 'lk-today'))))))
          ]);
      node.replaceChildren(box);
      // At a glance: Cockpit puts dashboard plugins in a section below its own figures; this one
      // moves up to be the dashboard's first section.
      const section = node.closest('section');
      if (section && section.parentElement && section.parentElement.firstElementChild !== section) {
        section.parentElement.insertBefore(section, section.parentElement.firstElementChild);
      }
      // Camunda calls the section "Selbsterstellte Erweiterungen"; it says what it shows.
      const heading = section && section.querySelector('h1, h2');
      if (heading) {
        heading.textContent = 'Überfällige Fristen';
      }
    }).catch(error => failed(node, error));
  }
};

const diagramBadges = {
  id: 'leistungskette.overdue.badges',
  pluginPoint: 'cockpit.processDefinition.diagram.plugin',
  priority: 0,
  render: (viewer, {processDefinitionId}) => {
    style();
    load('/ueberfaellig?processDefinitionId=' + encodeURIComponent(processDefinitionId)).then(overdue => {
      const overlays = viewer.get('overlays');
      const registry = viewer.get('elementRegistry');
      Object.entries(overdue.perActivity).forEach(([activityId, number]) => {
        if (registry.get(activityId)) {
          overlays.add(activityId, 'lk-overdue', {
            position: {bottom: 12, left: -8},
            html: '<span class="lk-overdue-badge" title="überfällige Aufgaben">' + number + ' überfällig</span>'
          });
        }
      });
    }).catch(() => {});
  }
};

const definitionTab = {
  id: 'leistungskette.overdue.definitionTab',
  pluginPoint: 'cockpit.processDefinition.runtime.tab',
  priority: -100, // after Cockpit's own tabs: "Prozessinstanzen" stays what a process opens with
  properties: {label: 'Überfällige Fristen'},
  render: (node, {processDefinitionId}) => {
    style();
    load('/ueberfaellig?processDefinitionId=' + encodeURIComponent(processDefinitionId)).then(overdue => {
      node.replaceChildren(element('div', {class: 'lk-overdue', id: 'lk-overdue-list'},
        overdue.total === 0 ? element('p', {}, 'Keine Aufgabe dieses Prozesses ist überfällig.')
          : [element('p', {}, overdue.total + ' überfällige Aufgaben' + (overdue.shown < overdue.total
            ? ', die ' + overdue.shown + ' ältesten:' : ':')), sortableTable(TASK_COLUMNS, overdue.tasks)]));
    }).catch(error => failed(node, error));
  }
};

const instanceTab = {
  id: 'leistungskette.overdue.instanceTab',
  pluginPoint: 'cockpit.processInstance.runtime.tab',
  priority: -100,
  properties: {label: 'Fristen'},
  render: (node, {processInstanceId}) => {
    style();
    load('/fall/' + encodeURIComponent(processInstanceId)).then(result => {
      node.replaceChildren(element('div', {class: 'lk-overdue', id: 'lk-case-deadlines'},
        result.tasks.length === 0 ? element('p', {}, 'Der Fall hat keine offene Aufgabe.')
          : sortableTable([
            {label: 'Aufgabe', cell: task => task.name, sort: task => task.name},
            {label: 'Team', cell: task => task.team},
            {label: 'Fällig', cell: task => task.dueText + (task.overdue ? ' (überfällig seit ' + task.daysOverdue
              + (task.daysOverdue === 1 ? ' Tag)' : ' Tagen)') : ''), sort: task => task.due || '9999', late: true},
            {label: 'Bearbeitet von', cell: task => task.assignee || '–'}
          ], result.tasks)));
    }).catch(error => failed(node, error));
  }
};

export default [dashboard, diagramBadges, definitionTab, instanceTab];
