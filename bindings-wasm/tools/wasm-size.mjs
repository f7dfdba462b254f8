// Prints what takes the space in a .wasm module: bytes per section, and the code section's
// function bodies summed per Rust crate (from the `name` section, so run it on a module that
// still has names, i.e. before wasm-opt strips them).
//
//   node wasm-size.mjs MODULE.wasm [TOP]
import { readFileSync } from 'node:fs';

const SECTION_NAMES = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export',
  'start', 'element', 'code', 'data', 'datacount', 'tag'];

function reader(bytes, start = 0) {
  let pos = start;
  return {
    get pos() { return pos; },
    set pos(p) { pos = p; },
    u8() { return bytes[pos++]; },
    uleb() {
      let result = 0, shift = 0, b;
      do {
        b = bytes[pos++];
        result += (b & 0x7f) * 2 ** shift;
        shift += 7;
      } while (b & 0x80);
      return result;
    },
    name() {
      const len = this.uleb();
      const s = new TextDecoder().decode(bytes.subarray(pos, pos + len));
      pos += len;
      return s;
    },
  };
}

/** The crate a (mangled or demangled) Rust symbol belongs to; other names as they are. */
export function crateOf(name) {
  // Demangled v0 names carry the crate's disambiguator: `serde_json[1f65671840374d10]::de::..`;
  // in `<A as B>::f` the first crate named is the one whose code it is, near enough.
  let m = /([A-Za-z_][A-Za-z0-9_]*)\[[0-9a-f]{8,}\]/.exec(name);
  if (m) return m[1];
  m = /^_ZN(\d+)(.*)$/.exec(name);
  if (m) {
    let ident = m[2].slice(0, Number(m[1]));
    // `<alloc::vec::Vec<T> as core::..>` is mangled `_$LT$alloc..vec..Vec$LT$T$GT$...`
    ident = ident.replace(/^_?\$LT\$/, '').replace(/^\$u7b\$.*/, 'closure');
    return ident.split('..')[0].split('$')[0] || 'other';
  }
  m = /^_R.*?C(?:s[0-9A-Za-z]*_)?(\d+)([A-Za-z_])/.exec(name);
  if (m) {
    const start = m.index + m[0].length - 1;
    return name.slice(start, start + Number(m[1]));
  }
  m = /^<?([A-Za-z_][A-Za-z0-9_]*)::/.exec(name);
  if (m) return m[1];
  if (/^(__wbindgen|__wbg|wasm_bindgen)/.test(name)) return 'wasm_bindgen';
  if (/^(dlmalloc|__rust|rust_)/.test(name)) return 'std';
  if (/^(memcpy|memset|memmove|memcmp|__)/.test(name)) return 'compiler_builtins';
  return 'other';
}

export function analyse(bytes) {
  const r = reader(bytes, 8);
  const sections = [];
  let imports = 0;
  let bodies = [];
  let names = new Map();
  while (r.pos < bytes.length) {
    const id = r.u8();
    const size = r.uleb();
    const start = r.pos;
    let label = SECTION_NAMES[id] ?? `unknown(${id})`;
    if (id === 0) {
      label = `custom "${r.name()}"`;
      if (label === 'custom "name"') names = readNames(bytes, r.pos, start + size);
    } else if (id === 2) {
      const n = r.uleb();
      for (let i = 0; i < n; i++) {
        r.name(); r.name();
        const kind = r.u8();
        if (kind === 0) { r.uleb(); imports++; } else if (kind === 1) { r.u8(); limits(r); } else if (kind === 2) { limits(r); } else if (kind === 3) { r.u8(); r.u8(); } else { r.u8(); r.uleb(); }
      }
    } else if (id === 10) {
      const n = r.uleb();
      bodies = [];
      for (let i = 0; i < n; i++) {
        const len = r.uleb();
        bodies.push(len);
        r.pos += len;
      }
    }
    sections.push({ label, size });
    r.pos = start + size;
  }
  const perCrate = new Map();
  bodies.forEach((len, i) => {
    const name = names.get(imports + i) ?? '';
    const crate = name ? crateOf(name) : '(no names)';
    const e = perCrate.get(crate) ?? { bytes: 0, functions: 0 };
    e.bytes += len;
    e.functions += 1;
    perCrate.set(crate, e);
  });
  return { total: bytes.length, sections, perCrate, code: bodies.reduce((a, b) => a + b, 0) };
}

function limits(r) {
  const flags = r.u8();
  r.uleb();
  if (flags & 1) r.uleb();
}

function readNames(bytes, from, to) {
  const names = new Map();
  const r = reader(bytes, from);
  while (r.pos < to) {
    const sub = r.u8();
    const size = r.uleb();
    const end = r.pos + size;
    if (sub === 1) {
      const n = r.uleb();
      for (let i = 0; i < n; i++) {
        const idx = r.uleb();
        names.set(idx, r.name());
      }
    }
    r.pos = end;
  }
  return names;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  const top = Number(process.argv[3] ?? 12);
  const { total, sections, perCrate, code } = analyse(readFileSync(file));
  const kb = (n) => `${(n / 1024).toFixed(1).padStart(7)} KiB`;
  const pct = (n, of) => `${((100 * n) / of).toFixed(1).padStart(5)}%`;
  console.log(`  sections of ${file} (${kb(total).trim()}):`);
  for (const s of [...sections].sort((a, b) => b.size - a.size).filter((s) => s.size > 1024)) {
    console.log(`    ${s.label.padEnd(28)} ${kb(s.size)} ${pct(s.size, total)}`);
  }
  console.log(`  code by crate (function bodies, ${kb(code).trim()}):`);
  const rows = [...perCrate.entries()].sort((a, b) => b[1].bytes - a[1].bytes);
  for (const [crate, e] of rows.slice(0, top)) {
    console.log(`    ${crate.padEnd(28)} ${kb(e.bytes)} ${pct(e.bytes, code)}  (${e.functions} functions)`);
  }
  const rest = rows.slice(top).reduce((a, [, e]) => a + e.bytes, 0);
  if (rest) console.log(`    ${'(the rest)'.padEnd(28)} ${kb(rest)} ${pct(rest, code)}`);
}
