/**
 * axe-core (the npm package) in real pages, and finding a fixture's tab: shared by the
 * accessibility and the language tests.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser, WorkerGlobal } from './browser';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
/** WCAG 2.1 A and AA, and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: unknown[] }[];
}

/** Runs axe-core in the page (through the debugger protocol, so an extension page's CSP does not block it). */
export async function axe(page: Page, include?: string[]): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    async ({ tags, include }) => {
      const run = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe.run;
      const context = include ? { include: include.map((s) => [s]) } : document;
      return (await run(context, { runOnly: { type: 'tag', values: tags } })).violations;
    },
    { tags: AXE_TAGS, include },
  );
  return violations.map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

/** The id of the tab showing `url`; -1 when none does. */
export async function tabIdOf(browser: ExtensionBrowser, url: string): Promise<number> {
  return browser.worker.evaluate(async (want) => {
    const tabs = await (globalThis as WorkerGlobal).chrome.tabs.query({});
    return tabs.find((t) => t.url === want)?.id ?? -1;
  }, url);
}
