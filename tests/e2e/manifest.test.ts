/**
 * The built extensions, as a store reviewer reads them: minimal permissions, no remote
 * code, and `web-ext lint` reporting no errors for Firefox. And the split that keeps
 * unrelated pages cheap: the content script every page gets holds the detection rules, not
 * the knowledge base; the engine holds the rest.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeFromDisk } from '../../src/knowledge/node';
import { COMMAND_NEXT, COMMAND_PREVIOUS } from '../../src/ui/commands';
import { ROOT } from './browser';

/** Every script file of a built extension. */
function bundles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(dir, f));
}

const manifest = (dir: string) => JSON.parse(readFileSync(join(ROOT, '.output', dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;

describe('manifests', () => {
  it('lists the icons the stores ask for, each a PNG of its size', () => {
    for (const dir of ['chrome-mv3', 'firefox-mv2']) {
      const icons = manifest(dir).icons as Record<string, string>;
      expect(Object.keys(icons)).toEqual(['16', '32', '48', '128']);
      for (const [size, file] of Object.entries(icons)) {
        const png = readFileSync(join(ROOT, '.output', dir, file));
        expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
      }
    }
  });

  it('asks for storage and scripting, and for the same pages the content script reads, nothing more', () => {
    // scripting + the http(s) hosts: the engine is injected only into pages that passed the
    // prefilter, and the popup reads a tab's state; both are pages the content script already runs on.
    const PAGES = ['http://*/*', 'https://*/*'];
    const chrome = manifest('chrome-mv3');
    expect(chrome.permissions).toEqual(['storage', 'scripting']);
    expect(chrome.host_permissions).toEqual(PAGES);
    // Manifest V2 lists hosts among the permissions.
    expect(manifest('firefox-mv2').permissions).toEqual(['storage', 'scripting', ...PAGES]);
    for (const dir of ['chrome-mv3', 'firefox-mv2']) {
      const m = manifest(dir);
      expect(m.optional_permissions ?? []).toEqual([]);
      expect(m.web_accessible_resources ?? []).toEqual([]);
      const scripts = m.content_scripts as { matches: string[]; js: string[] }[];
      expect(scripts.flatMap((s) => s.matches)).toEqual(PAGES);
      // The engine is not a declared content script: unrelated pages never load it.
      expect(scripts.flatMap((s) => s.js)).toEqual(['content-script.js']);
    }
  });

  it('declares the next and previous highlight commands, with default keys the reader can change', () => {
    for (const dir of ['chrome-mv3', 'firefox-mv2']) {
      const commands = manifest(dir).commands as Record<string, { suggested_key: { default: string }; description: string }>;
      expect(Object.keys(commands).sort()).toEqual([COMMAND_NEXT, COMMAND_PREVIOUS]);
      expect(commands[COMMAND_NEXT]?.suggested_key.default).toBe('Alt+Shift+L');
      expect(commands[COMMAND_PREVIOUS]?.suggested_key.default).toBe('Alt+Shift+K');
    }
  });

  it('gives Firefox a gecko id and declares no data collection', () => {
    const gecko = (manifest('firefox-mv2').browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toBe('source-lens@source-lens.invalid');
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('keeps the knowledge base, Readability and the UI out of the content script every page loads', () => {
    const kb = loadKnowledgeFromDisk().kb;
    const passage = kb.reports[0]?.passages.find((p) => p.selector.exact.length > 60)?.selector.exact.slice(0, 60) ?? '';
    expect(passage).not.toBe('');
    for (const dir of ['chrome-mv3', 'firefox-mv2']) {
      const content = readFileSync(join(ROOT, '.output', dir, 'content-script.js'), 'utf8');
      const engine = readFileSync(join(ROOT, '.output', dir, 'engine.js'), 'utf8');
      // Readability's own method names survive minification.
      for (const [text, what] of [[passage, 'a report passage'], ['_grabArticle', 'Readability'], ['data-source-lens-card', 'the source card']]) {
        expect(content.includes(text ?? ''), `${what} in ${dir}/content-script.js`).toBe(false);
        expect(engine.includes(text ?? ''), `${what} in ${dir}/engine.js`).toBe(true);
      }
      // The detection rules are there, as data.
      expect(content).toContain(kb.reports[0]?.detection.identifiers[0]);
    }
  });

  it('keeps webextension-polyfill out of the content script and the engine (the background and popup have it)', () => {
    // A message the polyfill throws, which minification keeps.
    const POLYFILL = 'message port closed before a response was received';
    for (const dir of ['chrome-mv3', 'firefox-mv2']) {
      for (const file of ['content-script.js', 'engine.js']) {
        expect(readFileSync(join(ROOT, '.output', dir, file), 'utf8').includes(POLYFILL), `the polyfill in ${dir}/${file}`).toBe(false);
      }
    }
    expect(readFileSync(join(ROOT, '.output', 'chrome-mv3', 'background.js'), 'utf8')).toContain(POLYFILL);
  });

  it('records no performance measures in a release build (only the benchmark\'s instrumented copy does)', () => {
    for (const dir of ['chrome-mv3', 'firefox-mv2']) {
      for (const file of bundles(join(ROOT, '.output', dir))) {
        const code = readFileSync(file, 'utf8');
        expect(code.includes('source-lens:'), `a measure name in ${file}`).toBe(false);
        expect(/\.measure\(|\.mark\(/.test(code), `a performance measure or mark in ${file}`).toBe(false);
      }
    }
  });

  it('passes web-ext lint with no errors', () => {
    const out = execFileSync(process.execPath, [join(ROOT, 'node_modules/web-ext/bin/web-ext.js'), 'lint', '-s', join(ROOT, '.output/firefox-mv2'), '-o', 'json'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
    });
    const report = JSON.parse(out.slice(out.indexOf('{'))) as { errors: { code: string; message: string }[] };
    expect(report.errors).toEqual([]);
  }, 60_000);
});
