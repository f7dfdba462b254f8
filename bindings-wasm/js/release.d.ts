// Types of `cpanmeta-wasm/release`: release archives and CPANTS kwalitee (docs/kwalitee.md). The
// shapes are those of `cpanmeta lint RELEASE --format json` and `cpanmeta kwalitee RELEASE
// --format json`: new fields may appear; readers should ignore unknown ones.
import type { InitInput, LintOptions, Report } from './index.js';

export { CpanmetaError } from './index.js';
export type { ErrorCode, InitInput, LintOptions, Report } from './index.js';

/** Loads the release module (`cpanmeta_release_bg.wasm` beside this file by default). Await it once. */
export function init(source?: InitInput | Promise<InitInput>): Promise<void>;

/** The cpanmeta version the module was built from. */
export function version(): string;

/** What `lintRelease` returns. */
export interface ReleaseLint {
  /** The release's name as given. */
  release: string;
  /**
   * One report per META file found (`Foo-1.0.tar.gz!/Foo-1.0/META.json`), exactly the `files` of
   * `cpanmeta lint RELEASE --format json`; a release without META gets one report named after
   * the archive that carries its release-wide findings.
   */
  files: Report[];
  /** Each META file's text (invalid UTF-8 replaced), by its report's `path`. */
  sources: Record<string, string>;
}

export type KwaliteeLevel = 'core' | 'extra' | 'experimental';

/** One fact behind an indicator's verdict. */
export interface KwaliteeFinding {
  /** The file concerned, relative to the distribution directory. */
  file?: string;
  /** Where in that META file (RFC 6901). */
  pointer?: string;
  message: string;
}

export interface KwaliteeIndicator {
  /** CPANTS's name (`meta_yml_conforms_to_known_spec`). */
  name: string;
  level: KwaliteeLevel;
  /** CPANTS's verdict: true is a pass. */
  value: boolean;
  /** CPANTS's text for a failure. */
  error: string;
  remedy: string;
  /** What a failure rests on (empty for a pass). */
  findings: KwaliteeFinding[];
}

export type ArchiveFindingKind = 'path-traversal' | 'link' | 'too-large' | 'too-deep' | 'compression-bomb'
  | 'truncated' | 'total-limit' | 'nested-archive' | 'pax-header' | 'unsupported';

/** A problem of the archive itself (the member is skipped or not followed). */
export interface ArchiveFinding {
  kind: ArchiveFindingKind;
  member?: string;
  message: string;
}

/** One release's entry of `cpanmeta kwalitee RELEASE --format json` (docs/kwalitee.md). */
export interface KwaliteeReport {
  /** The archive's file name. */
  release: string;
  /** CPAN::DistnameInfo's reading of the file name. */
  distname: { distvname: string | null; dist: string | null; version: string | null; extension: string | null };
  /** The distribution directory inside the archive; null when it is the archive root. */
  dist_dir: string | null;
  /** The META file CPANTS reads (META.yml, else META.json, else MYMETA.yml). */
  meta_file: string | null;
  indicators: KwaliteeIndicator[];
  /** CPANTS's records that are not indicators. */
  records: {
    meta_yml_has_duplicate_keys: string[];
    maniskip_error?: string;
    extracts_nicely: boolean;
    no_pax_headers: boolean;
  };
  /** Passes out of indicators, per level: `[passed, total]`. */
  score: { core: [number, number]; extra: [number, number]; experimental: [number, number] };
  archive_findings: ArchiveFinding[];
  /** Findings of the checks CPANTS lacks (CM880-CM883). */
  checks: { code: string; rule: string; file?: string; pointer?: string; message: string }[];
}

/**
 * Lints the META files of a release archive read in memory (`.tar.gz`, `.tgz`, `.tar.bz2`, `.tar`,
 * `.zip`, recognised by content) and adds its kwalitee findings, as `cpanmeta lint RELEASE` does.
 * `name` is the archive's file name (it gives the distribution name and version). Hostile
 * members are findings; bytes that are no archive throw `UNSUPPORTED_INPUT`.
 */
export function lintRelease(bytes: Uint8Array | ArrayBuffer, name: string, options?: Omit<LintOptions, 'filename'>): ReleaseLint;

/** The CPANTS kwalitee indicators of a release archive, as `cpanmeta kwalitee RELEASE` computes them. */
export function kwalitee(bytes: Uint8Array | ArrayBuffer, name: string): KwaliteeReport;
