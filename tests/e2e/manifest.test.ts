/**
 * The built extensions, as a store reviewer reads them: minimal permissions, no remote
 * code, and `web-ext lint` reporting no errors for Firefox.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './browser';

const manifest = (dir: string) => JSON.parse(readFileSync(join(ROOT, '.output', dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;

describe('manifests', () => {
  it('asks for storage only; page access comes from the content script matches alone', () => {
    for (const dir of ['chrome-mv3', 'firefox-mv2']) {
      const m = manifest(dir);
      expect(m.permissions).toEqual(['storage']);
      expect(m.host_permissions ?? []).toEqual([]);
      expect(m.optional_permissions ?? []).toEqual([]);
      const scripts = m.content_scripts as { matches: string[] }[];
      expect(scripts.flatMap((s) => s.matches)).toEqual(['http://*/*', 'https://*/*']);
    }
  });

  it('gives Firefox a gecko id and declares no data collection', () => {
    const gecko = (manifest('firefox-mv2').browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toBe('source-lens@source-lens.invalid');
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
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
