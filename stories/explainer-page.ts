import { html, type TemplateResult } from 'lit';
import type { CooperationTableContent, FaqContent, MisconceptionContent, TrackerContent } from '../src/index.js';
import faqJson from '../examples/content/asean-germany/faq-accordion.json';
import tableJson from '../examples/content/asean-germany/cooperation-table.json';
import mythsJson from '../examples/content/asean-germany/misconception-card.json';
import indicatorsJson from '../examples/content/asean-germany/indicator-tracker.json';
import fullIndicatorsJson from '../examples/content/indicator-tracker-full.json';

/**
 * The example article (`examples/content/asean-germany/`) as a portal would publish it: the article's own
 * headline and prose, written in the page, around the four components, each fed its JSON file. Shared by the
 * "Explainer page" and "Theme gallery" stories, so both show the same explainer.
 */

export interface ExplainerPageOptions {
  /** UI labels' language, through `<explainer-provider>`. */
  locale?: 'en' | 'de';
  /**
   * `article`: the indicators exactly as the article lists them (a label and a description each).
   * `tracked`: the illustrative tracked version (statuses, trends, progress, dates, evidence; fictional data).
   */
  indicators?: 'article' | 'tracked';
}

/** The clock the tracked indicators are read against, so relative dates and "Review overdue" never change. */
export const PAGE_NOW = '2026-03-15';

const faq = faqJson as FaqContent;
const table = tableJson as CooperationTableContent;
const myths = mythsJson as MisconceptionContent;
const indicators = indicatorsJson as TrackerContent;
const trackedIndicators = fullIndicatorsJson as TrackerContent;

/** Layout only: the page's font and colours are the portal's (they inherit from around it). */
const pageStyles = html`<style>
  .explainer-page {
    max-width: 50rem;
    margin: 0 auto;
    padding: 2rem 1rem 4rem;
    font-size: 1.0625rem;
    line-height: 1.6;
  }
  .explainer-page h1 {
    margin: 0 0 0.5rem;
    font-size: clamp(1.75rem, 5vw, 2.5rem);
    line-height: 1.15;
  }
  .explainer-page .standfirst {
    font-size: 1.25rem;
    line-height: 1.5;
  }
  .explainer-page > * + * {
    margin-block-start: 1.5rem;
  }
  .explainer-page > :is(faq-accordion, cooperation-table, misconception-card, indicator-tracker) {
    margin-block-start: 2.5rem;
  }
</style>`;

/** The explainer page. Wrap it in a themed region (`class="explainer-theme-civic"`) to see a theme. */
export function explainerPage({ locale = 'en', indicators: which = 'article' }: ExplainerPageOptions = {}): TemplateResult {
  const tracked = which === 'tracked';
  return html`${pageStyles}
    <explainer-provider locale=${locale}>
      <article class="explainer-page" lang="en">
        <h1>ASEAN and Germany: from trade to a security partnership</h1>
        <p class="standfirst">
          The Secretary-General of ASEAN met the Parliamentary State Secretary to Germany’s Federal Minister of
          Defence: a signal that Germany is deepening its commitment to the Indo-Pacific, and a chance for ASEAN to
          diversify its security partnerships.
        </p>
        <p>
          Germany now treats security as a prerequisite for economic engagement in Asia. Its “Zeitenwende”, the
          historic turning point in its defence policy, reaches beyond Europe, and its support for “ASEAN
          Centrality” means backing the region’s own initiatives rather than imposing a framework from outside.
        </p>
        <cooperation-table sortable .data=${table}></cooperation-table>
        <p>
          Germany offers a “third way” between the great powers, within the broader EU–ASEAN Strategic
          Partnership. Some common ideas about Europe’s role in Southeast Asian security do not hold up.
        </p>
        <misconception-card order="fact-first" .data=${myths}></misconception-card>
        <indicator-tracker
          ?filterable=${tracked}
          now=${tracked ? PAGE_NOW : ''}
          .data=${tracked ? trackedIndicators : indicators}
        ></indicator-tracker>
        <faq-accordion copy-links .data=${faq}></faq-accordion>
        <p>
          The long-term goal is a “security ecosystem” in which European standards of transparency and international
          law are part of Southeast Asia’s regional framework: a strategic investment in a more balanced order.
        </p>
      </article>
    </explainer-provider>`;
}
