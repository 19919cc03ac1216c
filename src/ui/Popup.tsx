/**
 * The toolbar popup: which report the page covers, counts by verdict, and the list of
 * annotations; choosing one scrolls to and focuses its highlight in the page.
 */
import type { Verdict } from '../annotate/types';
import { VERDICT_ORDER } from '../annotate/types';
import { VERDICT_ICON, verdictLabel } from './card-model';
import { translator, type Locale, type MessageKey, type Translator } from './i18n';
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
  /** The language the popup speaks. */
  locale?: Locale;
}

export type PopupView = 'off' | 'off-for-site' | 'unavailable' | 'not-checked' | 'no-coverage' | 'covers';

/**
 * What the popup says. The settings come first: the content script only reads them once a
 * page may cover a report, so for any other page the popup is the one that knows it is off.
 */
export function popupView({ summary, settings, host, reachable }: Omit<PopupProps, 'onChoose' | 'locale'>): PopupView {
  const off = isOffFor(settings, host);
  if (off) return off;
  if (!reachable) return 'unavailable';
  // On now, though the page last found itself off: it has not checked since.
  if (!summary || summary.state === 'off' || summary.state === 'off-for-site') return 'not-checked';
  return summary.state === 'covers' && summary.items.length > 0 ? 'covers' : 'no-coverage';
}

const MESSAGES: Record<Exclude<PopupView, 'covers'>, MessageKey> = {
  off: 'popup_off',
  'off-for-site': 'popup_off_for_site',
  unavailable: 'popup_unavailable',
  'not-checked': 'popup_not_checked',
  'no-coverage': 'popup_no_coverage',
};

function Counts({ counts, tr }: { counts: Record<Verdict, number>; tr: Translator }) {
  return (
    <ul class="counts" aria-label={tr.t('popup_counts_label')}>
      {VERDICT_ORDER.filter((v) => counts[v] > 0).map((v) => (
        <li key={v} class={`verdict-${v}`} data-verdict={v}>
          <span class="icon" aria-hidden="true">
            {VERDICT_ICON[v]}
          </span>{' '}
          {tr.t('popup_count', { verdict: verdictLabel(v, tr) })} <strong>{tr.number(counts[v])}</strong>
        </li>
      ))}
    </ul>
  );
}

export function Popup(props: PopupProps) {
  const { summary, onChoose } = props;
  const view = popupView(props);
  const tr = translator(props.locale ?? 'en');
  if (view !== 'covers' || !summary) {
    return (
      <main data-state={view}>
        <h1>{tr.t('extension_name')}</h1>
        <p>{tr.t(MESSAGES[view === 'covers' ? 'no-coverage' : view])}</p>
      </main>
    );
  }
  return (
    <main data-state="covers">
      <h1>{tr.t('extension_name')}</h1>
      {summary.reports.map((r) => (
        <section key={r.number} class="report">
          <h2>
            {tr.t('popup_covers', { number: r.number })}
          </h2>
          <p><span lang="en">{r.title}</span> ({r.date})</p>
          <p>
            <a href={r.documentUrl} target="_blank" rel="noopener noreferrer">{tr.t('popup_report_pdf')}</a>
            {' \u00b7 '}
            <a href={r.oversightUrl} target="_blank" rel="noopener noreferrer">{tr.t('popup_report_oversight')}</a>
          </p>
        </section>
      ))}
      <Counts counts={summary.counts} tr={tr} />
      <ol class="items">
        {summary.items.map((item) => (
          <li key={item.id}>
            <button type="button" class={`item verdict-${item.verdict}`} data-id={item.id} data-verdict={item.verdict} onClick={() => onChoose(item.id)}>
              <span class="icon" aria-hidden="true">{VERDICT_ICON[item.verdict]}</span>{' '}
              <span class="what">{tr.t(item.kind === 'figure' ? 'popup_figure' : 'popup_quote')}</span>{' '}
              <span class="text" lang={summary.lang || undefined}>{'\u201c'}{item.text.length > 90 ? `${item.text.slice(0, 89)}\u2026` : item.text}{'\u201d'}</span>{' '}
              <span class="verdict">{verdictLabel(item.verdict, tr)}</span>
            </button>
          </li>
        ))}
      </ol>
    </main>
  );
}
