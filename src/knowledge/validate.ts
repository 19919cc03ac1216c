/**
 * Validation of the knowledge files: shape (knowledge/schema.json, via ajv) and the
 * cross-references a schema cannot express (a figure's passage exists and states the
 * figure, caveat ids resolve across files, ids are unique across files...).
 *
 * Used by the CLI and the tests only. It imports ajv, so nothing that the browser
 * bundle loads may import this module: the extension reads the files through load.ts.
 */
import Ajv, { type ErrorObject } from 'ajv';
import schema from '../../knowledge/schema.json';
import type { TranslatedLanguage } from './types';

export interface KnowledgeInput {
  /** Path shown in messages, e.g. "knowledge/reports/oig-24-46.json". */
  path: string;
  /** Parsed JSON, unchecked. */
  data: unknown;
}

export interface ValidationIssue {
  path: string;
  /** JSON Pointer of the offending field ("/figures/2/passage"); "/" for the whole file. */
  pointer: string;
  message: string;
}

export interface ValidationResult {
  ok: boolean;
  /** One line per problem: "<file>: <pointer>: <problem>". */
  errors: string[];
  issues: ValidationIssue[];
}

export function formatIssue(issue: ValidationIssue): string {
  return `${issue.path}: ${issue.pointer}: ${issue.message}`;
}

// Compiled once: ajv code generation is far slower than validation itself.
let compiled: ReturnType<Ajv['compile']> | undefined;
function schemaValidator(): ReturnType<Ajv['compile']> {
  if (!compiled) {
    // discriminator: true makes ajv validate only the oneOf branch named by `kind`,
    // so a report with one bad field gets one error, not the other-source branch's too.
    const ajv = new Ajv({ allErrors: true, discriminator: true });
    compiled = ajv.compile(schema);
  }
  return compiled;
}

function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

function ajvIssue(path: string, e: ErrorObject): ValidationIssue | undefined {
  const base = e.instancePath;
  const params: Record<string, unknown> = e.params;
  switch (e.keyword) {
    // The root `kind` enum/required errors already say what is wrong with `kind`.
    case 'discriminator':
      return undefined;
    // Point at the field itself, so the message names what is missing or extra.
    case 'required':
      // A missing translation gets a message naming the item and the language (translationIssues).
      if (params['missingProperty'] === 'translations' || (base.endsWith('/translations') && String(params['missingProperty']) in LANGUAGE_NAMES)) return undefined;
      return {
        path,
        pointer: `${base}/${escapePointerToken(String(params['missingProperty']))}`,
        message: 'required property is missing',
      };
    case 'additionalProperties':
      return {
        path,
        pointer: `${base}/${escapePointerToken(String(params['additionalProperty']))}`,
        message: 'property is not allowed',
      };
    case 'enum': {
      const allowed = Array.isArray(params['allowedValues']) ? params['allowedValues'].map(String) : [];
      return { path, pointer: base || '/', message: `must be one of: ${allowed.join(', ')}` };
    }
    case 'const':
      return { path, pointer: base || '/', message: `must be ${JSON.stringify(params['allowedValue'])}` };
    default:
      return { path, pointer: base || '/', message: e.message ?? e.keyword };
  }
}

function schemaIssues(file: KnowledgeInput): ValidationIssue[] {
  const validate = schemaValidator();
  if (validate(file.data)) return [];
  const out: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const e of validate.errors ?? []) {
    const issue = ajvIssue(file.path, e);
    if (!issue) continue;
    const key = formatIssue(issue);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(issue);
  }
  return out;
}

/** The languages every caveat, correct reading and other-source note must also come in. */
const LANGUAGE_NAMES: Record<TranslatedLanguage, string> = { es: 'Spanish', pt: 'Portuguese', fr: 'French' };

