import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import faq from '../examples/content/asean-germany/faq-accordion.json';
import table from '../examples/content/asean-germany/cooperation-table.json';
import myths from '../examples/content/asean-germany/misconception-card.json';
import indicators from '../examples/content/asean-germany/indicator-tracker.json';

interface Args {
  locale: 'en' | 'de';
}

const meta: Meta<Args> = {
  title: 'Explainer page',
  args: { locale: 'en' },
  argTypes: { locale: { control: 'inline-radio', options: ['en', 'de'] } },
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj<Args>;

/**
 * The example article's sections composed in one page, as a portal would publish them: the article's own headings
 * and prose around the four components, each fitted into the page outline (`heading-level`), with no CSS of ours
 * beyond the page's own.
 */
export const ASEANGermany: Story = {
  name: 'ASEAN–Germany security cooperation',
  render: ({ locale }) => html`
    <style>
      .page {
        max-width: 50rem;
        margin: 0 auto;
        padding: 2rem 1rem 4rem;
        font: 1.0625rem/1.6 system-ui, sans-serif;
        color: #1f2933;
      }
      .page h1 {
        font-size: 2rem;
        line-height: 1.2;
      }
      .page > * + * {
        margin-top: 1.5rem;
      }
    </style>
    <explainer-provider locale=${locale}>
      <main class="page">
        <h1>ASEAN and Germany: from trade to a security partnership</h1>
        <p>
          The Secretary-General of ASEAN met the Parliamentary State Secretary to Germany’s Federal Minister of Defence:
          a signal that Germany is deepening its commitment to the Indo-Pacific, and a chance for ASEAN to diversify its
          security partnerships.
        </p>
        <cooperation-table .data=${table}></cooperation-table>
        <p>
          Germany offers a “third way” between the great powers, within the broader EU–ASEAN Strategic Partnership. Some
          common ideas about Europe’s role in Southeast Asian security do not hold up.
        </p>
        <misconception-card order="fact-first" .data=${myths}></misconception-card>
        <indicator-tracker .data=${indicators}></indicator-tracker>
        <faq-accordion copy-links .data=${faq}></faq-accordion>
      </main>
    </explainer-provider>
  `,
};
