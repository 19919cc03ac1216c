/**
 * What the toolbar badge shows for a page summary.
 */
import type { Verdict } from '../annotate/types';
import { translator, type Locale } from './i18n';
import type { PageSummary } from './summary';

const COLOR: Record<Verdict, string> = {
  misleading: '#b3261e',
  'needs-context': '#8a5a00',
  'other-source': '#2b4fb3',
  supported: '#1e7b34',
};

export interface Badge {
  text: string;
  color: string | null;
  title: string;
}

export function badgeFor(summary: PageSummary | null, locale: Locale = 'en'): Badge {
  const tr = translator(locale);
  if (!summary || summary.state !== 'covers' || summary.items.length === 0) {
    const why = summary?.state === 'off' ? 'badge_off' : summary?.state === 'off-for-site' ? 'badge_off_for_site' : 'badge_no_coverage';
    return { text: '', color: null, title: tr.t(why) };
  }
  const n = summary.items.length;
  const reports = summary.reports.map((r) => r.number).join(', ');
  return {
    text: n > 99 ? '99+' : String(n),
    color: summary.worst ? COLOR[summary.worst] : null,
    title: tr.plural('badge_annotations', n, { reports }),
  };
}
