/**
 * Reads the knowledge files from disk, for Node callers (the CLI, tests). The extension
 * uses bundled.ts; both go through buildKnowledgeBase so they see the same data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildKnowledgeBase, isKnowledgeFile } from './load';
import type { KnowledgeBase, KnowledgeFile } from './types';
import type { KnowledgeInput } from './validate';

export const DEFAULT_KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge', import.meta.url));

function jsonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...jsonFiles(full));
    else if (entry.isFile() && entry.name.endsWith('.json')) out.push(full);
  }
  return out;
}

/**
 * Every knowledge JSON file under `dir` except the schema, sorted by path. Paths are
 * given as "knowledge/reports/x.json" whatever the working directory, so messages read
 * the same everywhere. Throws on unreadable or malformed JSON, naming the file.
 */
export function readKnowledgeFiles(dir: string = DEFAULT_KNOWLEDGE_DIR): KnowledgeInput[] {
  const schemaPath = join(dir, 'schema.json');
  return jsonFiles(dir)
    .filter((full) => full !== schemaPath)
    .map((full) => {
      const path = [basename(dir), ...relative(dir, full).split(sep)].join('/');
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(full, 'utf8'));
      } catch (err) {
        throw new Error(`${path}: /: not valid JSON (${err instanceof Error ? err.message : String(err)})`);
      }
      return { path, data };
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The raw files (for validation) and the knowledge base built from them (unvalidated). */
export function loadKnowledgeFromDisk(dir: string = DEFAULT_KNOWLEDGE_DIR): { files: KnowledgeInput[]; kb: KnowledgeBase } {
  const files = readKnowledgeFiles(dir);
  const typed = files.map((f) => f.data).filter((d): d is KnowledgeFile => isKnowledgeFile(d));
  return { files, kb: buildKnowledgeBase(typed) };
}
