/**
 * What a page's own JavaScript can see of an extension, recorded from the page's main world
 * by an init script that runs before any page script (Playwright `addInitScript`, Puppeteer
 * `evaluateOnNewDocument`). Wrapping `dispatchEvent` would not do: a content script's
 * isolated world has its own copy of it. So the recorder listens, capturing on `window`
 * (which sees every event dispatched on the window, the document or an element in it),
 * for every event name the page's prototypes know (`on*`) and the custom names given;
 * observes the whole document from DOMContentLoaded (a content script runs after it) for
 * elements, attributes and text; and, when read, lists the performance entries, the new
 * globals of the window and the document, web storage and cookies.
 *
 * Traces are strings ("event <name> on document", "added <div>", "attribute x on <p>",
 * "performance measure <name>", "global <name>", ...), so a run with the extension can be
 * compared with a run of the same page without it.
 */
import { readdirSync } from 'node:fs';

/** The recorder's own global, left out of the globals it reports. */
const KEY_NAME = 'source-lens-test.traces';

/**
 * Entries the browser itself makes for every page, at moments that vary between loads. A
 * long animation frame is not a trace itself, but the scripts it names are.
 */
const BROWSER_ENTRY_TYPES = ['navigation', 'paint', 'visibility-state', 'largest-contentful-paint', 'first-input', 'layout-shift', 'long-animation-frame'];

/**
 * Runs in the page, before its scripts. Must stand alone (the browser serialises it): no
 * imports, no module constants, which is why the key and the types are passed in.
 */
export function recordTraces(options: { key: string; customEvents: string[]; ignoredEntryTypes: string[] }): void {
  const seen = new Set<string>();
  const windowBefore = new Set(Object.getOwnPropertyNames(window));
  const symbolsBefore = new Set(Object.getOwnPropertySymbols(window));
  const documentBefore = new Set(Object.getOwnPropertyNames(document));
  const names = new Set(options.customEvents);
  for (const proto of [window, Document.prototype, Element.prototype, HTMLElement.prototype]) {
    for (const key in proto) if (key.startsWith('on')) names.add(key.slice(2));
  }
  for (const extra of ['DOMContentLoaded', 'readystatechange', 'visibilitychange', 'pageshow', 'pagehide', 'message', 'securitypolicyviolation']) names.add(extra);
  const nodeName = (node: Node | null): string => {
    if (!node) return 'nothing';
    if (node instanceof Element) return `<${node.localName}>`;
    return node.nodeType === Node.TEXT_NODE ? '#text' : node.nodeName;
  };
  const where = (target: EventTarget | null): string => {
    if (target === window) return 'window';
    if (target === document) return 'document';
    return target instanceof Node ? nodeName(target) : 'another target';
  };
  for (const type of names) window.addEventListener(type, (event) => seen.add(`event ${event.type} on ${where(event.target)}`), true);

  let recording = false;
  const observer = new MutationObserver((records) => {
    if (!recording) return;
    for (const r of records) {
      if (r.type === 'attributes') seen.add(`attribute ${r.attributeName ?? ''} on ${nodeName(r.target)}`);
      else if (r.type === 'characterData') seen.add(`text changed in ${nodeName(r.target.parentNode)}`);
      else {
        // Inside the card's host (its light-DOM children: the highlights' short descriptions)
        // a trace says so, as the host itself is allowed on a covering page.
        const host = r.target instanceof Element ? r.target.closest('source-lens-card') : null;
        const within = (el: Element | null) => (el ? ` in <${el.localName}>` : '');
        for (const node of Array.from(r.addedNodes)) {
          seen.add(`added ${nodeName(node)}${within(host)}`);
          const inner = node instanceof Element ? (node.localName === 'source-lens-card' ? node : host) : null;
          if (node instanceof Element) for (const el of Array.from(node.querySelectorAll('*'))) seen.add(`added ${nodeName(el)}${within(inner)}`);
        }
        for (const node of Array.from(r.removedNodes)) seen.add(`removed ${nodeName(node)}`);
      }
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  // The parser's own insertions are not traces: drop them, then record.
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      observer.takeRecords();
      recording = true;
    },
    { capture: true, once: true },
  );
  // Marks and measures even if someone clears them later.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.add(`performance ${entry.entryType} ${entry.name}`);
  }).observe({ entryTypes: ['mark', 'measure'] });

  const read = (): string[] => {
    for (const r of observer.takeRecords()) seen.add(`unread mutation ${r.type} on ${nodeName(r.target)}`);
    const out = new Set(seen);
    for (const entry of performance.getEntries()) {
      // A page's own scripts load others at moments that vary; what goes over the network is
      // the request log's business (extension.test.ts). Any other resource is a trace.
      const network = entry.entryType === 'resource' && /^https?:/.test(entry.name);
      if (!network && !options.ignoredEntryTypes.includes(entry.entryType)) out.add(`performance ${entry.entryType} ${entry.name}`);
      // Long animation frames name the scripts that ran in them (not in TypeScript's DOM types
      // yet); the page's own come and go with the timing, any other is a trace.
      const scripts = (entry as PerformanceEntry & { scripts?: { sourceURL?: string }[] }).scripts ?? [];
      for (const { sourceURL } of scripts) {
        if (sourceURL && !sourceURL.startsWith(`${location.origin}/`)) out.add(`performance script in a long frame ${sourceURL}`);
      }
    }
    for (const name of Object.getOwnPropertyNames(window)) if (!windowBefore.has(name)) out.add(`global ${name}`);
    for (const symbol of Object.getOwnPropertySymbols(window)) {
      if (!symbolsBefore.has(symbol) && symbol !== Symbol.for(options.key)) out.add(`global ${String(symbol)}`);
    }
    for (const name of Object.getOwnPropertyNames(document)) if (!documentBefore.has(name)) out.add(`document property ${name}`);
    for (const [label, storage] of [['localStorage', localStorage], ['sessionStorage', sessionStorage]] as const) {
      for (let i = 0; i < storage.length; i++) out.add(`${label} ${storage.key(i) ?? ''}`);
    }
    for (const cookie of document.cookie.split(';')) if (cookie.trim()) out.add(`cookie ${cookie.split('=')[0]?.trim() ?? ''}`);
    out.add(`history length ${history.length}`);
    return [...out].sort();
  };
  Object.defineProperty(window, Symbol.for(options.key), { value: read });
}

