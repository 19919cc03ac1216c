/**
 * Accessibility of the built extension in real Chromium: axe-core on the popup, the options
 * page and an open source card, light and dark; a keyboard-only walk through every highlight
 * of a seed page; the focus ring measured in pixels; forced colors; reflow at 320 px; the card
 * placed beside its highlight. No screen reader runs here: axe's checks of names, roles and
 * descriptions, and Chromium's accessibility tree (the computed name and description), stand in.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { stepHighlight } from '../../src/ui/page-state';
import { axe, tabIdOf } from './axe';
import { CARD, MARK, useE2eSession } from './browser';

/** WCAG 1.4.10: content reflows at 320 CSS px without horizontal scrolling. */
const REFLOW_WIDTH = 320;
/** Focus appearance: the ring changes pixels by at least 3:1... */
const FOCUS_CONTRAST = 3;
/** ...over at least the area of a 2 CSS px thick perimeter of the highlight. */
const FOCUS_THICKNESS = 2;
/** Hover card's close delay (card-controller) and a margin: long enough to see a card reopen. */
const SETTLE_MS = 450;

const session = useE2eSession();
const SEED = 'seeds/004-independent.html';

/** What has focus, looking into the card's shadow root: 'card:<tag>' inside it, else the highlight's id or the tag. */
const focusOf = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    const inner = active?.shadowRoot?.activeElement;
    if (inner) return `card:${inner.tagName.toLowerCase()}`;
    return active?.getAttribute('data-source-lens-id') ?? active?.tagName.toLowerCase() ?? 'none';
  });

