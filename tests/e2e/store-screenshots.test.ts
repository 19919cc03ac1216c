/**
 * The store listing's screenshots, made by the e2e run rather than drawn: 1280x800 (the
 * size the Chrome Web Store asks for; AMO takes any), a source card on a seed page, the
 * popup and the options page, in the light and the dark scheme, into assets/store/. The
 * README shows the light ones.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARD, MARK, ROOT, useE2eSession, type WorkerGlobal } from './browser';

const STORE = join(ROOT, 'assets/store');
/** The Chrome Web Store's screenshot size. */
const SIZE = { width: 1280, height: 800 };

const session = useE2eSession();

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const png = readFileSync(path);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('store screenshots', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`source card, popup and options page at 1280x800 (${scheme})`, async () => {
      mkdirSync(STORE, { recursive: true });
      const page = await session.open('seeds/004-independent.html');
      await page.setViewportSize(SIZE);
      await page.emulateMedia({ colorScheme: scheme });
      const mark = page.locator(`${MARK}[tabindex][data-verdict="needs-context"]`).first();
      await mark.evaluate((e) => e.scrollIntoView({ block: 'center' }));
      await page.keyboard.press('Shift');
      await mark.focus();
      await page.locator(CARD).waitFor({ state: 'visible' });
      const shots = [join(STORE, `source-card-${scheme}.png`), join(STORE, `popup-${scheme}.png`), join(STORE, `options-${scheme}.png`)];
      await page.screenshot({ path: shots[0] });
      const tabId = await session.browser.worker.evaluate(async (want) => {
        const tabs = await (globalThis as WorkerGlobal).chrome.tabs.query({});
        return tabs.find((t) => t.url === want)?.id ?? -1;
      }, page.url());
      for (const [i, path] of [`popup.html?tabId=${tabId}`, 'options.html'].entries()) {
        const view = await session.browser.context.newPage();
        await view.setViewportSize(SIZE);
        await view.emulateMedia({ colorScheme: scheme });
        await view.goto(`chrome-extension://${session.browser.extensionId}/${path}`);
        await view.waitForSelector(i === 0 ? 'main[data-state="covers"]' : 'main fieldset');
        await view.screenshot({ path: shots[i + 1] });
        await view.close();
      }
      for (const shot of shots) expect(pngSize(shot as string), shot).toEqual(SIZE);
      await page.close();
    }, 60_000);
  }
});
