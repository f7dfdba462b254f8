// The checker page: reads a META file (pasted, dropped or picked) or a release archive, lints it
// with the WebAssembly package, and shows the findings beside the source with their lines
// highlighted. No framework; no network after the first load (sw.js caches the files). The
// release reader is a second module (pkg/release.js), loaded the first time a release arrives.
import * as cpanmeta from './pkg/index.js';
import { inline, renderMarkdown } from './markdown.js';
import { el, renderRelease } from './release-view.js';

const $ = (id) => document.getElementById(id);
const ui = {
  engine: $('engine'), version: $('version'), dropzone: $('dropzone'), file: $('file-input'),
  source: $('source'), filename: $('filename'), check: $('check'), example: $('example'),
  results: $('results'), status: $('status'), facts: $('facts'), view: $('source-view'),
  findings: $('findings'), count: $('findings-count'), rules: $('rule-list'), release: $('release'),
  kwalitee: $('kwalitee-panel'),
};

// What the drop zone takes: META files, and releases as the CLI recognises them (the content
// decides the format). The size bound is the package's own (64 MiB, as the CLI's lint).
const META_FILE = /\.(json|ya?ml)$/i;
const ARCHIVE = /\.(tar\.gz|tgz|tar\.bz2|tar|zip)$/i;
const MAX_BYTES = 64 * 1024 * 1024;

const EXAMPLE = `{
   "abstract" : "Frobnicate widgets",
   "author" : [ "A. U. Thor <author@example.org>" ],
   "dynamic_config" : 0,
   "generated_by" : "hand",
   "license" : [ "perl" ],
   "meta-spec" : {
      "url" : "http://search.cpan.org/perldoc?CPAN::Meta::Spec",
      "version" : 2
   },
   "name" : "Acme::Widget",
   "prereqs" : {
      "runtime" : {
         "requires" : { "perl" : "5.008", "Moo" : "2.0_1" }
      }
   },
   "release_status" : "stable",
   "version" : "1.2.3_4"
}
`;

let ready = false;
let current = { bytes: null, text: '' };
// The dropped release: {name, bytes, lint, kwalitee, selected, text}; null when checking text.
let release = null;

function mode() {
  return document.querySelector('input[name="mode"]:checked').value;
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

// ---------------------------------------------------------------- checking

function check() {
  if (!ready) return;
  const text = ui.source.value;
  // A release stays shown until its text is edited; the mode switch re-checks the whole release.
  if (release && text === release.text) {
    checkRelease();
    return;
  }
  leaveRelease();
  // Dropped files are linted as their exact bytes; an edit in the text area switches to the text.
  const input = current.bytes && current.text === text ? current.bytes : text;
  if (text.trim() === '') {
    clearResults('Paste or drop a META file to check it.');
    return;
  }
  const options = { mode: mode() };
  const filename = ui.filename.value.trim();
  if (filename) options.filename = filename;
  let report;
  try {
    report = cpanmeta.lint(input, options);
  } catch (err) {
    clearResults(`Could not check it: ${err.message}${err.code ? ` (${err.code})` : ''}`);
    return;
  }
  showReport(report, text);
}

function clearResults(message) {
  ui.status.textContent = message;
  ui.facts.hidden = true;
  ui.facts.replaceChildren();
  ui.view.replaceChildren();
  ui.findings.replaceChildren();
  ui.count.textContent = '';
}

function showReport(report, text) {
  const diags = report.diagnostics;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of diags) counts[d.severity] += 1;
  let summary = diags.length === 0
    ? 'No findings.'
    : `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info.`;
  summary += report.valid ? ' CPAN::Meta::Validator accepts it.' : ' CPAN::Meta::Validator rejects it.';
  if (report.parse_error) summary += ` It cannot be read: ${report.parse_error}`;
  ui.status.textContent = summary;
  ui.count.textContent = `(${diags.length})`;
  showFacts(report);
  showSource(text, diags);
  showFindings(diags);
}

