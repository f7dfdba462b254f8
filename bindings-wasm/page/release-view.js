// The release panel of the checker page: the META files found in a dropped release (each one
// selectable, with its number of findings), the archive's own problems, and the CPANTS kwalitee
// indicators with the error, remedy and facts behind each failure. Pure rendering: the data is
// what `lintRelease` and `kwalitee` return.

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The part of a report path after the archive name (`Foo-1.0/META.json`). */
export function memberOf(path, release) {
  const i = path.indexOf('!/');
  return i < 0 ? (path === release ? '(the release itself: no META file)' : path) : path.slice(i + 2);
}

function fileList(state, select) {
  const items = state.lint.files.map((f, i) => {
    const n = f.diagnostics.length;
    const button = el('button', {
      type: 'button', class: 'file-button', 'aria-pressed': String(i === state.selected), 'data-path': f.path,
    }, el('code', { text: memberOf(f.path, state.name) }), ' ', el('span', { class: 'count', text: `(${plural(n, 'finding')})` }));
    button.addEventListener('click', () => select(i));
    return el('li', {}, button);
  });
  return el('ul', { id: 'release-files', class: 'release-files', 'aria-label': 'META files in the release' }, ...items);
}

function archiveProblems(kw) {
  if (kw.archive_findings.length === 0) return null;
  return el('div', { class: 'archive-findings' },
    el('h4', { text: 'Problems of the archive itself' }),
    el('ul', {}, ...kw.archive_findings.map((f) => el('li', { 'data-kind': f.kind },
      el('code', { text: f.kind }), ' ', f.message))));
}

function indicatorRow(i) {
  const verdict = i.value ? 'pass' : 'fail';
  const cells = [
    el('th', { scope: 'row' }, el('code', { text: i.name })),
    el('td', { text: i.level }),
    el('td', { class: `verdict ${verdict}`, text: verdict }),
  ];
  if (i.value) {
    cells.push(el('td', {}));
  } else {
    cells.push(el('td', {}, el('details', {},
      el('summary', { text: i.findings[0]?.message ?? i.error }),
      el('p', { text: i.error }),
      el('p', {}, el('strong', { text: 'Remedy: ' }), i.remedy),
      i.findings.length > 1
        ? el('ul', {}, ...i.findings.slice(1).map((f) => el('li', { text: `${f.file ? `${f.file}: ` : ''}${f.message}` })))
        : null)));
  }
  return el('tr', { class: `indicator ${verdict}`, 'data-name': i.name }, ...cells);
}

function kwaliteeTable(kw) {
  const s = kw.score;
  return el('table', { id: 'kwalitee', class: 'kwalitee' },
    el('caption', {}, 'CPANTS kwalitee: ',
      `core ${s.core[0]}/${s.core[1]}, extra ${s.extra[0]}/${s.extra[1]}, experimental ${s.experimental[0]}/${s.experimental[1]}`),
    el('thead', {}, el('tr', {}, ...['Indicator', 'Level', 'Result', 'Why'].map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, ...kw.indicators.map(indicatorRow)));
}

/**
 * Renders the release: its files and problems into `container`, the kwalitee indicators into
 * `indicators` (shown below the findings, as they concern the whole release). `state`: {name,
 * lint, kwalitee, selected}; `select(i)` shows the i-th file's report.
 */
export function renderRelease(container, indicators, state, select) {
  const kw = state.kwalitee;
  const metas = state.lint.files.filter((f) => f.path !== state.name).length;
  const parts = [
    el('h3', { id: 'release-heading' }, 'Release ', el('code', { text: state.name })),
    el('p', { id: 'release-summary' },
      `${metas === 0 ? 'No META file' : plural(metas, 'META file')} found` +
      `${kw.dist_dir ? ` in ${kw.dist_dir}/` : ''}; CPANTS reads ${kw.meta_file ?? 'none'}. ` +
      'Choose a file to see its findings beside its source; the kwalitee indicators are below.'),
    fileList(state, select),
    archiveProblems(kw),
  ];
  container.replaceChildren(...parts.filter((p) => p !== null));
  indicators.replaceChildren(el('h3', { id: 'kwalitee-heading', text: 'Kwalitee of the release' }), kwaliteeTable(kw));
  indicators.hidden = false;
  // A new rendering each time (tests and assistive code can tell one release from the next).
  container.dataset.shown = String(Number(container.dataset.shown ?? 0) + 1);
  container.hidden = false;
}
