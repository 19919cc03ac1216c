/**
 * The contract between the two content scripts. Every page gets the small one (the
 * prefilter and the late-content watcher); only a page that passes the prefilter gets the
 * engine (Readability, the knowledge base, matching, highlights, the source card), injected
 * on request into the same isolated world. An unrelated page so never even parses the
 * engine's code, which costs more than the prefilter itself.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Settings } from './settings';
import type { PageSummary } from './summary';

export interface PassHost {
  ctx: ContentScriptContext;
  settings(): Settings;
  /** Runs `fn` in an idle task of its own, counted in the pass's working time. */
  idleStep<T>(fn: () => T): Promise<T>;
}

export interface PageSession {
  /** Readability, matching and highlights for the page as it is now. */
  pass(): Promise<PageSummary>;
  /** Removes every highlight; the DOM is as it was before the first pass. */
  clear(): void;
}

export interface PageEngine {
  createSession(host: PassHost): PageSession;
}

/** Content scripts of one extension share a global object per frame (Chromium and Firefox). */
const KEY = Symbol.for('source-lens.engine');

type WithEngine = { [KEY]?: PageEngine };

export function registerEngine(engine: PageEngine): void {
  (globalThis as WithEngine)[KEY] ??= engine;
}

export function registeredEngine(): PageEngine | null {
  return (globalThis as WithEngine)[KEY] ?? null;
}
