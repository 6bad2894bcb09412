import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { explainerPage, type ExplainerPageOptions } from './explainer-page.js';

type Args = Required<ExplainerPageOptions>;

const meta: Meta<Args> = {
  title: 'Explainer page',
  args: { locale: 'en', indicators: 'article' },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'de'], description: 'UI labels, through `<explainer-provider>`' },
    indicators: {
      control: 'inline-radio',
      options: ['article', 'tracked'],
      description: 'The indicators as the article lists them, or the illustrative tracked version (statuses, progress, evidence)',
    },
  },
  parameters: { layout: 'fullscreen' },
  render: (args) => html`<div style="font-family: system-ui, sans-serif; color: #1f2933">${explainerPage(args)}</div>`,
};
export default meta;

type Story = StoryObj<Args>;

/**
 * The example article's sections composed in one page, as a portal would publish them: the article's own headline
 * and prose around the four components, each fed its JSON file and fitted into the page outline (the page's `h1`,
 * then each component's title at level 2), with no CSS of ours beyond the page's layout. The components take the
 * page's font and colours.
 */
export const ASEANGermany: Story = { name: 'ASEAN–Germany security cooperation' };

/** The same page with the tracked indicators (fictional statuses, trends, progress and evidence). */
export const Tracked: Story = { args: { indicators: 'tracked' } };

/** German labels for every component, from one `<explainer-provider locale="de">` around the page. */
export const German: Story = { args: { locale: 'de', indicators: 'tracked' } };

/**
 * The page on a dark portal, with no theme: the page's own colours and `color-scheme: dark`, plus the three tokens such a
 * page sets (accent, links, focus ring). The components follow the page.
 */
export const DarkPage: Story = {
  args: { indicators: 'tracked' },
  render: (args) => html`<div
    style="min-height: 100vh; font-family: system-ui, sans-serif; background: #111827; color: #f3f4f6; color-scheme: dark; --explainer-accent-color: #93c5fd; --explainer-link-color: #93c5fd; --explainer-focus-color: #fbbf24; --explainer-table-sticky-background: #111827"
  >
    ${explainerPage(args)}
  </div>`,
};
