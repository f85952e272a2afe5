// Leistungskette: Tasklist lists tasks earliest due date first.
// Tasklist takes its sort order from the URL ("sorting") and, without one, sorts by creation date,
// newest first, whatever the filter says. This script, loaded through config.js (customScripts),
// adds the due-date order wherever the URL has none; a sort chosen in Tasklist stays as chosen.
const DUE_DATE_FIRST = encodeURIComponent(JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}]));

function ensureSorting() {
  const hash = window.location.hash || '#/';
  if (/[?&]sorting=/.test(hash)) {
    return;
  }
  const separator = hash.includes('?') ? '&' : (hash.endsWith('/') ? '?' : '/?');
  window.location.replace(window.location.pathname + window.location.search + hash + separator + 'sorting=' + DUE_DATE_FIRST);
}

ensureSorting();
window.addEventListener('hashchange', ensureSorting);