function showFacts(report) {
  const facts = [
    ['Read as', `${report.format.toUpperCase()}${report.filename ? ` (${report.filename})` : ''}`],
    ['Mode', report.mode],
  ];
  if (report.spec) {
    facts.push(['Meta-spec', `${report.spec.declared}${report.spec.validator ? '' : ' (unknown to the Validator)'}`]);
  }
  facts.push(['Validator', report.valid ? 'valid' : `invalid (${plural(report.validator_errors.length, 'message')})`]);
  // The distribution's identity, when the core reports it (fields added by later core work).
  if (report.purl) facts.push(['Package URL', report.purl]);
  if (report.license) {
    const expression = report.license.expression ?? 'NOASSERTION';
    facts.push(['License (SPDX)', `${expression}${report.license.reason ? ` (${report.license.reason})` : ''}`]);
  }
  ui.facts.replaceChildren(...facts.flatMap(([k, v]) => [el('dt', { text: k }), el('dd', { text: v })]));
  ui.facts.hidden = false;
}

// The source, one element per line; lines with findings are marked with the worst severity.
function showSource(text, diags) {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const rank = { info: 1, warning: 2, error: 3 };
  const byLine = new Map();
  diags.forEach((d, i) => {
    const start = d.location.start?.line;
    if (!start) return;
    const end = Math.min(d.location.end?.line ?? start, start + 50);
    for (let line = start; line <= end; line++) {
      const e = byLine.get(line) ?? { severity: 'info', findings: [] };
      if (rank[d.severity] > rank[e.severity]) e.severity = d.severity;
      if (line === start) e.findings.push(i);
      byLine.set(line, e);
    }
  });
  const list = el('ol', { class: 'lines' });
  lines.forEach((line, i) => {
    const n = i + 1;
    const mark = byLine.get(n);
    const item = el('li', {
      id: `L${n}`,
      class: mark ? `line hl hl-${mark.severity}` : 'line',
      'data-line': String(n),
    });
    item.append(el('span', { class: 'ln', 'aria-hidden': 'true', text: String(n) }));
    item.append(el('code', { text: line === '' ? ' ' : line }));
    if (mark && mark.findings.length) {
      item.append(el('a', {
        class: 'marker', href: `#finding-${mark.findings[0]}`,
        title: mark.findings.map((j) => `${diags[j].code}: ${diags[j].message}`).join('\n'),
        text: mark.findings.map((j) => diags[j].code).join(' '),
      }));
    }
    list.append(item);
  });
  ui.view.replaceChildren(list);
}

function showFindings(diags) {
  const items = diags.map((d, i) => {
    const where = d.location.start
      ? el('a', { href: `#L${d.location.start.line}`, class: 'where', 'data-line': String(d.location.start.line),
        text: `line ${d.location.start.line}, column ${d.location.start.column}` })
      : el('span', { class: 'where', text: 'whole document' });
    const pointer = d.location.pointer ? el('code', { class: 'pointer', text: d.location.pointer }) : null;
    const li = el('li', { id: `finding-${i}`, class: `finding sev-${d.severity}`, tabindex: '-1' },
      el('div', { class: 'head' },
        el('span', { class: `badge ${d.severity}`, text: d.severity }), ' ',
        el('a', { href: `#rule-${d.code}`, class: 'code', title: `${d.rule}: read the rule`, text: d.code }), ' ',
        el('span', { class: 'rule', text: d.rule })),
      el('p', { class: 'message' }, inline(d.message)),
      d.help ? el('p', { class: 'help' }, inline(d.help)) : null,
      d.compat_message && d.compat_message !== d.message
        ? el('p', { class: 'compat' }, 'CPAN::Meta::Validator: ', el('q', { text: d.compat_message }))
        : null,
      el('p', { class: 'loc' }, where, pointer ? ' ' : null, pointer));
    return li;
  });
  ui.findings.replaceChildren(...items);
}

// ---------------------------------------------------------------- navigation