describe('keyboard', () => {
  let page: Page;
  beforeAll(async () => {
    page = await session.open(SEED);
    await page.waitForSelector(`${MARK}[tabindex]`);
  }, 30_000);

  it('walks every highlight with Tab, opening each card with Enter and closing it with Escape, focus where it belongs each time', async () => {
    const ids = await page.$$eval(`${MARK}[tabindex]`, (els) => els.map((e) => e.getAttribute('data-source-lens-id') ?? ''));
    expect(ids.length).toBeGreaterThanOrEqual(3);
    const expanded = (id: string) => page.getAttribute(`${MARK}[data-source-lens-id="${id}"]`, 'aria-expanded');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    // Tab from the top of the page to the first highlight.
    for (let i = 0; i < 60 && (await focusOf(page)) !== ids[0]; i++) await page.keyboard.press('Tab');
    for (const [i, id] of ids.entries()) {
      expect(await focusOf(page)).toBe(id);
      // Focus opens the card; Enter moves into it (the close button first).
      expect(await expanded(id)).toBe('true');
      await page.keyboard.press('Enter');
      expect(await focusOf(page)).toBe('card:button');
      // Escape closes it and returns focus, and the card stays closed.
      await page.keyboard.press('Escape');
      await page.waitForTimeout(SETTLE_MS);
      expect(await page.locator(CARD).count()).toBe(0);
      expect(await focusOf(page)).toBe(id);
      expect(await expanded(id)).toBe('false');
      // The close button does the same.
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await page.waitForTimeout(SETTLE_MS);
      expect(await page.locator(CARD).count()).toBe(0);
      expect(await focusOf(page)).toBe(id);
      // Shift+Tab from the card's first control goes back to its highlight.
      await page.keyboard.press('Enter');
      await page.keyboard.press('Shift+Tab');
      expect(await focusOf(page)).toBe(id);
      // Tab through the card: from its last control, on to the next highlight (past the last
      // one, to what follows it in the page), never out of the page.
      await page.keyboard.press('Enter');
      const controls = await page.locator(`${CARD} a[href], ${CARD} button`).count();
      for (let c = 0; c < controls; c++) await page.keyboard.press('Tab');
      const next = ids[i + 1];
      const after = await focusOf(page);
      expect(after.startsWith('card:')).toBe(false);
      expect(after).not.toBe('body');
      if (!next) break;
      expect(await focusOf(page)).toBe(next);
    }
  }, 120_000);

  it('the next/previous highlight commands move focus and open the card (the function the background runs in the page)', async () => {
    // Synthesised keys (Playwright's keyboard, CDP Input.dispatchKeyEvent) never reach the
    // browser's extension shortcuts in headless Chromium, so the test runs in the page what
    // the background's onCommand runs there, serialised the same way.
    const ids = await page.$$eval(`${MARK}[tabindex]`, (els) => els.map((e) => e.getAttribute('data-source-lens-id') ?? ''));
    await page.keyboard.press('Escape');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    // From nowhere: the first; then on, back, and back again past the start to the last.
    const steps: [number, string | undefined][] = [[1, ids[0]], [1, ids[1]], [-1, ids[0]], [-1, ids[ids.length - 1]]];
    for (const [direction, want] of steps) {
      expect(await page.evaluate(stepHighlight, direction)).toBe(true);
      expect(await focusOf(page)).toBe(want);
      await page.locator(CARD).waitFor({ state: 'visible' });
      expect(await page.getAttribute(`${MARK}[data-source-lens-id="${want}"]`, 'aria-expanded')).toBe('true');
    }
    await page.keyboard.press('Escape');
  });

  it('with reduced motion asked for, the commands scroll at once rather than smoothly', async () => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.keyboard.press('Escape');
    // The previous test's smooth scrolls may still be moving on a loaded machine: let them end.
    await page.waitForTimeout(SETTLE_MS);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    // Read in the same task as the step, and again later: a smooth scroll would still be moving.
    const at = await page.evaluate((fn) => {
      const step = new Function(`return (${fn})`)() as (d: number) => boolean;
      step(1);
      return scrollY;
    }, String(stepHighlight));
    expect(at).toBeLessThan(await page.evaluate(() => document.documentElement.scrollHeight - innerHeight));
    await page.waitForTimeout(SETTLE_MS);
    expect(await page.evaluate(() => scrollY)).toBe(at);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.keyboard.press('Escape');
  });

  it('Escape closes a card opened by hover, and leaves focus where it was', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.hover(`${MARK}[tabindex] >> nth=1`);
    await page.locator(CARD).waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await page.waitForTimeout(SETTLE_MS);
    expect(await page.locator(CARD).count()).toBe(0);
    expect(await focusOf(page)).toBe('body');
    await page.mouse.move(0, 0);
  });

  it('names a highlight by its words and describes it by its verdict, expanding the card host (the accessibility tree)', async () => {
    const mark = page.locator(`${MARK}[tabindex]`).first();
    const [text, verdict] = await mark.evaluate((e) => [e.textContent ?? '', e.getAttribute('data-verdict')]);
    const cdp = await page.context().newCDPSession(page);
    const id = await mark.getAttribute('data-source-lens-id');
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; description?: { value: string }; properties?: { name: string }[] }[] };
    const node = nodes.find((n) => n.role?.value === 'button' && n.name?.value === text);
    expect(node, `no button named "${text}" (${id})`).toBeDefined();
    expect(node?.description?.value).toMatch(new RegExp(`^Source Lens: `));
    expect(node?.description?.value.length).toBeLessThan(40);
    expect(verdict).toBeTruthy();
    expect(await mark.getAttribute('aria-controls')).toBe('source-lens-card');
    await cdp.detach();
  });
});

describe('where the card goes', () => {
  it('never covers its highlight, in a short window too', async () => {
    const page = await session.open(SEED);
    await page.waitForSelector(`${MARK}[tabindex]`);
    for (const height of [900, 260]) {
      await page.setViewportSize({ width: 700, height });
      for (const block of ['start', 'center', 'end'] as const) {
        const mark = page.locator(`${MARK}[tabindex]`).first();
        await mark.evaluate((e, b) => e.scrollIntoView({ block: b }), block);
        await page.keyboard.press('Escape');
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await mark.focus();
        await page.locator(CARD).waitFor({ state: 'visible' });
        const [m, c] = await Promise.all([mark.boundingBox(), page.locator(CARD).boundingBox()]);
        if (!m || !c) throw new Error('no box');
        const overlap = m.y < c.y + c.height && c.y < m.y + m.height && m.x < c.x + c.width && c.x < m.x + m.width;
        expect(overlap, `${height}px window, highlight at ${block}`).toBe(false);
      }
    }
    await page.close();
  }, 40_000);
});

