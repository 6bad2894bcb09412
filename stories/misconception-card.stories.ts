import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { MisconceptionCard} from '../src/misconception-card.js';
import { type MisconceptionContent, type MisconceptionItem } from '../src/misconception-card.js';
import cards from '../examples/content/asean-germany/misconception-card.json';

// The package's `sideEffects` names only `dist/` files, so a bare `import '../src/misconception-card.js'` is
// dropped from the Storybook build; registering through the class keeps it (and never throws when already defined).

interface Args {
  data: unknown;
  order: 'misconception-first' | 'fact-first';
  reveal: boolean;
  icons: 'show' | 'none';
  'heading-level': number;
}

const content = cards as MisconceptionContent;

/** The seed's second card with every optional field filled in. */
const fullCard: MisconceptionItem = {
  ...content.items[1]!,
  verdict: 'mostly-false',
  sources: [
    { label: 'Federal Foreign Office: Indo-Pacific guidelines', url: 'https://www.auswaertiges-amt.de/' },
    { label: 'ASEAN Secretariat', url: 'https://asean.org' },
  ],
  reviewed: '2026-05-01',
};

const meta: Meta<Args> = {
  title: 'Components/Misconception card',
  component: 'misconception-card',
  args: { data: content, order: 'misconception-first', reveal: false, icons: 'show', 'heading-level': 2 },
  argTypes: {
    order: { control: 'inline-radio', options: ['misconception-first', 'fact-first'] },
    icons: { control: 'inline-radio', options: ['show', 'none'] },
  },
  render: (args) => html`<misconception-card
    .data=${args.data}
    order=${args.order}
    ?reveal=${args.reveal}
    icons=${args.icons}
    heading-level=${args['heading-level']}
  ></misconception-card>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The example explainer's misconceptions: a set that reflows from one to several columns by its own width. */
export const Default: Story = {};

/** The reality first, as the Debunking Handbook recommends: the DOM order changes too, not only the layout. */
export const FactFirst: Story = { args: { order: 'fact-first' } };

/** Each reality behind a "Show the reality" button (a disclosure; find-in-page still finds hidden text). */
export const Reveal: Story = { args: { reveal: true } };

/** Reveal mode with every reality shown (`revealAll()`). */
export const RevealedAll: Story = {
  args: { reveal: true },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<MisconceptionCard>('misconception-card')!;
    await el.updateComplete;
    el.revealAll();
  },
};

/** One card as the whole content, with a verdict, sources and a review date. */
export const SingleCard: Story = { args: { data: fullCard } };

/** A single card in fact-first order: the "Reality" label is the heading, the misconception follows it. */
export const SingleCardFactFirst: Story = { args: { data: fullCard, order: 'fact-first' } };

/** Every verdict, each a text badge with its own icon shape. */
export const Verdicts: Story = {
  args: {
    data: {
      title: 'Verdicts',
      items: (['false', 'misleading', 'mostly-false', 'mostly-true', 'unproven'] as const).map((verdict, i) => ({
        ...content.items[i % content.items.length]!,
        id: `verdict-${verdict}`,
        verdict,
      })),
    },
  },
};

/** Labels in words only, with no icons. */
export const NoIcons: Story = { args: { icons: 'none', data: fullCard } };

/** Source URLs that the URL policy refuses stay visible as text, never as links. */
export const UnsafeSources: Story = {
  args: {
    data: {
      ...fullCard,
      sources: [
        { label: 'A safe link', url: 'https://asean.org' },
        { label: 'A javascript: URL, shown as text', url: 'javascript:alert(1)' },
      ],
    },
  },
};

/** Realities and the intro take a small Markdown subset. */
export const RichText: Story = {
  args: {
    data: {
      title: 'Rich realities',
      intro: 'Realities can use *emphasis*, **strong** text and [links](https://asean.org).',
      items: [{ misconception: 'ASEAN only talks.', reality: 'It also acts:\n\n- maritime cooperation\n- disaster relief\n- **binding** trade agreements' }],
    },
  },
};

/** Content from a URL (`src`), with its loading state while it arrives. */
export const FromSrc: Story = {
  render: () => html`<misconception-card src="/content/asean-germany/misconception-card.json"></misconception-card>`,
};

/** Content from an inline JSON script, as a CMS would emit it. */
export const InlineJson: Story = {
  render: () => html`<misconception-card>
    <script type="application/json">
      {"misconception": "Cards need JavaScript glue.", "reality": "An inline JSON script is enough.", "verdict": "false"}
    </script>
  </misconception-card>`,
};

/** A URL that fails: the error state names the problem and offers a retry. */
export const LoadError: Story = {
  render: () => html`<misconception-card src="/content/missing.json"></misconception-card>`,
};

/** Content that is not valid: a visible error that names the field. */
export const InvalidContent: Story = { args: { data: { ...content.items[0], verdict: 'pants-on-fire' } } };

/** Some cards invalid (an unknown verdict, an impossible date): they are dropped and reported, the rest render. */
export const ItemErrors: Story = {
  args: {
    data: {
      title: 'Partly broken',
      items: [content.items[0], { ...content.items[1], verdict: 'maybe' }, { ...content.items[2], reviewed: '2026-02-30' }],
    },
  },
};

/** German labels, verdicts and dates through the provider. */
export const German: Story = {
  render: () => html`<explainer-provider locale="de">
    <misconception-card reveal .data=${{ ...fullCard, misconception: 'Deutschland leistet nur Wirtschaftshilfe.', reality: 'Auch die Sicherheitszusammenarbeit wächst.' }}></misconception-card>
  </explainer-provider>`,
};

/** At 320px the set is one column. */
export const Narrow: Story = {
  render: (args) => html`<div style="width: 320px"><misconception-card .data=${args.data}></misconception-card></div>`,
};

/** Many cards: one element renders them all. */
export const ManyCards: Story = {
  args: {
    data: {
      title: '60 cards',
      items: Array.from({ length: 60 }, (_, i) => ({ ...content.items[i % 3]!, id: `card-${i}` })),
    },
  },
};

/** Arabic, right to left. */
export const RightToLeft: Story = {
  render: () => html`<div dir="rtl" lang="ar">
    <misconception-card .data=${{ misconception: 'أوروبا بعيدة جدًا عن أمن المحيطين الهندي والهادئ.', reality: 'تمر معظم تجارة أوروبا عبر المحيطين الهندي والهادئ.', verdict: 'false' }}></misconception-card>
  </div>`,
};

/** On a dark page: the component follows the page's colours. */
export const DarkPage: Story = {
  render: () => html`<div style="background:#111827;color:#f3f4f6;color-scheme:dark;padding:1rem;--explainer-accent-color:#93c5fd;--explainer-focus-color:#fbbf24">
    <misconception-card reveal .data=${{ ...content, items: [{ ...fullCard, id: 'full-card' }, ...content.items] }}></misconception-card>
  </div>`,
};

/** Themed through tokens and parts only. */
export const Themed: Story = {
  render: () => html`<style>
      .themed-cards {
        --explainer-card-background: #f8fafc;
        --explainer-card-border: 2px solid #0f766e;
        --explainer-card-radius: 1rem;
        --explainer-card-padding: 1.25rem;
        --explainer-card-label-color: #0f5f58;
        --explainer-card-reality-color: #0f766e;
        color: #0f172a;
      }
      .themed-cards::part(misconception) {
        font-size: 1.25rem;
      }
    </style>
    <misconception-card class="themed-cards" .data=${content}></misconception-card>`,
};
