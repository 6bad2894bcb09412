import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { explainerPage } from './explainer-page.js';
import { answerButton, heldSrc, HELD_TIMEOUT, holdRequests } from './held-fetch.js';
import { installThemes, themeNames, type ThemeName } from './themes.js';

type ThemeChoice = 'none' | ThemeName;

interface Args {
  theme: ThemeChoice;
  locale: 'en' | 'de';
  indicators: 'article' | 'tracked';
}

/** Each portal's name in its masthead: the page around the explainer, which is the portal's and not the theme's. */
const mastheads: Record<ThemeChoice, string> = {
  none: 'A portal with no theme',
  civic: 'Public Information Service',
  newsroom: 'The Daily Explainer',
  'think-tank-dark': 'Indo-Pacific Policy Institute',
};

/**
 * The portal's own page CSS (fonts and a masthead), which each portal already has: not part of the themes. The
 * components' look comes only from `themes/<name>.css`, applied by the `explainer-theme-<name>` class.
 */
const portalStyles = html`<style>
  .portal {
    min-height: 100vh;
    font-family: system-ui, sans-serif;
  }
  .portal .masthead {
    margin: 0;
    padding: 0.75rem 1rem;
    font-weight: 700;
  }
  .portal-none {
    background: #ffffff;
    color: #1f2933;
  }
  .portal-none .masthead {
    border-bottom: 1px solid #cbd2d9;
  }
  .portal-civic {
    background: #ffffff;
    color: #0b0c0c;
    font-family: 'Helvetica Neue', Helvetica, Arial, sans-serif;
  }
  .portal-civic .masthead {
    padding-block: 1rem 0.75rem;
    border-bottom: 10px solid #1d70b8;
    background: #0b0c0c;
    color: #ffffff;
    font-size: 1.5rem;
  }
  .portal-newsroom {
    background: #ffffff;
    color: #121212;
    font-family: Georgia, 'Times New Roman', Times, serif;
  }
  .portal-newsroom .masthead {
    border-bottom: 3px double #121212;
    font-size: 2rem;
    letter-spacing: -0.02em;
    text-align: center;
  }
  .portal-think-tank-dark .masthead {
    border-bottom: 1px solid #35505c;
    color: #4fd1c5;
    font-size: 0.875rem;
    letter-spacing: 0.12em;
    text-transform: uppercase;
  }
</style>`;

function portal({ theme, locale, indicators }: Args) {
  const themeClass = theme === 'none' ? nothing : `explainer-theme-${theme}`;
  return html`${portalStyles}
    <div class="portal portal-${theme} ${themeClass}">
      <header><p class="masthead">${mastheads[theme]}</p></header>
      ${explainerPage({ locale, indicators })}
    </div>`;
}

/**
 * One explainer, three portals: the same content and components, styled only by the example themes in `themes/`
 * (shipped as `explainer-elements/themes/<name>.css`). A theme is a stylesheet of `--explainer-*` custom
 * properties and `::part()` rules, scoped to a class: put `class="explainer-theme-<name>"` on `<body>` or on the
 * region that holds the components.
 *
 * ```html
 * <link rel="stylesheet" href="/node_modules/explainer-elements/themes/civic.css">
 * <main class="explainer-theme-civic"> ... <faq-accordion src="/faq.json"></faq-accordion> </main>
 * ```
 */
const meta: Meta<Args> = {
  title: 'Theme gallery',
  args: { theme: 'civic', locale: 'en', indicators: 'tracked' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['none', ...themeNames], description: 'The theme class on the page' },
    locale: { control: 'inline-radio', options: ['en', 'de'], description: 'UI labels, through `<explainer-provider>`' },
    indicators: {
      control: 'inline-radio',
      options: ['article', 'tracked'],
      description: 'The indicators as the article lists them, or the illustrative tracked version (statuses, progress, evidence)',
    },
  },
  parameters: { layout: 'fullscreen' },
  decorators: [
    (story) => {
      installThemes();
      return story();
    },
  ],
  render: (args) => portal(args),
};
export default meta;

type Story = StoryObj<Args>;

/** Switch between the themes with the `theme` control. */
export const Gallery: Story = {};

/**
 * `themes/civic.css`: a public-service portal in the manner of GOV.UK. Bold headings, clear rules, square
 * corners, link blue, and GOV.UK's focus style: a yellow highlight with a black underline (Tab through it).
 */
export const Civic: Story = { args: { theme: 'civic' } };

/**
 * `themes/newsroom.css`: an editorial look. Serif headlines under a black section rule, a red accent, generous
 * spacing, small-caps labels, and the misconceptions as paper-coloured cards under a red rule.
 */
export const Newsroom: Story = { args: { theme: 'newsroom' } };

/**
 * `themes/think-tank-dark.css`: a dark, muted research-institute site with a teal accent and an amber focus ring.
 * The theme makes its region dark (`color-scheme: dark`, background and text colour), since its colours keep
 * WCAG AA contrast only there.
 */
export const ThinkTankDark: Story = { name: 'Think-tank (dark)', args: { theme: 'think-tank-dark' } };

/** Indicators with two invalid entries: the valid ones render, the others are reported under them. */
const partlyBroken = {
  title: 'Partly broken',
  indicators: [
    { label: 'Joint Statements', description: 'Official communiqués that mention defence cooperation.', status: 'on-track' },
    { label: 'Unknown status', description: 'Dropped and reported.', status: 'done' },
    { label: 'Bad date', description: 'Dropped and reported.', updated: '2026-02-30' },
  ],
};

/**
 * The states under every theme, side by side: a failed load (with its retry button), an item-level error, and a
 * loading state (held until you press "Answer the request"; see `stories/held-fetch.ts`).
 */
export const ErrorStates: Story = {
  name: 'Error and loading states',
  decorators: [holdRequests],
  render: () => html`${portalStyles}
    <div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr))">
      ${themeNames.map(
        (theme) => html`<section class="portal portal-${theme} explainer-theme-${theme}" style="min-height: 0">
          <h2 class="masthead">${mastheads[theme]}</h2>
          <div style="padding: 0 1rem 1rem">
            <faq-accordion src="/content/missing.json" heading-level="3"></faq-accordion>
            <indicator-tracker .data=${partlyBroken} heading-level="3"></indicator-tracker>
            <misconception-card src=${heldSrc('/content/asean-germany/misconception-card.json')} fetch-timeout=${HELD_TIMEOUT} heading-level="3"></misconception-card>
          </div>
        </section>`,
      )}
    </div>
    <div style="padding: 0 1rem">${answerButton}</div>`,
};
