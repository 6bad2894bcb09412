import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { FaqContent, MisconceptionContent } from '../src/index.js';
import faqJson from '../examples/content/asean-germany/faq-accordion.json';
import mythsJson from '../examples/content/asean-germany/misconception-card.json';

interface Args {
  locale: string;
  'heading-level': number;
  labels: string;
}

const faq: FaqContent = { ...(faqJson as FaqContent), items: (faqJson as FaqContent).items.slice(0, 2) };
const myths: MisconceptionContent = { ...(mythsJson as MisconceptionContent), items: (mythsJson as MisconceptionContent).items.slice(0, 2) };

const meta: Meta<Args> = {
  title: 'Components/Explainer provider',
  component: 'explainer-provider',
  args: { locale: 'en', 'heading-level': 2, labels: '' },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'de', 'de-AT', 'en-GB'] },
    labels: {
      control: 'text',
      description: 'Label overrides as JSON, e.g. `{"faq.showAll": "Expand all[ answers: {title}]"}` (`[...]`: read by screen readers only); a label with `{count}` may be `{"one": "...", "other": "..."}`',
    },
  },
  render: (args) => html`<explainer-provider locale=${args.locale} heading-level=${args['heading-level']} labels=${args.labels}>
    <faq-accordion .data=${faq}></faq-accordion>
    <misconception-card reveal .data=${myths}></misconception-card>
  </explainer-provider>`,
};
export default meta;

type Story = StoryObj<Args>;

/** One provider gives every component inside it the same locale, labels and heading level. */
export const Default: Story = {};

/** German labels for every component inside. */
export const German: Story = { args: { locale: 'de' } };

/** Every component's title one level down (h3), its items at h4, for a page section that opens with an h2. */
export const HeadingLevel: Story = {
  args: { 'heading-level': 3 },
  render: (args) => html`<section>
    <h2>Questions and misconceptions</h2>
    <explainer-provider heading-level=${args['heading-level']}>
      <faq-accordion .data=${faq}></faq-accordion>
      <misconception-card .data=${myths}></misconception-card>
    </explainer-provider>
  </section>`,
};

/** Any label overridden for every component inside, as JSON in the `labels` attribute. */
export const Labels: Story = {
  args: {
    labels:
      '{"faq.showAll": "Expand all[ answers: {title}]", "faq.hideAll": "Collapse all[ answers: {title}]", "misconception.show": "What is true?", "misconception.hide": "Hide what is true"}',
  },
};

/** Nested providers: the inner one inherits from the outer one and overrides what it sets (here, the locale). */
export const Nested: Story = {
  render: () => html`<explainer-provider locale="de" heading-level="3">
    <faq-accordion .data=${faq}></faq-accordion>
    <explainer-provider locale="en">
      <misconception-card reveal .data=${myths}></misconception-card>
    </explainer-provider>
  </explainer-provider>`,
};
