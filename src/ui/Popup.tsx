/**
 * The toolbar popup: which report the page covers, counts by verdict, and the list of
 * annotations; choosing one scrolls to and focuses its highlight in the page.
 */
import type { Verdict } from '../annotate/types';
import { VERDICT_ORDER } from '../annotate/types';
import { VERDICT_ICON, VERDICT_LABEL } from './card-model';
import type { PageSummary } from './summary';

export interface PopupProps {
  summary: PageSummary | null;
  enabled: boolean;
  onChoose(id: string): void;
}

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

export function Popup({ summary, enabled, onChoose }: PopupProps) {
  if (!enabled || summary?.state === 'off') {
    return <main data-state="off"><h1>Source Lens</h1><p>Source Lens is off everywhere. Turn it on in the options.</p></main>;
  }
  if (summary?.state === 'off-for-site') {
    return <main data-state="off-for-site"><h1>Source Lens</h1><p>Source Lens is off for this site. Turn it back on in the options.</p></main>;
  }
  if (!summary || summary.state !== 'covers' || summary.items.length === 0) {
    return (
      <main data-state="no-coverage">
        <h1>Source Lens</h1>
        <p>This page does not cover a report in the knowledge base.</p>
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
