/**
 * The source card: a non-modal toggletip (it holds links, so it is a dialog, not an ARIA
 * tooltip). Everything is rendered as text through Preact; page words are never HTML.
 */
import type { CardModel } from './card-model';

export interface SourceCardProps {
  model: CardModel;
  /** Id of the heading, for aria-labelledby on the dialog. */
  labelId: string;
  onClose: () => void;
}

function Diff({ diff }: { diff: CardModel['diff'] }) {
  const changes = diff.filter((d) => d.type !== 'equal' && d.type !== 'editorial');
  if (changes.length === 0) return null;
  return (
    <section class="sl-section">
      <h3 class="sl-h3">Article wording vs. the report</h3>
      <ul class="sl-diff">
        {changes.map((d, i) => (
          <li key={i}>
            {d.type === 'added' && (
              <>
                <span class="sl-tag">added</span> <ins>{d.article}</ins>
              </>
            )}
            {d.type === 'omitted' && (
              <>
                <span class="sl-tag">left out</span> <del>{d.report}</del>
              </>
            )}
            {d.type === 'changed' && (
              <>
                <span class="sl-tag">changed</span> <del>{d.report}</del> {'\u2192'} <ins>{d.article}</ins>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function SourceCard({ model, labelId, onClose }: SourceCardProps) {
  return (
    <div class={`sl-card sl-${model.verdict}`} role="dialog" aria-modal="false" aria-labelledby={labelId} data-source-lens-card="">
      {/* A div, not <header>: inside the page a header would be a second banner landmark. */}
      <div class="sl-header">
        <span class="sl-icon" aria-hidden="true">
          {model.icon}
        </span>
        <h2 class="sl-verdict" id={labelId}>
          {model.verdictLabel}
        </h2>
        <button type="button" class="sl-close" aria-label="Close source card" onClick={onClose}>
          {'\u00d7'}
        </button>
      </div>
      <p class="sl-article">
        <span class="sl-label">{model.kind === 'figure' ? 'The article says' : 'The article quotes'}</span> {'\u201c'}
        {model.articleText}
        {'\u201d'}
      </p>
      {model.matchLabel && <p class="sl-match">{model.matchLabel}</p>}
      {model.reportSays && (
        <section class="sl-section">
          <h3 class="sl-h3">{model.paraphraseBasis ? 'The report\u2019s figure, as outlets reported it' : 'What the report says'}</h3>
          <blockquote class="sl-quote">
            {model.reportSays.before}
            {model.reportSays.mark && <mark class="sl-mark">{model.reportSays.mark}</mark>}
            {model.reportSays.after}
          </blockquote>
          {model.paraphraseBasis && (
            <p class="sl-note">
              The report{'\u2019'}s figure; its exact sentence is not held here. These are the outlets{'\u2019'} words:{' '}
              {model.paraphraseBasis}
            </p>
          )}
        </section>
      )}
      {model.correctReading && (
        <section class="sl-section">
          <h3 class="sl-h3">The correct reading</h3>
          <p>{model.correctReading}</p>
        </section>
      )}
      {model.otherSource && (
        <section class="sl-section">
          <h3 class="sl-h3">{model.otherSource.name}</h3>
          <p>{model.otherSource.whatItIs}</p>
          <p>{model.otherSource.whyNot}</p>
        </section>
      )}
      <Diff diff={model.diff} />
      {model.caveats.length > 0 && (
        <section class="sl-section">
          <h3 class="sl-h3">Caveats</h3>
          <ul class="sl-caveats">
            {model.caveats.map((c) => (
              <li key={c.id}>
                <strong>{c.title}.</strong> {c.text}{' '}
                {c.links.map((l, i) => (
                  <span key={l.url}>
                    {i > 0 ? ', ' : '('}
                    <a href={l.url} target="_blank" rel="noopener noreferrer">
                      {l.label}
                    </a>
                    {i === c.links.length - 1 ? ')' : ''}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </section>
      )}
      {model.source && (
        <p class="sl-source">
          {model.source.number}: {model.source.title} ({model.source.date})
        </p>
      )}
      {model.secondHand && <p class="sl-note">We hold this report{'\u2019'}s words only as others quoted them.</p>}
      <ul class="sl-links">
        {model.links.map((l) => (
          <li key={l.url}>
            <a href={l.url} target="_blank" rel="noopener noreferrer">
              {l.label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