/** Each reader-facing item without its text in one of the languages, named by kind, id and language. */
function translationIssues(file: KnowledgeInput): ValidationIssue[] {
  const d = file.data;
  if (!isRecord(d)) return [];
  const items: [string, string, Record<string, unknown>][] = [
    ...(d['kind'] === 'other-source' ? [['', 'other source', d] as [string, string, Record<string, unknown>]] : []),
    ...records(d['caveats']).map(([i, c]): [string, string, Record<string, unknown>] => [`/caveats/${i}`, 'caveat', c]),
    ...records(d['distortions']).map(([i, x]): [string, string, Record<string, unknown>] => [`/distortions/${i}`, 'distortion', x]),
  ];
  const out: ValidationIssue[] = [];
  for (const [pointer, kind, item] of items) {
    const name = `${kind} "${text(item['id']) ?? '?'}"`;
    const translations = item['translations'];
    if (!isRecord(translations)) {
      out.push({ path: file.path, pointer: `${pointer}/translations`, message: `${name} has no Spanish, Portuguese or French text` });
      continue;
    }
    for (const [lang, language] of Object.entries(LANGUAGE_NAMES)) {
      if (!isRecord(translations[lang])) out.push({ path: file.path, pointer: `${pointer}/translations/${lang}`, message: `${name} has no ${language} (${lang}) text` });
    }
  }
  return out;
}