function focusLine(n) {
  const line = document.getElementById(`L${n}`);
  if (!line) return;
  for (const l of ui.view.querySelectorAll('.current')) l.classList.remove('current');
  line.classList.add('current');
  line.scrollIntoView({ block: 'center' });
}

function openRule(code) {
  const details = document.getElementById(`rule-${code}`);
  if (!details) return;
  details.open = true;
  details.querySelector('summary').focus();
}

function followHash() {
  const hash = decodeURIComponent(location.hash.slice(1));
  if (hash.startsWith('rule-')) openRule(hash.slice(5));
  else if (/^L\d+$/.test(hash)) focusLine(Number(hash.slice(1)));
  else if (hash.startsWith('finding-')) document.getElementById(hash)?.focus();
}

// ---------------------------------------------------------------- rules

function showRules() {
  const list = cpanmeta.rules();
  const nodes = list.map((r) => el('details', { id: `rule-${r.code}`, class: 'rule-doc' },
    el('summary', {}, el('strong', { text: r.code }), ' ', el('span', { text: r.name }), ' ',
      el('span', { class: `badge ${r.severity}`, text: r.severity }),
      r.modes === 'strict-only' ? el('span', { class: 'tag', text: 'strict only' }) : null),
    renderMarkdown(r.docs),
    el('p', {}, el('a', { href: r.url, text: 'Published documentation' }))));
  ui.rules.replaceChildren(...nodes);
}

// ---------------------------------------------------------------- input

