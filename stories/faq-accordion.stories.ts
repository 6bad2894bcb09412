import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { FaqContent } from '../src/index.js';
import faq from '../examples/content/asean-germany/faq-accordion.json';
import { answerButton, heldSrc, HELD_TIMEOUT, holdRequests } from './held-fetch.js';
import { onDarkPage, withoutContent } from './story-helpers.js';

interface Args {
  data: unknown;
  single: boolean;
  'copy-links': boolean;
  'heading-level': number;
  print: 'expanded' | 'as-is';
  /** Adds the FAQPage JSON-LD script after the element (invisible: see it in the DOM inspector). */
  'structured-data': boolean;
}

const content = faq as FaqContent;

const meta: Meta<Args> = {
  title: 'Components/FAQ accordion',
  component: 'faq-accordion',
  args: { data: content, single: false, 'copy-links': false, 'heading-level': 2, print: 'expanded', 'structured-data': false },
  render: (args) => html`<faq-accordion
    .data=${args.data}
    ?single=${args.single}
    ?copy-links=${args['copy-links']}
    heading-level=${args['heading-level']}
    print=${args.print}
    ?structured-data=${args['structured-data']}
  ></faq-accordion>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The example explainer's FAQ. */
export const Default: Story = {};

/** Only one answer open at a time. */
export const SingleOpen: Story = { args: { single: true } };

/** A "copy link" button in each open answer; the URL hash opens an item (try `#zeitenwende`). */
export const CopyLinks: Story = {
  args: { 'copy-links': true, data: { ...content, items: content.items.map((item, i) => ({ ...item, open: i === 0 })) } },
};

/** An item can start open. */
export const StartsOpen: Story = {
  args: { data: { ...content, items: content.items.map((item, i) => ({ ...item, open: i === 1 })) } },
};

/** Answers and the intro take a small Markdown subset: emphasis, strong, code, links and lists. */
export const RichText: Story = {
  args: {
    data: {
      title: 'Rich answers',
      intro: 'Answers can use *emphasis*, **strong** text, `code` and [links](https://asean.org).',
      items: [
        {
          question: 'What does the partnership cover?',
          answer: 'Three areas:\n\n- maritime security\n- cyber defence\n- disaster relief\n\nSee the [ASEAN Secretariat](https://asean.org) for details.',
          open: true,
        },
        { question: 'Which steps come first?', answer: '1. Joint statements\n2. Training programmes\n3. Procurement' },
      ],
    },
  },
};

/** Content from a URL (`src`), with its loading state while it arrives. */
export const FromSrc: Story = {
  render: () => html`<faq-accordion src="/content/asean-germany/faq-accordion.json"></faq-accordion>`,
};

/**
 * The loading state (`part="loading"`, `aria-busy` on the element) while `src` is being fetched. The story holds
 * the request in the browser until you press "Answer the request" (see `stories/held-fetch.ts`: a static Storybook
 * cannot keep a request open), then the real file loads.
 */
export const Loading: Story = {
  decorators: [holdRequests],
  render: () => html`<faq-accordion src=${heldSrc('/content/asean-germany/faq-accordion.json')} fetch-timeout=${HELD_TIMEOUT}></faq-accordion>
    ${answerButton}`,
};

/** Content from an inline JSON script, as a CMS would emit it. */
export const InlineJson: Story = {
  render: () => html`<faq-accordion>
    <script type="application/json">
      {"title": "From the page", "items": [{"question": "Is this inline?", "answer": "Yes: no JavaScript glue needed."}]}
    </script>
  </faq-accordion>`,
};

/** A URL that fails: the error state names the problem and offers a retry. */
export const LoadError: Story = {
  render: () => html`<faq-accordion src="/content/missing.json"></faq-accordion>`,
};

/** Content that is not valid: a visible error that names the field. */
export const InvalidContent: Story = { args: { data: { title: 'Broken', items: 'not a list' } } };

/** Some items invalid: they are dropped and reported, the rest render. */
export const ItemErrors: Story = {
  args: {
    data: { title: 'Partly broken', items: [content.items[0], { question: 'No answer here' }, { question: 42, answer: 'x' }, content.items[1]] },
  },
};

/** No items: the error state says the list is empty. An element with no content at all renders nothing. */
export const Empty: Story = {
  args: { data: { title: 'Frequently Asked Questions', items: [] } },
  render: (args) => html`<faq-accordion .data=${args.data}></faq-accordion>${withoutContent(html`<faq-accordion></faq-accordion>`)}`,
};

/** Many items: one element renders them all. */
export const ManyItems: Story = {
  args: {
    data: {
      title: '200 questions',
      items: Array.from({ length: 200 }, (_, i) => ({ id: `q${i}`, question: `Question ${i + 1}?`, answer: `Answer ${i + 1}.` })),
    },
  },
};

/** Long questions and answers wrap cleanly. */
export const LongContent: Story = {
  args: {
    data: {
      items: [
        {
          question: `${content.items[0]!.question} ${content.items[1]!.question} ${content.items[2]!.question}`,
          answer: content.items.map((item) => item.answer).join('\n\n'),
          open: true,
        },
      ],
    },
  },
};

/** Thai, Vietnamese and Arabic (right to left). */
export const Unicode: Story = {
  render: () => html`<div style="display: grid; gap: 2rem">
    <faq-accordion lang="th" .data=${{ title: 'คำถามที่พบบ่อย', items: [{ question: 'ทำไมการประชุมนี้จึงสำคัญ?', answer: 'เป็นสัญญาณของความร่วมมือด้านความมั่นคง', open: true }] }}></faq-accordion>
    <faq-accordion lang="vi" .data=${{ title: 'Câu hỏi thường gặp', items: [{ question: 'Vì sao cuộc gặp này quan trọng?', answer: 'Nó cho thấy một quan hệ đối tác an ninh chiến lược.', open: true }] }}></faq-accordion>
    <div dir="rtl" lang="ar">
      <faq-accordion .data=${{ title: 'الأسئلة الشائعة', items: [{ question: 'لماذا هذا الاجتماع مهم؟', answer: 'إنه يشير إلى شراكة أمنية استراتيجية.', open: true }] }}></faq-accordion>
    </div>
  </div>`,
};

/** Inside a page section: `heading-level="3"` puts the title at h3 and the questions at h4. */
export const HeadingLevel: Story = {
  args: { 'heading-level': 3 },
  render: (args) => html`<section>
    <h2>About the partnership</h2>
    <faq-accordion .data=${args.data} heading-level=${args['heading-level']}></faq-accordion>
  </section>`,
};

/**
 * Printing: by default every answer prints, open or not (`print="expanded"`); with `print="as-is"` only the open
 * ones do. Open the browser's print preview to see it; on screen nothing changes.
 */
export const PrintAsIs: Story = {
  args: { print: 'as-is', data: { ...content, items: content.items.map((item, i) => ({ ...item, open: i === 0 })) } },
};

/** German labels through the provider. */
export const German: Story = {
  render: (args) => html`<explainer-provider locale="de"><faq-accordion .data=${args.data}></faq-accordion></explainer-provider>`,
};

/** On a dark page: the component follows the page's colours. */
export const DarkPage: Story = {
  render: (args) => onDarkPage(html`<faq-accordion copy-links .data=${args.data}></faq-accordion>`),
};