// ---- lenient readers --------------------------------------------------------------
// The cross-file checks also run on files that failed the schema, so one bad field does
// not hide the ids a file defines and make every other file report "unknown caveat".
// These readers skip whatever has the wrong shape; the schema errors already cover it.

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
function text(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
function records(v: unknown): [number, Record<string, unknown>][] {
  const out: [number, Record<string, unknown>][] = [];
  list(v).forEach((item, i) => {
    if (isRecord(item)) out.push([i, item]);
  });
  return out;
}

interface Located {
  path: string;
  pointer: string;
}

type IdKind = 'report' | 'passage' | 'figure' | 'caveat' | 'distortion' | 'quote';

/** Everything the files define, with where each id was first defined. */
interface Definitions {
  ids: Record<IdKind, Map<string, Located>>;
  duplicates: ValidationIssue[];
}

function collectDefinitions(files: KnowledgeInput[]): Definitions {
  const ids: Record<IdKind, Map<string, Located>> = {
    report: new Map(),
    passage: new Map(),
    figure: new Map(),
    caveat: new Map(),
    distortion: new Map(),
    quote: new Map(),
  };
  const duplicates: ValidationIssue[] = [];
  const define = (kind: IdKind, id: unknown, at: Located): void => {
    if (typeof id !== 'string') return;
    const first = ids[kind].get(id);
    if (first) {
      duplicates.push({
        ...at,
        message: `duplicate ${kind} id "${id}" (first defined in ${first.path} at ${first.pointer})`,
      });
    } else {
      ids[kind].set(id, at);
    }
  };
  for (const file of files) {
    const d = file.data;
    if (!isRecord(d)) continue;
    const at = (pointer: string): Located => ({ path: file.path, pointer });
    // Reports and other sources share one namespace: both are "a source" to the engine.
    define('report', d['id'], at('/id'));
    for (const [i, p] of records(d['passages'])) define('passage', p['id'], at(`/passages/${i}/id`));
    for (const [i, f] of records(d['figures'])) define('figure', f['id'], at(`/figures/${i}/id`));
    for (const [i, c] of records(d['caveats'])) define('caveat', c['id'], at(`/caveats/${i}/id`));
    for (const [i, x] of records(d['distortions'])) define('distortion', x['id'], at(`/distortions/${i}/id`));
    for (const [i, q] of records(d['misattributedQuotes'])) define('quote', q['id'], at(`/misattributedQuotes/${i}/id`));
  }
  return { ids, duplicates };
}

/** Terms are matched case-insensitively against lowercased text, so they must be stored lowercase. */
function termIssues(path: string, pointer: string, terms: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  list(terms).forEach((t, i) => {
    if (typeof t !== 'string') return;
    const at = `${pointer}/${i}`;
    if (t.trim() === '') out.push({ path, pointer: at, message: 'term is empty' });
    else if (t !== t.trim()) out.push({ path, pointer: at, message: `term "${t}" has leading or trailing spaces` });
    else if (t !== t.toLowerCase()) out.push({ path, pointer: at, message: `term "${t}" is not lowercase` });
    else if (t.includes('…')) out.push({ path, pointer: at, message: `term "${t}" contains "…": list each form instead` });
  });
  return out;
}

/** The report text we hold must be only the report's words: no outlet brackets, no excerpt markers. */
function passageTextIssues(path: string, pointer: string, value: unknown, field: 'exact' | 'prefix' | 'suffix'): ValidationIssue[] {
  const s = text(value);
  if (s === undefined) return [];
  const at = `${pointer}/selector/${field}`;
  const out: ValidationIssue[] = [];
  if (field === 'exact' && s.trim() === '') out.push({ path, pointer: at, message: 'passage text is empty' });
  if (/[[\]]/.test(s)) {
    out.push({ path, pointer: at, message: 'contains square brackets: outlet insertions are not report text' });
  }
  if (/\(truncated\)/i.test(s) || s.includes('…')) {
    out.push({ path, pointer: at, message: 'contains an excerpt marker ("…" or "(truncated)"): stop before it and set truncated' });
  }
  if (field === 'exact' && s !== s.trim()) {
    out.push({ path, pointer: at, message: 'passage text has leading or trailing whitespace' });
  }
  return out;
}

function crossIssues(files: KnowledgeInput[]): ValidationIssue[] {
  const { ids, duplicates } = collectDefinitions(files);
  const out: ValidationIssue[] = [...duplicates];
  const caveatKnown = (id: unknown): boolean => typeof id !== 'string' || ids.caveat.has(id);
  const checkCaveat = (path: string, pointer: string, id: unknown): void => {
    if (!caveatKnown(id)) out.push({ path, pointer, message: `unknown caveat "${String(id)}"` });
  };

  // Report figure values, to keep distortions and other sources from claiming a real figure.
  const figureValues = new Map<number, string>();
  for (const file of files) {
    if (!isRecord(file.data)) continue;
    for (const [, f] of records(file.data['figures'])) {
      const v = f['value'];
      const id = text(f['id']);
      if (typeof v === 'number' && id && !figureValues.has(v)) figureValues.set(v, id);
    }
  }

  // A passage's translations are read with their language's profile (src/detect/language.ts).
  const languages = new Set(files.flatMap((f) => (isRecord(f.data) && f.data['kind'] === 'language' ? (text(f.data['id']) ?? []) : [])));

  for (const file of files) {
    const d = file.data;
    if (!isRecord(d)) continue;
    const path = file.path;

    if (d['kind'] === 'language') {
      out.push(...termIssues(path, '/stopWords', d['stopWords']));
      continue;
    }
    if (d['kind'] === 'other-source') {
      out.push(...termIssues(path, '/context', d['context']));
      list(d['values']).forEach((v, i) => {
        const clash = typeof v === 'number' ? figureValues.get(v) : undefined;
        if (clash) out.push({ path, pointer: `/values/${i}`, message: `value ${String(v)} is also report figure ${clash}` });
      });
      continue;
    }
    if (d['kind'] !== 'report') continue;

    const reportId = text(d['id']);
    const passages = new Map<string, string>();
    for (const [i, p] of records(d['passages'])) {
      const pointer = `/passages/${i}`;
      const sel = isRecord(p['selector']) ? p['selector'] : {};
      out.push(...passageTextIssues(path, pointer, sel['exact'], 'exact'));
      out.push(...passageTextIssues(path, pointer, sel['prefix'], 'prefix'));
      out.push(...passageTextIssues(path, pointer, sel['suffix'], 'suffix'));
      const id = text(p['id']);
      const exact = text(sel['exact']);
      if (id && exact !== undefined) passages.set(id, exact);
      const translations = isRecord(p['translationTerms']) ? p['translationTerms'] : {};
      for (const [lang, groups] of Object.entries(translations)) {
        const at = `${pointer}/translationTerms/${lang}`;
        if (!languages.has(lang)) out.push({ path, pointer: at, message: `no language file for "${lang}" (add knowledge/languages/${lang}.json)` });
        list(groups).forEach((g, j) => out.push(...termIssues(path, `${at}/${j}`, g)));
      }
    }

    const framingIds = new Set<string>();
    for (const [i, fr] of records(d['framings'])) {
      const id = text(fr['id']);
      if (id) {
        if (framingIds.has(id)) out.push({ path, pointer: `/framings/${i}/id`, message: `duplicate framing id "${id}" in this report` });
        framingIds.add(id);
      }
      out.push(...termIssues(path, `/framings/${i}/terms`, fr['terms']));
      out.push(...termIssues(path, `/framings/${i}/ignore`, fr['ignore']));
      // An ignore phrase that contains none of the terms can never cancel a match.
      const terms = list(fr['terms']).filter((t): t is string => typeof t === 'string');
      list(fr['ignore']).forEach((g, j) => {
        if (typeof g === 'string' && g.trim() !== '' && !terms.some((t) => g.includes(t))) {
          out.push({ path, pointer: `/framings/${i}/ignore/${j}`, message: `ignore phrase "${g}" contains none of this framing's terms` });
        }
      });
    }
    const checkFraming = (pointer: string, id: unknown): void => {
      if (typeof id === 'string' && !framingIds.has(id)) out.push({ path, pointer, message: `unknown framing "${id}" (not defined in this report)` });
    };

    const figureIds = new Set<string>();
    for (const [i, f] of records(d['figures'])) {
      const pointer = `/figures/${i}`;
      const id = text(f['id']);
      if (id) {
        figureIds.add(id);
        if (reportId && !id.startsWith(`${reportId}/`)) {
          out.push({ path, pointer: `${pointer}/id`, message: `figure id "${id}" must start with "${reportId}/"` });
        }
      }
      const passageId = text(f['passage']);
      if (passageId !== undefined) {
        const exact = passages.get(passageId);
        if (exact === undefined) {
          out.push({ path, pointer: `${pointer}/passage`, message: `unknown passage "${passageId}" (not in this report)` });
        } else {
          const statedAs = text(f['statedAs']);
          if (statedAs !== undefined && statedAs !== '' && !exact.includes(statedAs)) {
            out.push({ path, pointer: `${pointer}/statedAs`, message: `"${statedAs}" does not occur in passage ${passageId}` });
          }
        }
      }
      out.push(...termIssues(path, `${pointer}/context`, f['context']));
      out.push(...termIssues(path, `${pointer}/exclude`, f['exclude']));
      list(f['caveats']).forEach((c, j) => checkCaveat(path, `${pointer}/caveats/${j}`, c));
      for (const [j, fr] of records(f['framings'])) {
        checkFraming(`${pointer}/framings/${j}/framing`, fr['framing']);
        checkCaveat(path, `${pointer}/framings/${j}/caveat`, fr['caveat']);
      }
    }

    for (const [i, x] of records(d['distortions'])) {
      const pointer = `/distortions/${i}`;
      if (list(x['values']).length === 0 && list(x['magnitudes']).length === 0) {
        out.push({ path, pointer: `${pointer}/values`, message: 'values and magnitudes are both empty: the distortion could never match' });
      }
      list(x['values']).forEach((v, j) => {
        const clash = typeof v === 'number' ? figureValues.get(v) : undefined;
        if (clash) out.push({ path, pointer: `${pointer}/values/${j}`, message: `value ${String(v)} is also report figure ${clash}` });
      });
      out.push(...termIssues(path, `${pointer}/magnitudes`, x['magnitudes']));
      out.push(...termIssues(path, `${pointer}/context`, x['context']));
      list(x['requiresFraming']).forEach((fr, j) => checkFraming(`${pointer}/requiresFraming/${j}`, fr));
      // Figures resolve within the report: the engine shows a distortion next to its own report's figures.
      list(x['figures']).forEach((fig, j) => {
        if (typeof fig === 'string' && !figureIds.has(fig)) {
          out.push({ path, pointer: `${pointer}/figures/${j}`, message: `unknown figure "${fig}" (not in this report)` });
        }
      });
      list(x['caveats']).forEach((c, j) => checkCaveat(path, `${pointer}/caveats/${j}`, c));
    }

    for (const [i, q] of records(d['misattributedQuotes'])) {
      checkCaveat(path, `/misattributedQuotes/${i}/caveat`, q['caveat']);
    }

    const detection = isRecord(d['detection']) ? d['detection'] : {};
    for (const [i, g] of records(detection['contextGroups'])) {
      out.push(...termIssues(path, `/detection/contextGroups/${i}/terms`, g['terms']));
    }
    out.push(...termIssues(path, '/detection/distinguishing', detection['distinguishing']));
    const rendered = isRecord(detection['distinguishingByLanguage']) ? detection['distinguishingByLanguage'] : {};
    for (const [lang, terms] of Object.entries(rendered)) out.push(...termIssues(path, `/detection/distinguishingByLanguage/${lang}`, terms));
  }
  return out;
}

/**
 * Validates every knowledge file against the schema, then all of them together.
 * Pure: reads nothing from disk, so tests can feed mutated copies.
 */
export function validateKnowledgeFiles(files: KnowledgeInput[]): ValidationResult {
  const issues: ValidationIssue[] = [];
  for (const file of files) issues.push(...schemaIssues(file), ...translationIssues(file));
  issues.push(...crossIssues(files));
  const errors = issues.map(formatIssue);
  return { ok: issues.length === 0, errors, issues };
}
