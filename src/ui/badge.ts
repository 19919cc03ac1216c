/**
 * What the toolbar badge shows for a page summary.
 */
import type { Verdict } from '../annotate/types';
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

export function badgeFor(summary: PageSummary | null): Badge {
  if (!summary || summary.state !== 'covers' || summary.items.length === 0) {
    const why =
      summary?.state === 'off' ? 'off' : summary?.state === 'off-for-site' ? 'off for this site' : 'no report coverage on this page';
    return { text: '', color: null, title: `Source Lens: ${why}` };
  }
  const n = summary.items.length;
  const reports = summary.reports.map((r) => r.number).join(', ');
  return {
    text: n > 99 ? '99+' : String(n),
    color: summary.worst ? COLOR[summary.worst] : null,
    title: `Source Lens: ${n} annotation${n === 1 ? '' : 's'} from ${reports}`,
  };
}
