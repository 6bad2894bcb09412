/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { extractArticle, type AnyExtractedSection, type ExtractResult } from '../src/extract.js';
import article from '../examples/articles/asean-germany-explainer.txt?raw';

interface Args {
  syntax: 'auto' | 'markdown' | 'text';
}

/** Layout only: two columns that stack on narrow screens; the page's font and colours are the portal's. */
const styles = html`<style>
  .from-article {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 28rem), 1fr));
    gap: 2rem;
    padding: 1rem;
    line-height: 1.5;
  }
  .from-article pre {
    margin: 0;
    font-size: 0.8125rem;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .from-article .line {
    display: block;
    padding-inline-start: 3.5em;
    text-indent: -3.5em;
  }
  .from-article .line.found {
    background: #fff4cc;
    box-shadow: inset 3px 0 #8a6100;
  }
  .from-article .number {
    display: inline-block;
    width: 3em;
    margin-inline-end: 0.5em;
    text-align: end;
    color: #545b66;
    text-indent: 0;
  }
  .from-article .components > * + * {
    margin-block-start: 2rem;
  }
</style>`;

const NOUNS: Record<AnyExtractedSection['tag'], string> = {
  'cooperation-table': 'rows',
  'faq-accordion': 'questions',
  'misconception-card': 'cards',
  'indicator-tracker': 'indicators',
};

const lines = (from: number, to?: number): string => (to !== undefined && to > from ? `lines ${from}–${to}` : `line ${from}`);

/** The article as plain text, line by line and numbered, with the lines of the recognised sections marked. */
function articleText(text: string, result: ExtractResult): TemplateResult {
  const found = (n: number) => result.found.some((s) => n >= s.line && n <= s.endLine);
  return html`<pre>${text.split(/\r\n|\r|\n/).map(
    (line, i) => html`<span class="line ${found(i + 1) ? 'found' : ''}"><span class="number" aria-hidden="true">${i + 1}</span>${line}</span>`,
  )}</pre>`;
}

/** One component per recognised section, fed its content through `data`, its title one level below the page's. */
function component(section: AnyExtractedSection): TemplateResult {
  switch (section.tag) {
    case 'cooperation-table':
      return html`<cooperation-table heading-level="3" .data=${section.content}></cooperation-table>`;
    case 'faq-accordion':
      return html`<faq-accordion heading-level="3" .data=${section.content}></faq-accordion>`;
    case 'misconception-card':
      return html`<misconception-card heading-level="3" .data=${section.content}></misconception-card>`;
    case 'indicator-tracker':
      return html`<indicator-tracker heading-level="3" .data=${section.content}></indicator-tracker>`;
  }
}

/** What the extractor reports: each section with its lines and item count, then its warnings. */
function report(result: ExtractResult): TemplateResult {
  return html`<h3>What the extractor found</h3>
    <ul>
      ${result.found.map(
        (s) => html`<li><code>${s.name}.json</code>: ${lines(s.line, s.endLine)}, ${s.itemLines.length} ${NOUNS[s.tag]}</li>`,
      )}
    </ul>
    ${result.warnings.length > 0
      ? html`<p>Left out, with a warning:</p>
          <ul>
            ${result.warnings.map((w) => html`<li>${lines(w.line, w.endLine)}: ${w.message}</li>`)}
          </ul>`
      : nothing}`;
}

const meta: Meta<Args> = {
  title: 'From article to components',
  args: { syntax: 'auto' },
  argTypes: {
    syntax: {
      control: 'inline-radio',
      options: ['auto', 'markdown', 'text'],
      description: 'How `extractArticle` reads the article: `text` (a line is a paragraph), `markdown` (blank lines separate paragraphs), or `auto`',
    },
  },
  parameters: { layout: 'fullscreen' },
  render: ({ syntax }) => {
    const result = extractArticle(article, { syntax });
    return html`${styles}
      <div class="from-article" style="font-family: system-ui, sans-serif; color: #1f2933">
        <section aria-labelledby="from-article-source">
          <h2 id="from-article-source">The article, as plain text</h2>
          <p>The seed article as an editor would paste it. Marked lines are the ones the extractor turned into components.</p>
          ${articleText(article, result)}
        </section>
        <section class="components" aria-labelledby="from-article-components">
          <h2 id="from-article-components">The components built from it</h2>
          <div>${report(result)}</div>
          ${result.found.map(component)}
        </section>
      </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/**
 * The seed article (`examples/articles/asean-germany-explainer.txt`, imported as text) beside the four components
 * that `extractArticle()` builds from it in the browser, with no hand-written JSON: its pipe table, its
 * "Misconception / Reality" pairs, its indicators list and its FAQ. The article is shown as text, never as HTML.
 */
export const FromArticle: Story = { name: 'From article to components' };
