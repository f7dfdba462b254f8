// Types of the cpanmeta-wasm package. The report shapes are those of `cpanmeta lint --format json`
// (docs/json-output.md, version 1): new fields may appear; readers should ignore unknown ones.

/** Why a call could not run at all (findings are never errors). */
export type ErrorCode =
  /** An option has a wrong type or value, or a selector names no rule. */
  | 'INVALID_OPTION'
  /** `source` is neither a string nor a Uint8Array, or is far too large for a META file; or the bytes given as a release are no archive. */
  | 'UNSUPPORTED_INPUT'
  /** `init()` has not completed. */
  | 'NOT_INITIALIZED'
  /** The WebAssembly module could not be fetched, read or instantiated. */
  | 'INIT_FAILED'
  /** A version, range or purl passed to a value function does not parse. */
  | 'INVALID_VALUE'
  /** A bug: the core panicked. The module has been restarted and stays usable. */
  | 'INTERNAL';

/** Every error the package throws. */
export class CpanmetaError extends Error {
  readonly name: 'CpanmetaError';
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown });
}

export type Mode = 'strict' | 'compat';
export type Severity = 'error' | 'warning' | 'info';

export interface LintOptions {
  /** The file name: `*.json` is read as JSON, `*.yml` / `*.yaml` as YAML, else by content. Reported as `path`. */
  filename?: string | null;
  /** `strict` (default): the spec as written; `compat`: CPAN::Meta::Validator's verdict. */
  mode?: Mode;
  /** Rules to enable: codes (`CM101`), code prefixes (`CM1`), rule names, groups, or `ALL`. Empty: all. */
  select?: string[];
  /** Rules to disable, same selectors; wins over `select`. */
  ignore?: string[];
}

/** Byte range in the original bytes. */
export interface Span {
  start: number;
  end: number;
}

/** 1-based line and column; columns count characters. */
export interface Position {
  line: number;
  column: number;
}

export interface Location {
  /** RFC 6901 JSON pointer of the offending value (`""`: the whole document). */
  pointer: string;
  span?: Span;
  start?: Position;
  end?: Position;
}

export interface Related {
  message: string;
  location: Location;
  /** The file the location is in, when it is another file (CM882: the distribution's other META file). */
  file?: string;
}

export interface Edit {
  span: Span;
  content: string;
}

export interface Fix {
  title: string;
  applicability: 'safe' | 'unsafe';
  edits: Edit[];
}

export interface Diagnostic {
  /** Stable rule code, never reused (`CM101`). */
  code: string;
  /** Kebab-case rule name. */
  rule: string;
  severity: Severity;
  message: string;
  help?: string;
  location: Location;
  /** Other places that matter (the first of two duplicate keys); omitted when empty. */
  related?: Related[];
  /** CPAN::Meta::Validator's exact message for this finding. */
  compat_message?: string;
  /** The spec section a strict-only finding relies on. */
  spec?: string;
  fix?: Fix;
  /** Link to the rule's documentation. */
  docs: string;
}

export type SpecVersion = '1.0' | '1.1' | '1.2' | '1.3' | '1.4' | '2';

export interface SpecChoice {
  /** `meta-spec.version` as the Validator computes it (`"1.0"` when absent). */
  declared: string;
  /** The spec the Validator validates with; null when it knows no such version. */
  validator: SpecVersion | null;
  /** What CPAN::Meta::Converter infers. */
  converter: SpecVersion | null;
}

/** One linted file: the file's entry of `cpanmeta lint --format json`. */
export interface Report {
  /** The `filename` option, or `-` when none was given. */
  path: string;
  filename?: string;
  format: 'json' | 'yaml';
  mode: Mode;
  /** Whether `Parse::CPAN::Meta->load_file` reads it into a hash. */
  parse_ok: boolean;
  /** What Parse::CPAN::Meta dies with. */
  parse_error?: string;
  /** Absent when the file could not be read. */
  spec?: SpecChoice;
  /** CPAN::Meta::Validator's verdict, independent of `select` / `ignore` and the mode. */
  valid: boolean;
  /** The Validator's messages, exactly. */
  validator_errors: string[];
  /** The findings, in source order. */
  diagnostics: Diagnostic[];
  /** The distribution's license in SPDX terms (absent when not parsed). */
  license?: LicenseExpression;
  /** The distribution's Package URL (absent when not parsed or when `name` cannot be a purl name). */
  purl?: string;
  /** The distribution's external (non-CPAN) dependencies from `x_external_prereqs`, in document order. */
  external_dependencies: ExternalDependency[];
}

