/**
 * The toolbar popup: which report the page covers, counts by verdict, and the list of
 * annotations; choosing one scrolls to and focuses its highlight in the page.
 */
import type { Verdict } from '../annotate/types';
import { VERDICT_ORDER } from '../annotate/types';
import { VERDICT_ICON, VERDICT_LABEL } from './card-model';
import { isOffFor, type Settings } from './settings';
import type { PageSummary } from './summary';

export interface PopupProps {
  /** What the tab's content script last found; null when it has not run there. */
  summary: PageSummary | null;
  settings: Settings;
  /** The tab's host name, for the per-site switch. */
  host: string;
  /** False when the browser lets no extension read the tab (its own pages, the web store). */
  reachable: boolean;
  onChoose(id: string): void;
}

export type PopupView = 'off' | 'off-for-site' | 'unavailable' | 'not-checked' | 'no-coverage' | 'covers';

/**
 * What the popup says. The settings come first: the content script only reads them once a
 * page may cover a report, so for any other page the popup is the one that knows it is off.
 */
export function popupView({ summary, settings, host, reachable }: Omit<PopupProps, 'onChoose'>): PopupView {
  const off = isOffFor(settings, host);
  if (off) return off;
  if (!reachable) return 'unavailable';
  // On now, though the page last found itself off: it has not checked since.
  if (!summary || summary.state === 'off' || summary.state === 'off-for-site') return 'not-checked';
  return summary.state === 'covers' && summary.items.length > 0 ? 'covers' : 'no-coverage';
}

const MESSAGES: Record<Exclude<PopupView, 'covers'>, string> = {
  off: 'Source Lens is off everywhere. Turn it on in the options.',
  'off-for-site': 'Source Lens is off for this site. Turn it back on in the options.',
  unavailable: 'Source Lens cannot read this page: the browser keeps its own pages closed to extensions.',
  'not-checked': 'Source Lens has not checked this page yet. Reload it to check it.',
  'no-coverage': 'This page does not cover a report in the knowledge base.',
};

function Counts({ counts }: { counts: Record<Verdict, number> }) {
  return (
    <ul class="counts" aria-label="Annotations by verdict">
      {VERDICT_ORDER.filter((v) => counts[v] > 0).map((v) => (
        <li key={v} class={`verdict-${v}`} data-verdict={v}>
          <span class="icon" aria-hidden="true">
            {VERDICT_ICON[v]}
          </span>{' '}
          {VERDICT_LABEL[v]}: <strong>{counts[v]}</strong>
        </li>
      ))}
    </ul>
  );
}

export function Popup(props: PopupProps) {
  const { summary, onChoose } = props;
  const view = popupView(props);
  if (view !== 'covers' || !summary) {
    return (
      <main data-state={view}>
        <h1>Source Lens</h1>
        <p>{MESSAGES[view === 'covers' ? 'no-coverage' : view]}</p>
      </main>
    );
  }
  return (
    <main data-state="covers">
      <h1>Source Lens</h1>
      {summary.reports.map((r) => (
        <section key={r.number} class="report">
          <h2>
            This page covers {r.number}
          </h2>
          <p>{r.title} ({r.date})</p>
          <p>
            <a href={r.documentUrl} target="_blank" rel="noopener noreferrer">Official report (PDF)</a>
            {' \u00b7 '}
            <a href={r.oversightUrl} target="_blank" rel="noopener noreferrer">Oversight.gov entry</a>
          </p>
        </section>
      ))}
      <Counts counts={summary.counts} />
      <ol class="items">
        {summary.items.map((item) => (
          <li key={item.id}>
            <button type="button" class={`item verdict-${item.verdict}`} data-id={item.id} data-verdict={item.verdict} onClick={() => onChoose(item.id)}>
              <span class="icon" aria-hidden="true">{VERDICT_ICON[item.verdict]}</span>{' '}
              <span class="what">{item.kind === 'figure' ? 'Figure' : 'Quote'}</span>{' '}
              <span class="text">{'\u201c'}{item.text.length > 90 ? `${item.text.slice(0, 89)}\u2026` : item.text}{'\u201d'}</span>{' '}
              <span class="verdict">{VERDICT_LABEL[item.verdict]}</span>
            </button>
          </li>
        ))}
      </ol>
    </main>
  );
}