/** Relative luminance and contrast ratio (WCAG 2), from 8-bit sRGB. */
function luminance(r: number, g: number, b: number): number {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

describe('focus ring (focus appearance: 3:1 change over a 2 px perimeter)', () => {
  const cases = [
    { style: 'background', page: 'light' },
    { style: 'background', page: 'dark' },
    { style: 'underline', page: 'light' },
    { style: 'underline', page: 'dark' },
  ] as const;

  async function setStyle(style: 'background' | 'underline') {
    await session.browser.worker.evaluate(async (s) => {
      const chrome = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } } }).chrome;
      const current = ((await chrome.storage.local.get('settings')).settings ?? {}) as object;
      await chrome.storage.local.set({ settings: { enabled: true, disabledSites: [], show: 'all', ...current, style: s } });
    }, style);
  }

  for (const c of cases) {
    it(`${c.style} highlights on a ${c.page} page`, async () => {
      await setStyle(c.style);
      const page = await session.open(SEED);
      await page.waitForSelector(`${MARK}[tabindex][data-style="${c.style}"]`);
      if (c.page === 'dark') await page.addStyleTag({ content: '* { background-color: #121212 !important; color: #e8e8e8 !important; }' });
      const decoder = await session.browser.context.newPage();
      const marks = page.locator(`${MARK}[tabindex]`);
      for (let i = 0; i < (await marks.count()); i++) {
        const mark = marks.nth(i);
        await mark.scrollIntoViewIfNeeded();
        await page.keyboard.press('Escape');
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        const rects = await mark.evaluate((e) => Array.from(e.getClientRects(), (r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })));
        // The ring is 6 px wide; the card keeps 8 px away: a 7 px margin holds the ring and no card.
        const pad = 7;
        const x = Math.min(...rects.map((r) => r.x)) - pad;
        const y = Math.min(...rects.map((r) => r.y)) - pad;
        const clip = { x, y, width: Math.max(...rects.map((r) => r.x + r.w)) - x + pad, height: Math.max(...rects.map((r) => r.y + r.h)) - y + pad };
        const before = await page.screenshot({ clip });
        await page.keyboard.press('Shift');
        await mark.focus();
        expect(await mark.evaluate((e) => e.matches(':focus-visible'))).toBe(true);
        const after = await page.screenshot({ clip });
        const [a, b] = await decoder.evaluate(
          async (pngs) =>
            Promise.all(
              pngs.map(async (p) => {
                const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${p}`)).blob());
                const canvas = new OffscreenCanvas(img.width, img.height);
                const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
                ctx.drawImage(img, 0, 0);
                return Array.from(ctx.getImageData(0, 0, img.width, img.height).data);
              }),
            ),
          [before.toString('base64'), after.toString('base64')],
        );
        let changed = 0;
        for (let p = 0; p + 3 < (a?.length ?? 0); p += 4) {
          const la = luminance(a?.[p] ?? 0, a?.[p + 1] ?? 0, a?.[p + 2] ?? 0);
          const lb = luminance(b?.[p] ?? 0, b?.[p + 1] ?? 0, b?.[p + 2] ?? 0);
          if (contrast(la, lb) >= FOCUS_CONTRAST) changed++;
        }
        const perimeterArea = rects.reduce((sum, r) => sum + FOCUS_THICKNESS * 2 * (r.w + r.h), 0);
        expect(changed, `highlight ${i}: ${changed} px changed by 3:1, needs ${Math.round(perimeterArea)}`).toBeGreaterThanOrEqual(perimeterArea);
      }
      await Promise.all([decoder.close(), page.close()]);
      await setStyle('background');
    }, 60_000);
  }

  it('in forced-colors mode: system-colour ring, and verdicts told apart by underline style alone', async () => {
    const page = await session.open(SEED);
    await page.waitForSelector(`${MARK}[tabindex]`);
    await page.emulateMedia({ forcedColors: 'active' });
    const mark = page.locator(`${MARK}[tabindex]`).first();
    await page.keyboard.press('Shift');
    await mark.focus();
    const ring = await mark.evaluate((e) => {
      const s = getComputedStyle(e);
      return { style: s.outlineStyle, width: s.outlineWidth, boxShadow: s.boxShadow };
    });
    expect(ring).toEqual({ style: 'solid', width: '3px', boxShadow: 'none' });
    const looks = await page.$$eval(MARK, (els) =>
      els.map((e) => {
        const s = getComputedStyle(e);
        return [e.getAttribute('data-verdict'), s.textDecorationLine, s.textDecorationStyle] as const;
      }),
    );
    const styleOf = new Map<string, Set<string>>();
    for (const [verdict, line, style] of looks) {
      expect(line).toContain('underline');
      const set = styleOf.get(verdict ?? '') ?? new Set<string>();
      set.add(style);
      styleOf.set(verdict ?? '', set);
    }
    // One underline style per verdict, and no two verdicts share one.
    const styles = [...styleOf.values()].map((s) => [...s]);
    expect(styles.every((s) => s.length === 1)).toBe(true);
    expect(new Set(styles.flat()).size).toBe(styles.length);
    await page.close();
  });
});

describe('axe-core, WCAG 2.1 A/AA and best practices', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`popup, options page and an open source card: no violations (${scheme})`, async () => {
      const page = await session.open(SEED);
      await page.emulateMedia({ colorScheme: scheme });
      await page.waitForSelector(`${MARK}[tabindex]`);
      const tabId = await tabIdOf(session.browser, page.url());
      const popup = await session.browser.context.newPage();
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tabId=${tabId}`);
      await popup.waitForSelector('main[data-state="covers"]');
      expect(await axe(popup)).toEqual([]);
      const options = await session.browser.context.newPage();
      await options.emulateMedia({ colorScheme: scheme });
      await options.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
      await options.waitForSelector('main');
      expect(await axe(options)).toEqual([]);
      for (const verdict of await page.$$eval(`${MARK}[tabindex]`, (els) => [...new Set(els.map((e) => e.getAttribute('data-verdict')))])) {
        await page.keyboard.press('Escape');
        await page.locator(`${MARK}[tabindex][data-verdict="${verdict}"]`).first().focus();
        await page.locator(CARD).waitFor({ state: 'visible' });
        // The card (its open shadow root) and the highlights; the rest of the page is the publisher's.
        expect(await axe(page, ['source-lens-card', MARK])).toEqual([]);
      }
      // The page as a whole gains no landmark problem: the card adds no banner.
      const landmarks = (await axe(page)).filter((v) => v.startsWith('landmark'));
      expect(landmarks).toEqual([]);
      await Promise.all([popup.close(), options.close(), page.close()]);
    }, 60_000);
  }
});

describe('reflow at 320 CSS px (WCAG 1.4.10)', () => {
  it('the popup and the options page fit without horizontal scrolling', async () => {
    const page = await session.open(SEED);
    const tabId = await tabIdOf(session.browser, page.url());
    for (const path of [`popup.html?tabId=${tabId}`, 'options.html']) {
      const view = await session.browser.context.newPage();
      await view.setViewportSize({ width: REFLOW_WIDTH, height: 640 });
      await view.goto(`chrome-extension://${session.browser.extensionId}/${path}`);
      await view.waitForSelector('main h1');
      const width = await view.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(REFLOW_WIDTH);
      await view.close();
    }
    await page.close();
  });
});
