import { browser } from 'wxt/browser';
import { badgeFor } from '../src/ui/badge';
import { browserLocale, resolveLocale } from '../src/ui/i18n';
import { isMessage, type PrepareReply } from '../src/ui/messages';
import { COMMAND_NEXT, COMMAND_PREVIOUS } from '../src/ui/commands';
import { HIGHLIGHT_CSS } from '../src/ui/highlight-focus.css';
import { rerunPage, stepHighlight } from '../src/ui/page-state';
import { DEFAULT_SETTINGS, isOffFor } from '../src/ui/settings';
import { settingsItem } from '../src/ui/settings-store';
import type { PageSummary } from '../src/ui/summary';

/**
 * The background answers content scripts, and only on pages that may cover a report (an
 * unrelated page never messages it):
 * - `prepare`: the reader's settings for the page's site and, when Source Lens is on
 *   there, the engine, injected into the asking frame (src/ui/engine-api.ts);
 * - `summary`: the toolbar badge, the number of annotations tinted by the most serious
 *   verdict. The browser clears a tab's badge when it navigates; the popup reads the tab.
 * When the options change, every open page is asked to check itself again. The keyboard
 * commands (manifest `commands`) move focus to the next or previous highlight of the
 * active tab, run in the page the same way (src/ui/page-state.ts).
 */
export default defineBackground(() => {
  async function setBadge(tabId: number, summary: PageSummary) {
    const settings = (await settingsItem.getValue()) ?? DEFAULT_SETTINGS;
    const badge = badgeFor(summary, resolveLocale(settings.language, browserLocale(browser.i18n)));
    const action = browser.action ?? browser.browserAction;
    await action.setBadgeText({ tabId, text: badge.text });
    if (badge.color) await action.setBadgeBackgroundColor({ tabId, color: badge.color });
    await action.setTitle({ tabId, title: badge.title });
  }

  async function prepare(tabId: number, frameId: number, url: string, engineLoaded: boolean): Promise<PrepareReply> {
    const settings = (await settingsItem.getValue()) ?? DEFAULT_SETTINGS;
    const off = isOffFor(settings, url ? new URL(url).hostname : '');
    // In the content script's isolated world (the default), so the two share a global.
    if (!off && !engineLoaded) {
      const target = { tabId, frameIds: [frameId] };
      await browser.scripting.insertCSS({ target, css: HIGHLIGHT_CSS, origin: 'USER' });
      await browser.scripting.executeScript({ target, files: ['/engine.js'] });
    }
    return { off, settings };
  }

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!isMessage(message) || tabId === undefined) return undefined;
    if (message.type === 'source-lens/summary') return setBadge(tabId, message.summary);
    return prepare(tabId, sender.frameId ?? 0, sender.url ?? sender.tab?.url ?? '', message.engineLoaded);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    const direction = command === COMMAND_NEXT ? 1 : command === COMMAND_PREVIOUS ? -1 : 0;
    if (!direction || tab?.id === undefined) return;
    browser.scripting.executeScript({ target: { tabId: tab.id }, func: stepHighlight, args: [direction] }).catch(() => undefined);
  });

  settingsItem.watch(async () => {
    for (const tab of await browser.tabs.query({})) {
      if (tab.id === undefined) continue;
      // Pages the browser keeps closed, and pages without our content script, just say no.
      browser.scripting.executeScript({ target: { tabId: tab.id }, func: rerunPage }).catch(() => undefined);
    }
  });
});