async function readFile(file) {
  clearTimeout(typingTimer);
  if (file.size > MAX_BYTES) {
    clearResults(`${file.name} is ${file.size} bytes: too large to check here (the limit is ${MAX_BYTES}).`);
    return;
  }
  if (ARCHIVE.test(file.name)) {
    await readArchive(file);
    return;
  }
  if (!META_FILE.test(file.name)) {
    clearResults(`${file.name}: neither a META file nor a release. Drop a .json, .yml or .yaml file, or a .tar.gz, .tgz, .tar.bz2, .tar or .zip release.`);
    return;
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const text = new TextDecoder('utf-8').decode(bytes);
  leaveRelease();
  current = { bytes, text };
  ui.source.value = text;
  ui.filename.value = file.name;
  check();
}

// ---------------------------------------------------------------- releases

// The release reader runs in a worker (release-worker.js), so that a large or hostile archive
// never freezes the page. A new request while one is running cancels it (its worker is
// terminated and a fresh one started).
let worker = null;
let pending = null;
let requests = 0;

function stopWorker() {
  worker?.terminate();
  worker = null;
  pending?.reject(Object.assign(new Error('cancelled'), { code: 'CANCELLED' }));
  pending = null;
}

function inWorker(request) {
  if (pending) stopWorker();
  worker ??= new Worker(new URL('./release-worker.js', import.meta.url), { type: 'module' });
  const id = ++requests;
  return new Promise((resolve, reject) => {
    pending = { resolve, reject };
    worker.onmessage = (event) => {
      if (event.data.id !== id) return;
      pending = null;
      const { result, error } = event.data;
      if (error) reject(Object.assign(new Error(error.message), { code: error.code }));
      else resolve(result);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const p = pending;
      pending = null;
      worker?.terminate();
      worker = null;
      p?.reject(Object.assign(new Error(`the release reader failed: ${event.message ?? 'unknown error'}`), { code: 'INIT_FAILED' }));
    };
    worker.postMessage({ id, ...request });
  });
}

const describe = (err) => `${err.message}${err.code ? ` (${err.code})` : ''}`;

// A release read in memory: every META file inside with its findings, and the kwalitee
// indicators. Bytes that are no archive are an error the package reports (UNSUPPORTED_INPUT).
async function readArchive(file) {
  leaveRelease();
  clearResults(`Reading ${file.name}…`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  let result;
  try {
    result = await inWorker({ op: 'read', bytes, name: file.name, options: { mode: mode() } });
  } catch (err) {
    if (err.code !== 'CANCELLED') clearResults(`Could not read ${file.name}: ${describe(err)}`);
    return;
  }
  release = { name: file.name, bytes, kwalitee: result.kwalitee, lint: result.lint, selected: 0, text: null };
  showReleaseFile(0);
}

// The mode changed (or Check was pressed): lint the release again.
async function checkRelease() {
  const current = release;
  let result;
  try {
    result = await inWorker({ op: 'lint', bytes: current.bytes, name: current.name, options: { mode: mode() } });
  } catch (err) {
    if (err.code === 'CANCELLED') return;
    leaveRelease();
    clearResults(`Could not check ${current.name}: ${describe(err)}`);
    return;
  }
  if (release !== current) return;
  release.lint = result.lint;
  showReleaseFile(Math.min(release.selected, release.lint.files.length - 1));
}

function showReleaseFile(index) {
  release.selected = index;
  const report = release.lint.files[index];
  const text = release.lint.sources[report.path] ?? '';
  release.text = text;
  current = { bytes: null, text: '' };
  ui.source.value = text;
  ui.filename.value = report.path;
  renderRelease(ui.release, ui.kwalitee, release, (i) => {
    showReleaseFile(i);
    document.querySelector(`#release-files button[aria-pressed="true"]`)?.focus();
  });
  showReport(report, text);
}

function leaveRelease() {
  if (pending) stopWorker();
  release = null;
  ui.release.hidden = true;
  ui.release.replaceChildren();
  ui.kwalitee.hidden = true;
  ui.kwalitee.replaceChildren();
}

// The pending check after typing; a dropped or picked file supersedes it.
let typingTimer = 0;

function wireInput() {
  ui.source.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(check, 250);
  });
  ui.filename.addEventListener('change', check);
  for (const radio of document.querySelectorAll('input[name="mode"]')) radio.addEventListener('change', check);
  ui.check.addEventListener('click', () => {
    check();
    ui.results.focus();
  });
  ui.example.addEventListener('click', () => {
    current = { bytes: null, text: '' };
    ui.source.value = EXAMPLE;
    ui.filename.value = 'META.json';
    check();
  });
  ui.file.addEventListener('change', () => {
    if (ui.file.files[0]) readFile(ui.file.files[0]);
    ui.file.value = '';
  });
  // Dropping anywhere on the drop zone or the text area.
  for (const target of [ui.dropzone, ui.source]) {
    target.addEventListener('dragover', (e) => {
      e.preventDefault();
      ui.dropzone.classList.add('over');
    });
    target.addEventListener('dragleave', () => ui.dropzone.classList.remove('over'));
    target.addEventListener('drop', (e) => {
      e.preventDefault();
      ui.dropzone.classList.remove('over');
      const file = e.dataTransfer?.files?.[0];
      if (file) readFile(file);
    });
  }
  ui.findings.addEventListener('click', (e) => {
    const link = e.target.closest('a.where');
    if (link) focusLine(Number(link.dataset.line));
    // Open the rule's documentation on the click itself, not only when `hashchange` arrives
    // later (it does not fire at all when the hash is already that rule's).
    const code = e.target.closest('a.code');
    if (code) openRule(code.textContent);
  });
  window.addEventListener('hashchange', followHash);
}

// ---------------------------------------------------------------- start

async function start() {
  wireInput();
  try {
    await cpanmeta.init();
  } catch (err) {
    ui.engine.textContent = `The checker could not load: ${err.message}`;
    ui.engine.classList.add('failed');
    return;
  }
  ready = true;
  ui.version.textContent = cpanmeta.version();
  ui.engine.textContent = 'Checker loaded; works offline from now on.';
  showRules();
  check();
  followHash();
  document.documentElement.dataset.ready = 'true';
  if ('serviceWorker' in navigator && location.protocol !== 'file:') {
    navigator.serviceWorker.register('sw.js').catch(() => {
      ui.engine.textContent = 'Checker loaded (offline use is not available here).';
    });
  }
}

start();
