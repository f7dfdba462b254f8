// Types of the cpanmeta-wasm package. The report shapes are those of `cpanmeta lint --format json`
// (docs/json-output.md, version 1): new fields may appear; readers should ignore unknown ones.

/** Why a call could not run at all (findings are never errors). */
export type ErrorCode =
  /** An option has a wrong type or value, or a selector names no rule. */
  | 'INVALID_OPTION'
  /** `source` is neither a string nor a Uint8Array, or is far too large for a META file. */
  | 'UNSUPPORTED_INPUT'
  /** `init()` has not completed. */
  | 'NOT_INITIALIZED'
  /** The WebAssembly module could not be fetched, read or instantiated. */
  | 'INIT_FAILED'
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
  /** The distribution's Package URL, when the core reports one. */
  purl?: unknown;
  /** The distribution's license (SPDX expression), when the core reports one. */
  license?: unknown;
}

export interface Rule {
  code: string;
  name: string;
  group: 'json' | 'yaml' | 'spec' | 'strict' | 'schema' | 'prereqs' | 'license' | 'purl';
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