/** One entry of `x_external_prereqs` (docs/external-dependencies.md), ready for an SBOM. */
export interface ExternalDependency {
  /** A purl without version (`pkg:generic/openssl`) or a capability (`dep:virtual/compiler/c`). */
  purl: string;
  kind: 'package' | 'virtual';
  phase: string;
  relationship: string;
  /** The version range as written, in the dependency's ecosystem's terms (`0`: any version). */
  range: string;
}

export interface LicenseExpression {
  /** An SPDX expression, or `NOASSERTION`; null only when there is no license at all. */
  expression: string | null;
  /** Why, in one sentence. */
  reason: string;
  source: 'x-spdx-expression' | 'license' | 'none';
  /** Each `license` string and its mapping. */
  strings: { written: string; read_as: string | null; spdx: string }[];
}

export interface Rule {
  code: string;
  name: string;
  group: 'json' | 'yaml' | 'spec' | 'strict' | 'schema' | 'prereqs' | 'license' | 'purl' | 'external' | 'kwalitee';
  /** Default severity. */
  severity: Severity;
  /** `both`, or `strict-only`. */
  modes: 'both' | 'strict-only';
  /** First sentence of the docs. */
  summary: string;
  /** The rule's documentation, Markdown. */
  docs: string;
  /** Where the documentation is published. */
  url: string;
}

/** What `init()` can load the module from; default: `cpanmeta_wasm_bg.wasm` beside this module. */
export type InitInput =
  | string
  | URL
  | Request
  | Response
  | BufferSource
  | WebAssembly.Module;

/** Loads the WebAssembly module. Await it once before calling anything else. */
export function init(source?: InitInput | Promise<InitInput>): Promise<void>;

/** Lints one META document. Findings are in the report; only "could not run" throws. */
export function lint(source: string | Uint8Array, options?: LintOptions): Report;

/** Every rule with its documentation. */
export function rules(): Rule[];


/** The cpanmeta version the module was built from. */
export function version(): string;

/** version.pm's view of a version string. */
export interface VersionInfo {
  /** As written (version.pm's `stringify`). */
  original: string;
  /** The decimal form (`"1.002003"`). */
  numify: string;
  /** The dotted form (`"v1.2.3"`). */
  normal: string;
  /** Has an underscore (a developer release). */
  is_alpha: boolean;
  /** Is a dotted-decimal version. */
  is_qv: boolean;
}

/** Parses a version as version.pm does; throws `INVALID_VALUE` with perl's message when it refuses it. */
export function parseVersion(text: string): VersionInfo;
/** version.pm's `<=>`. */
export function compareVersions(a: string, b: string): -1 | 0 | 1;
/** version.pm's `is_lax`. */
export function isLax(text: string): boolean;
/** version.pm's `is_strict`. */
export function isStrict(text: string): boolean;

export interface RangeInfo {
  /** The range as CPAN::Meta::Requirements writes it back. */
  range: string;
  /** No version satisfies it (`">= 2, < 1"`). */
  is_empty: boolean;
  empty_reason: string | null;
}

/** Reads a requirement string as CPAN::Meta::Requirements does; throws `INVALID_VALUE` when it cannot. */
export function parseRange(text: string): RangeInfo;
/** Whether `version` satisfies the requirement string `range`. */
export function rangeAccepts(range: string, version: string): boolean;
/** The range both requirement strings allow. */
export function intersectRanges(a: string, b: string): string;

export interface PurlInfo {
  type: string;
  namespace: string | null;
  name: string;
  version: string | null;
  qualifiers: Record<string, string> | null;
  subpath: string | null;
  /** The canonical form. */
  canonical: string;
}

/** Parses a Package URL; throws `INVALID_VALUE` naming the component when it is not one. */
export function parsePurl(text: string): PurlInfo;
/** The purl rules' findings for one purl on its own; empty when it is valid and canonical. */
export function validatePurl(text: string): Diagnostic[];
/** The SPDX expression of a CPAN license string, or null when meta-spec `specVersion` does not define it. */
export function spdxForCpanLicense(string: string, specVersion?: '2' | '1.0' | '1.1' | '1.2' | '1.3' | '1.4'): string | null;

export interface SpdxCheck {
  /** Strictly valid: every id on the current SPDX list, none deprecated. */
  valid: boolean;
  terms: {
    license: { kind: 'spdx' | 'ref' | 'unknown'; id: string };
    or_later: boolean;
    range: { start: number; end: number };
  }[];
  problems: {
    kind: 'syntax' | 'deprecated' | 'unknown-license' | 'unknown-exception';
    range: { start: number; end: number };
    message: string;
    replacement: string | null;
    help: string | null;
  }[];
  /** The expression with deprecated ids replaced, when that is certain. */
  normalised: string | null;
}

/** Checks an SPDX license expression. */
export function checkSpdxExpression(text: string): SpdxCheck;
