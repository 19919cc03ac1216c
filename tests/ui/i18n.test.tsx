// @vitest-environment happy-dom
/**
 * The interface in the reader's language: every locale has every message with the same
 * slots; the card, popup, options and badge, rendered in Spanish, Portuguese and French,
 * show no English message; and no component source holds a reader-visible literal.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { render, type ComponentChild } from 'preact';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, createEngine } from '../../src/annotate/analyze';
import { bundledKnowledge } from '../../src/knowledge/bundled';
import { badgeFor } from '../../src/ui/badge';
import { cardModel } from '../../src/ui/card-model';
import { LOCALES, localeOf, resolveLocale, translator, type Locale } from '../../src/ui/i18n';
import { Options } from '../../src/ui/Options';
import { Popup, type PopupView } from '../../src/ui/Popup';
import { DEFAULT_SETTINGS, type Settings } from '../../src/ui/settings';
import { SourceCard } from '../../src/ui/SourceCard';
import { stateOnly, summarize } from '../../src/ui/summary';

// happy-dom gives import.meta.url a page's address; vitest keeps __dirname the file's folder.
const ROOT = resolve(__dirname, '../..');
type Catalog = Record<string, { message: string }>;
const catalog = (locale: Locale): Catalog =>
  JSON.parse(readFileSync(join(ROOT, 'assets/public/_locales', locale, 'messages.json'), 'utf8')) as Catalog;
const slots = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const engine = createEngine(bundledKnowledge());
const analysis = analyzeArticle(
  {
    title: 'DHS watchdog report on missing migrant children',
    blocks: [
      'The DHS Office of Inspector General (OIG-24-46) said ICE could not monitor all unaccompanied migrant children.',
      'The report shows 320,000 migrant children are missing.',
      'More than 32,000 unaccompanied children failed to appear for their immigration court hearings, the report said.',
      'The New York Times reported in 2023 that HHS could not reach more than 85,000 children by phone.',
      'The report said ICE "was unable to monitor the location and status of all UCs".',
    ].map((text) => ({ kind: 'paragraph' as const, text, quoteGroup: null })),
  },
  engine,
);
const page = { url: 'https://news.example/article', title: 'An article', lang: 'en' };
const summary = summarize(analysis, engine, page, analysis.annotations.map((_, i) => `sl${i}`));

function mount(vnode: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  render(vnode, root);
  return root;
}

/** What a reader of `locale` sees in our own words: text and labels not marked as another language. */
function ownWords(root: HTMLElement, locale: Locale): string[] {
  const inLocale = (el: Element | null) => (el?.closest('[lang]')?.getAttribute('lang') ?? locale) === locale;
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (inLocale(n.parentElement) && n.textContent?.trim()) out.push(n.textContent.trim());
  }
  for (const el of Array.from(root.querySelectorAll('[aria-label], [placeholder], [title]'))) {
    if (!inLocale(el)) continue;
    for (const name of ['aria-label', 'placeholder', 'title']) {
      const v = el.getAttribute(name);
      if (v) out.push(v);
    }
  }
  return out;
}

/**
 * The English messages' own words that a `locale` reader must not meet: each message cut at
 * its slots, keeping the pieces with a word in them that the locale's message does not share.
 */
function englishPieces(locale: Locale): string[] {
  const en = catalog('en');
  const other = catalog(locale);
  return Object.entries(en).flatMap(([key, { message }]) =>
    message
      .split(/\{\w+\}/)
      .map((p) => p.trim())
      .filter((p) => /\p{L}{3,}/u.test(p) && !(other[key]?.message ?? '').includes(p)),
  );
}

/** English left in `words`: a whole text equal to an English piece, or one holding a piece of two words or more. */
function englishIn(words: string[], locale: Locale): string[] {
  const pieces = englishPieces(locale);
  return words.filter((w) => pieces.some((p) => w === p || (/\s/.test(p) && w.includes(p))));
}

describe('the message files', () => {
  const en = catalog('en');
  it.each(LOCALES.filter((l) => l !== 'en'))('%s has every English message, with the same slots, and no other', (locale) => {
    const other = catalog(locale);
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(en)) expect(slots(other[key]?.message ?? ''), key).toEqual(slots(message));
  });

  it('gives the manifest its name and a description within the stores\' 132 characters', () => {
    for (const locale of LOCALES) {
      expect(catalog(locale)['extension_name']?.message).toBe('Source Lens');
      expect(catalog(locale)['extension_description']?.message.length).toBeLessThanOrEqual(132);
    }
  });
});

describe('choosing the locale', () => {
  it('follows the browser\'s language, any region of it, English for the others', () => {
    expect(localeOf('es-419')).toBe('es');
    expect(localeOf('pt_BR')).toBe('pt');
    expect(localeOf('fr-CA')).toBe('fr');
    expect(localeOf('de')).toBe('en');
    expect(resolveLocale('auto', 'es-MX')).toBe('es');
    expect(resolveLocale(undefined, 'fr')).toBe('fr');
    expect(resolveLocale('pt', 'fr')).toBe('pt');
  });

  it('formats numbers and picks plural forms for the locale', () => {
    expect(translator('es').number(32000)).toBe('32.000');
    expect(translator('pt').number(1234567)).toBe('1.234.567');
    expect(translator('fr').number(291000)).toBe('291\u202f000');
    expect(translator('en').plural('badge_annotations', 1, { reports: 'X' })).toBe('Source Lens: 1 annotation from X');
    expect(translator('es').plural('badge_annotations', 1000000, { reports: 'X' })).toBe('Source Lens: 1.000.000 anotaciones de X');
    // French counts 0 and 1 as singular.
    expect(translator('fr').plural('badge_annotations', 0, { reports: 'X' })).toBe('Source Lens\u00a0: 0 annotation tirée de X');
  });
});