export const recorderOptions = (customEvents: string[]) => ({ key: KEY_NAME, customEvents, ignoredEntryTypes: BROWSER_ENTRY_TYPES });

/** Runs in the page: everything recorded so far. */
export function readTraces(key: string): string[] {
  const read = (window as unknown as Record<symbol, unknown>)[Symbol.for(key)];
  if (typeof read !== 'function') throw new Error('the trace recorder did not run in this page');
  return (read as () => string[])();
}

export const TRACES_KEY = KEY_NAME;

/** Traces of one run that a run of the same page without the extension did not leave, and that `allowed` does not explain. */
export function unexplained(traces: readonly string[], baseline: readonly string[], allowed: (trace: string) => boolean = () => false): string[] {
  const base = new Set(baseline);
  return traces.filter((t) => !base.has(t) && !allowed(t));
}

/**
 * What a covering page may show: the highlights (`source-lens-mark`, wrapping the page's
 * own text, which splits its text nodes) and the source card's host, with their attributes
 * and the host's own children (the highlights' short verdict descriptions).
 */
export function highlightOrCard(trace: string): boolean {
  return (
    /^(added|removed) (<source-lens-(mark|card)>|#text)$/.test(trace) ||
    / (on|in) <source-lens-(mark|card)>$/.test(trace) ||
    /^text changed in /.test(trace)
  );
}

/**
 * The custom events WXT's content-script runtime dispatches on the document and the window
 * (`<extension id>:<entrypoint>:wxt:<event>`, utils/internal/custom-events), for each of the
 * extension's scripts: the page cannot listen for every possible name, but it can for these.
 */
export function wxtEventNames(extensionId: string, scriptNames: readonly string[]): string[] {
  return scriptNames.flatMap((name) => ['content-script-started', 'locationchange'].map((event) => `${extensionId}:${name}:wxt:${event}`));
}

/** The names of a built extension's scripts: WXT names its custom events after them. */
export function scriptNames(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js') && !f.startsWith('chunks'))
    .map((f) => (f.split('/').pop() ?? f).replace(/\.js$/, ''));
}
