/**
 * The source card: a non-modal toggletip (it holds links, so it is a dialog, not an ARIA
 * tooltip). Everything is rendered as text through Preact; page words are never HTML.
 * It speaks the reader's language (`lang` on the card); the report's words stay English
 * and are marked `lang="en"`, the article's words keep the page's language, so a screen
 * reader pronounces each in its own.
 */
import type { CardModel } from './card-model';
import { translator, type Translator } from './i18n';

export interface SourceCardProps {
  model: CardModel;
  /** Id of the heading, for aria-labelledby on the dialog. */
  labelId: string;
  onClose: () => void;
}

/** `lang` for the article's words: the page's, or none when the page does not say (unknown, not the card's). */
function articleLang(model: CardModel): string | undefined {
  return model.articleLang || undefined;
}

function Diff({ diff, tr, lang }: { diff: CardModel['diff']; tr: Translator; lang: string | undefined }) {
  const changes = diff.filter((d) => d.type !== 'equal' && d.type !== 'editorial');
  if (changes.length === 0) return null;
  return (
    <section class="sl-section">
      <h3 class="sl-h3">{tr.t('card_diff_heading')}</h3>
      <ul class="sl-diff">
        {changes.map((d, i) => (
          <li key={i}>
            {d.type === 'added' && (
              <>
                <span class="sl-tag">{tr.t('card_diff_added')}</span> <ins lang={lang}>{d.article}</ins>
              </>
            )}
            {d.type === 'omitted' && (
              <>
                <span class="sl-tag">{tr.t('card_diff_omitted')}</span> <del lang="en">{d.report}</del>
              </>
            )}
            {d.type === 'changed' && (
              <>
                <span class="sl-tag">{tr.t('card_diff_changed')}</span> <del lang="en">{d.report}</del> {'\u2192'} <ins lang={lang}>{d.article}</ins>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function SourceCard({ model, labelId, onClose }: SourceCardProps) {
  const tr = translator(model.locale);
  return (
    <div class={`sl-card sl-${model.verdict}`} lang={model.locale} role="dialog" aria-modal="false" aria-labelledby={labelId} data-source-lens-card="">
      {/* A div, not <header>: inside the page a header would be a second banner landmark. */}
      <div class="sl-header">
        <span class="sl-icon" aria-hidden="true">
          {model.icon}
        </span>
        <h2 class="sl-verdict" id={labelId}>
          {model.verdictLabel}
        </h2>
        <button type="button" class="sl-close" aria-label={tr.t('card_close')} onClick={onClose}>
          {'\u00d7'}
        </button>
      </div>
      <p class="sl-article">
        <span class="sl-label">{tr.t(model.kind === 'figure' ? 'card_article_says' : 'card_article_quotes')}</span> {'\u201c'}
        <span lang={articleLang(model)}>{model.articleText}</span>
        {'\u201d'}
      </p>
      {model.matchLabel && <p class="sl-match">{model.matchLabel}</p>}
      {model.reportSays && (
        <section class="sl-section">
          <h3 class="sl-h3">{tr.t(model.paraphraseBasis ? 'card_paraphrase_heading' : 'card_report_says')}</h3>
          <blockquote class="sl-quote" lang="en">
            {model.reportSays.before}
            {model.reportSays.mark && <mark class="sl-mark">{model.reportSays.mark}</mark>}
            {model.reportSays.after}
          </blockquote>
          {model.paraphraseBasis && (
            <p class="sl-note">
              {tr.t('card_paraphrase_note')} <span lang="en">{model.paraphraseBasis}</span>
            </p>
          )}
        </section>
      )}
      {model.correctReading && (
        <section class="sl-section">
          <h3 class="sl-h3">{tr.t('card_correct_reading')}</h3>
          <p lang={model.knowledgeLang}>{model.correctReading}</p>
        </section>
      )}
      {model.otherSource && (
        <section class="sl-section">
          <h3 class="sl-h3" lang={model.knowledgeLang}>{model.otherSource.name}</h3>
          <p lang={model.knowledgeLang}>{model.otherSource.whatItIs}</p>
          <p lang={model.knowledgeLang}>{model.otherSource.whyNot}</p>
        </section>
      )}
      <Diff diff={model.diff} tr={tr} lang={articleLang(model)} />
      {model.caveats.length > 0 && (
        <section class="sl-section">
          <h3 class="sl-h3">{tr.t('card_caveats')}</h3>
          <ul class="sl-caveats">
            {model.caveats.map((c) => (
              <li key={c.id} lang={model.knowledgeLang}>
                <strong>{tr.t('card_caveat_title', { title: c.title })}</strong> {c.text}{' '}
                {c.links.map((l, i) => (
                  <span key={l.url}>
                    {i > 0 ? ', ' : '('}
                    {/* A fact-check's or a page's own title, in its own (English) words. */}
                    <a href={l.url} target="_blank" rel="noopener noreferrer" lang="en">
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
          {tr.parts('card_source', { number: model.source.number, title: <span lang="en">{model.source.title}</span>, date: model.source.date })}
        </p>
      )}
      {model.secondHand && <p class="sl-note">{tr.t('card_second_hand')}</p>}
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
