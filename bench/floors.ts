/**
 * The floor extensions of issue #12, written by the bench into a temporary directory: the least
 * any content script that reads the page can cost, to set Source Lens's cost against.
 *
 *   text        - at document_idle, only reads the story text: the floor on a page that covers nothing;
 *   readability - Readability.js plus one parse of a clone of the document: the floor on a
 *                 covering page (an extension must find the article before it can check it).
 *
 * Manifest V3, one classic content script, no polyfill, no framework, no background.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type FloorName = 'text' | 'readability';

const TEXT_ONLY = `void (document.querySelector('article') ?? document.body).textContent;\n`;

function contentScript(name: FloorName, readabilitySource: string): string {
  if (name === 'text') return TEXT_ONLY;
  // Readability.js ends with a CommonJS export guarded by `typeof module`: a content script has none.
  return `${readabilitySource}\nvoid new Readability(document.cloneNode(true)).parse();\n`;
}

/** Writes the floor extension `name`, whose content script runs on `matches` only; returns its directory. */
export function writeFloorExtension(dir: string, name: FloorName, matches: readonly string[], readabilityPath: string): string {
  const out = join(dir, `floor-${name}`);
  mkdirSync(out, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: `Source Lens bench floor: ${name}`,
    version: '1.0',
    content_scripts: [{ matches, js: ['content.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(out, 'content.js'), contentScript(name, name === 'readability' ? readFileSync(readabilityPath, 'utf8') : ''));
  return out;
}
