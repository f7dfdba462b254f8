// Type-checked (tsc --noEmit, strict) against dist/index.d.ts by scripts/test-wasm.sh: the types
// describe the real API. Lines marked @ts-expect-error must stay errors.
import {
  init, lint, rules, version, CpanmetaError, parseVersion, compareVersions, parseRange,
  rangeAccepts, parsePurl, validatePurl, spdxForCpanLicense, checkSpdxExpression,
  type Report, type Diagnostic, type LintOptions, type Rule, type ErrorCode,
} from '../dist/index.js';
import * as release from '../dist/release.js';
import type { ReleaseLint, KwaliteeReport, KwaliteeIndicator } from '../dist/release.js';

export async function usage(text: string, bytes: Uint8Array): Promise<number> {
  await init();
  const options: LintOptions = { filename: 'META.json', mode: 'compat', select: ['CM1'], ignore: ['strict'] };
  const report: Report = lint(text, options);
  const again: Report = lint(bytes);
  const first: Diagnostic | undefined = report.diagnostics[0];
  const line: number | undefined = first?.location.start?.line;
  const spdx: string | null | undefined = report.license?.expression;
  const purl: string | undefined = report.purl;
  const validator: string | null | undefined = report.spec?.validator;
  const all: Rule[] = rules();
  const v: string = version();
  const numify: string = parseVersion('1.10').numify;
  const order: -1 | 0 | 1 = compareVersions('1.10', '1.9');
  const empty: boolean = parseRange('>= 2, < 1').is_empty;
  const ok: boolean = rangeAccepts('>= 1', '1.5');
  const canonical: string = parsePurl('pkg:cpan/DBI').canonical;
  const findings: Diagnostic[] = validatePurl('pkg:cpan/DBI');
  const mapped: string | null = spdxForCpanLicense('perl_5', '2');
  const valid: boolean = checkSpdxExpression('MIT').valid;
  try {
    lint(text, { mode: 'strict' });
  } catch (err) {
    if (err instanceof CpanmetaError) {
      const code: ErrorCode = err.code;
      console.log(code, err.message);
    }
  }
  // @ts-expect-error: mode is strict or compat
  lint(text, { mode: 'lenient' });
  // @ts-expect-error: the source is text or bytes
  lint(42);
  // @ts-expect-error: unknown option
  lint(text, { mod: 'compat' });
  await release.init();
  const r: ReleaseLint = release.lintRelease(bytes, 'Foo-Bar-1.0.tar.gz', { mode: 'compat', ignore: ['CM8'] });
  const firstFile: Report | undefined = r.files[0];
  const source: string | undefined = firstFile && r.sources[firstFile.path];
  const k: KwaliteeReport = release.kwalitee(bytes.buffer as ArrayBuffer, 'Foo-Bar-1.0.tar.gz');
  const failing: KwaliteeIndicator[] = k.indicators.filter((i) => !i.value && i.level === 'core');
  const core: number = k.score.core[0];
  const sameClass: typeof CpanmetaError = release.CpanmetaError;
  // @ts-expect-error: the release is named by its own argument, not by a filename option
  release.lintRelease(bytes, 'Foo-Bar-1.0.tar.gz', { filename: 'META.json' });
  // @ts-expect-error: a release is bytes, not text
  release.kwalitee(source ?? '', 'Foo-Bar-1.0.tar.gz');
  console.log(failing.length, core, sameClass.name);
  console.log(again.valid, line, spdx, purl, validator, all.length, v, numify, order, empty, ok,
    canonical, findings.length, mapped, valid);
  return report.diagnostics.length;
}
