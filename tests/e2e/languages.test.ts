/**
 * The interface in the reader's language, in real Chromium launched in that language
 * (`--lang`, see LaunchOptions in browser.ts for what was measured): on a Spanish page
 * with `--lang=es` the card, popup, options and badge title speak Spanish; with
 * `--lang=fr` French, on a French page. The report's words stay English (`lang="en"`) and
 * the article's keep the page's language. axe (WCAG 2.1 A/AA and best practice, as in
 * accessibility.test.ts) finds nothing on any of them; a choice in the options wins over
 * the browser's language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, tabIdOf } from './axe';
import { CARD, MARK, ROOT, useE2eSession } from './browser';

type Catalog = Record<string, { message: string }>;
const catalog = (locale: string): Catalog =>
  JSON.parse(readFileSync(join(ROOT, 'assets/public/_locales', locale, 'messages.json'), 'utf8')) as Catalog;
/** A message of `locale` with its slots filled, as the interface writes it. */
function message(locale: string, key: string, params: Record<string, string> = {}): string {
  const text = catalog(locale)[key]?.message;
  if (text === undefined) throw new Error(`no message ${key} in ${locale}`);
  return text.replace(/\{(\w+)\}/g, (slot, name: string) => params[name] ?? slot);
}
const verdictKey = (verdict: string) => `verdict_${verdict.replace(/-/g, '_')}`;

/** Gold pages the engine annotates (`npm run -s eval -- --json`), in the browser's language. */
const CASES = [
  { lang: 'es', page: 'gold/pages/es-c079-helmnews.html', other: 'pt' },
  { lang: 'fr', page: 'gold/pages/fr-c101-geopolintel.html', other: 'en' },
] as const;

interface WorkerAction {
  action: { getTitle(details: { tabId: number }): Promise<string> };
  storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
}

for (const { lang, page: path, other } of CASES) {
  describe(`Chromium with --lang=${lang}`, () => {
    const session = useE2eSession({ lang });

    async function openCard(): Promise<Page> {
      const page = await session.open(path);
      await page.locator(`${MARK}[tabindex]`).first().focus();
      await page.locator(CARD).waitFor({ state: 'visible' });
      return page;
    }

    it(`shows the source card in ${lang}, the report's words in English, the article's in the page's language`, async () => {
      const page = await openCard();
      const pageLang = await page.evaluate(() => document.documentElement.lang);
      expect(pageLang.split('-')[0]).toBe(lang);
      const verdict = (await page.locator(`${MARK}[tabindex]`).first().getAttribute('data-verdict')) ?? '';
      const card = page.locator(CARD);
      expect(await card.getAttribute('lang')).toBe(lang);
      expect((await card.locator('h2').textContent())?.trim()).toBe(message(lang, verdictKey(verdict)));
      expect(await card.locator('button.sl-close').getAttribute('aria-label')).toBe(message(lang, 'card_close'));
      expect(await card.locator('.sl-article .sl-label').textContent()).toBe(message(lang, 'card_article_says'));
      expect(await card.locator('.sl-article [lang]').getAttribute('lang')).toBe(pageLang);
      expect(await card.locator('blockquote').getAttribute('lang')).toBe('en');
      // The caveats in the card's language, from the knowledge base's translations.
      expect((await card.locator('h3', { hasText: message(lang, 'card_caveats') }).count())).toBe(1);
      const caveatLangs = await card.locator('.sl-caveats > li').evaluateAll((els) => els.map((e) => e.getAttribute('lang')));
      expect(caveatLangs.length).toBeGreaterThan(0);
      expect(new Set(caveatLangs)).toEqual(new Set([lang]));
      // The highlight's description, which a screen reader reads with it, too.
      const description = page.locator(`#source-lens-verdict-${verdict}`);
      expect(await description.getAttribute('aria-label')).toBe(message(lang, 'highlight_description', { verdict: message(lang, verdictKey(verdict)) }));
      expect(await axe(page, ['source-lens-card', MARK])).toEqual([]);
      await page.close();
    }, 60_000);

    it(`shows the popup and the badge title in ${lang}`, async () => {
      const page = await session.open(path);
      await page.waitForSelector(`${MARK}[tabindex]`);
      const tabId = await tabIdOf(session.browser, page.url());
      const popup = await session.browser.context.newPage();
      await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tabId=${tabId}`);
      await popup.waitForSelector('main[data-state="covers"]');
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect((await popup.locator('h2').first().textContent())?.trim()).toBe(message(lang, 'popup_covers', { number: 'OIG-24-46' }));
      const verdicts = await popup.$$eval('button.item', (els) => els.map((e) => [e.getAttribute('data-verdict') ?? '', e.querySelector('.verdict')?.textContent ?? '']));
      expect(verdicts.length).toBeGreaterThan(0);
      for (const [verdict, label] of verdicts) expect(label).toBe(message(lang, verdictKey(verdict ?? '')));
      expect(await popup.locator('.counts').getAttribute('aria-label')).toBe(message(lang, 'popup_counts_label'));
      expect(await axe(popup)).toEqual([]);
      const title = await session.browser.worker.evaluate((id) => (globalThis as unknown as { chrome: WorkerAction }).chrome.action.getTitle({ tabId: id }), tabId);
      const count = verdicts.length;
      const reports = 'OIG-24-46';
      const forms = ['one', 'other'].map((form) => message(lang, `badge_annotations_${form}`, { count: String(count), reports }));
      expect(forms).toContain(title);
      await popup.close();
      await page.close();
    }, 60_000);

    it(`shows the options in ${lang}, following the browser's language until the reader chooses one`, async () => {
      const options = await session.browser.context.newPage();
      await options.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
      await options.waitForSelector('main');
      expect(await options.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await options.locator('h1').textContent()).toBe(message(lang, 'options_title'));
      expect(await options.locator('input[name="language"][value="auto"]').isChecked()).toBe(true);
      expect(await axe(options)).toEqual([]);

      // The reader chooses another language: the options, and the card in an open tab, follow at once.
      const page = await openCard();
      await options.locator(`input[name="language"][value="${other}"]`).check();
      await options.waitForFunction((want) => document.documentElement.lang === want, other);
      expect(await options.locator('h1').textContent()).toBe(message(other, 'options_title'));
      expect(await axe(options)).toEqual([]);
      await page.keyboard.press('Escape');
      await page.waitForFunction(
        (want) => document.querySelector('[id^="source-lens-verdict-"]')?.getAttribute('lang') === want,
        other,
        { timeout: 20_000 },
      );
      await page.locator(`${MARK}[tabindex]`).first().focus();
      await page.locator(CARD).waitFor({ state: 'visible' });
      expect(await page.locator(CARD).getAttribute('lang')).toBe(other);
      expect(await page.locator(`${CARD} button.sl-close`).getAttribute('aria-label')).toBe(message(other, 'card_close'));

      // Back to the browser's language.
      await options.locator('input[name="language"][value="auto"]').check();
      await options.waitForFunction((want) => document.documentElement.lang === want, lang);
      await page.close();
      await options.close();
    }, 90_000);
  });
}
