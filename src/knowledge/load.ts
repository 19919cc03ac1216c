/**
 * Turns knowledge files into the KnowledgeBase the engine uses. No I/O and no ajv here:
 * this module is part of the browser bundle. The files are checked at build time by
 * `npm run knowledge:validate` (src/cli/validate-knowledge.ts), so at run time only the
 * `kind` tag is trusted to tell reports from other sources.
 */
import type {
  Caveat,
  Figure,
  KnowledgeBase,
  KnowledgeFile,
  LanguageProfile,
  OtherSource,
  Passage,
  Report,
} from './types';

/** Enough to route a parsed file; the full shape is the validator's job. */
export function isKnowledgeFile(value: unknown): value is KnowledgeFile {
  if (typeof value !== 'object' || value === null) return false;
  const kind: unknown = (value as { kind?: unknown }).kind;
  return kind === 'report' || kind === 'other-source' || kind === 'language';
}

// "$schema" is editor tooling in the JSON files, not part of the types.
function withoutSchemaKey<T extends object>(file: T): T {
  const copy = { ...file };
  delete (copy as { $schema?: unknown }).$schema;
  return copy;
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Splits files into reports, other sources and languages, each sorted by id so output does not depend on file order. */
export function buildKnowledgeBase(files: KnowledgeFile[]): KnowledgeBase {
  const reports: Report[] = [];
  const otherSources: OtherSource[] = [];
  const languages: LanguageProfile[] = [];
  for (const file of files) {
    if (file.kind === 'report') reports.push(withoutSchemaKey(file));
    else if (file.kind === 'other-source') otherSources.push(withoutSchemaKey(file));
    else languages.push(withoutSchemaKey(file));
  }
  reports.sort(byId);
  otherSources.sort(byId);
  languages.sort(byId);
  return { reports, otherSources, languages };
}

export interface KnowledgeIndex {
  /** Caveat ids are unique across all files; figures and quotes refer to caveats in any report. */
  caveats: Map<string, Caveat>;
  figures: Map<string, { report: Report; figure: Figure }>;
  passages: Map<string, { report: Report; passage: Passage }>;
}

/** Id lookups across the whole knowledge base. */
export function indexKnowledgeBase(kb: KnowledgeBase): KnowledgeIndex {
  const caveats = new Map<string, Caveat>();
  const figures = new Map<string, { report: Report; figure: Figure }>();
  const passages = new Map<string, { report: Report; passage: Passage }>();
  for (const report of kb.reports) {
    for (const caveat of report.caveats) caveats.set(caveat.id, caveat);
    for (const figure of report.figures) figures.set(figure.id, { report, figure });
    for (const passage of report.passages) passages.set(passage.id, { report, passage });
  }
  return { caveats, figures, passages };
}