describe.each(LOCALES.filter((l) => l !== 'en'))('the interface in %s', (locale) => {
  const settings: Settings = { ...DEFAULT_SETTINGS, language: locale };

  it('has no English message in any source card', () => {
    expect(analysis.annotations.map((a) => a.verdict)).toEqual(expect.arrayContaining(['misleading', 'needs-context', 'other-source']));
    for (const a of analysis.annotations) {
      const root = mount(<SourceCard model={cardModel(a, engine, { locale, articleLang: 'en' })} labelId="t" onClose={() => undefined} />);
      expect(root.querySelector('[role="dialog"]')?.getAttribute('lang')).toBe(locale);
      expect(englishIn(ownWords(root, locale), locale), a.text).toEqual([]);
    }
  });

  it('keeps the report\'s words in English and the article\'s in its own language', () => {
    const a = analysis.annotations.find((x) => x.kind === 'figure' && cardModel(x, engine).reportSays !== null);
    if (!a) throw new Error('the sample lost its figure');
    const root = mount(<SourceCard model={cardModel(a, engine, { locale, articleLang: 'es' })} labelId="t" onClose={() => undefined} />);
    expect(root.querySelector('blockquote')?.getAttribute('lang')).toBe('en');
    expect(root.querySelector('.sl-article [lang="es"]')?.textContent).toBe(a.text);
  });

  it('has no English message in the popup, whatever it says', () => {
    const views: Partial<Record<PopupView, ComponentChild>> = {
      covers: <Popup summary={summary} settings={settings} host="news.example" reachable onChoose={() => undefined} locale={locale} />,
      off: <Popup summary={null} settings={{ ...settings, enabled: false }} host="news.example" reachable onChoose={() => undefined} locale={locale} />,
      'off-for-site': <Popup summary={null} settings={{ ...settings, disabledSites: ['news.example'] }} host="news.example" reachable onChoose={() => undefined} locale={locale} />,
      unavailable: <Popup summary={null} settings={settings} host="" reachable={false} onChoose={() => undefined} locale={locale} />,
      'not-checked': <Popup summary={null} settings={settings} host="news.example" reachable onChoose={() => undefined} locale={locale} />,
      'no-coverage': <Popup summary={stateOnly('no-coverage', page)} settings={settings} host="news.example" reachable onChoose={() => undefined} locale={locale} />,
    };
    for (const [view, vnode] of Object.entries(views)) {
      const root = mount(vnode);
      expect(root.querySelector('main')?.getAttribute('data-state')).toBe(view);
      expect(englishIn(ownWords(root, locale), locale), view).toEqual([]);
    }
  });

  it('has no English message in the options, and names each language in itself', () => {
    const root = mount(<Options settings={{ ...settings, disabledSites: ['news.example'] }} browserLocale="en" onChange={() => undefined} />);
    expect(englishIn(ownWords(root, locale), locale)).toEqual([]);
    expect(Array.from(root.querySelectorAll('input[name="language"]')).map((i) => i.getAttribute('value'))).toEqual(['auto', ...LOCALES]);
    expect(root.querySelector('[lang="es"]')?.textContent).toBe('Español');
    expect(root.querySelector('[lang="fr"]')?.textContent).toBe('Français');
  });

  it('titles the badge in the locale', () => {
    const titles = [badgeFor(summary, locale), badgeFor(null, locale), badgeFor(stateOnly('off', page), locale), badgeFor(stateOnly('off-for-site', page), locale)];
    expect(englishIn(titles.map((b) => b.title), locale)).toEqual([]);
  });
});

describe('the English check itself', () => {
  it('finds English left in a component', () => {
    const root = mount(<p lang="es">Caveats</p>);
    expect(englishIn(ownWords(root, 'es'), 'es')).toEqual(['Caveats']);
    expect(englishIn(['Source Lens: no report coverage on this page'], 'fr')).not.toEqual([]);
  });
});

/** Reader-visible literals in a TSX file: JSX text, string children and labelling attributes with a word in them. */
function literals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const word = /\p{L}{2,}/u;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && word.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxExpression(node) && node.expression && ts.isStringLiteralLike(node.expression) && word.test(node.expression.text)) {
      found.push(node.expression.text);
    }
    if (ts.isJsxAttribute(node) && /^(aria-label|aria-description|placeholder|title|alt)$/.test(node.name.getText(source))) {
      const init = node.initializer;
      const text = init && ts.isStringLiteral(init) ? init.text : init && ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression) ? init.expression.text : '';
      if (word.test(text)) found.push(text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the components\' sources', () => {
  const tsx = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && e.name.endsWith('.tsx'))
      .map((e) => join(e.parentPath, e.name));
  const files = [...tsx('src/ui'), ...tsx('entrypoints')];

  it('hold no reader-visible literal: every word comes from the messages', () => {
    expect(files.length).toBeGreaterThan(4);
    for (const file of files) expect(literals(file), file).toEqual([]);
  });

  it('would see one', () => {
    const probe = join(ROOT, 'tests/fixtures/i18n/literal-probe.tsx.txt');
    expect(literals(probe)).toEqual(['Close', 'Caveats', 'Official report']);
  });
});
