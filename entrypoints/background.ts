import { browser } from 'wxt/browser';
import { isMessage } from '../src/ui/messages';
import type { PageSummary } from '../src/ui/summary';
import { badgeFor } from '../src/ui/badge';

/**
 * Per-tab state: the last summary each tab's content script sent. The badge shows the
 * number of annotations, tinted by the most serious verdict; nothing on pages without
 * coverage. Kept in session storage so a restarted service worker still knows.
 */
export default defineBackground(() => {
  const key = (tabId: number) => `tab-${tabId}`;
  const session = browser.storage.session ?? browser.storage.local;

  async function setBadge(tabId: number, summary: PageSummary | null) {
    const badge = badgeFor(summary);
    const action = browser.action ?? browser.browserAction;
    await action.setBadgeText({ tabId, text: badge.text });
    if (badge.color) await action.setBadgeBackgroundColor({ tabId, color: badge.color });
    await action.setTitle({ tabId, title: badge.title });
  }

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isMessage(message)) return undefined;
    if (message.type === 'source-lens/summary') {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      return session.set({ [key(tabId)]: message.summary }).then(() => setBadge(tabId, message.summary));
    }
    if (message.type === 'source-lens/get-summary') {
      return session.get(key(message.tabId)).then((stored) => (stored[key(message.tabId)] as PageSummary | undefined) ?? null);
    }
    return undefined;
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void session.remove(key(tabId));
  });
});
