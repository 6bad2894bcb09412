import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { FaqContent } from '../src/index.js';
import faq from '../examples/content/asean-germany/faq-accordion.json';

interface Args {
  data: unknown;
  single: boolean;
  'copy-links': boolean;
  'heading-level': number;
  print: 'expanded' | 'as-is';
}

const content = faq as FaqContent;

const meta: Meta<Args> = {
  title: 'Components/FAQ accordion',
  component: 'faq-accordion',
  args: { data: content, single: false, 'copy-links': false, 'heading-level': 2, print: 'expanded' },
  render: (args) => html`<faq-accordion
    .data=${args.data}
    ?single=${args.single}
    ?copy-links=${args['copy-links']}
    heading-level=${args['heading-level']}
    print=${args.print}
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
  render: () => html`
    <faq-accordion lang="th" .data=${{ title: 'คำถามที่พบบ่อย', items: [{ question: 'ทำไมการประชุมนี้จึงสำคัญ?', answer: 'เป็นสัญญาณของความร่วมมือด้านความมั่นคง', open: true }] }}></faq-accordion>
    <faq-accordion lang="vi" .data=${{ title: 'Câu hỏi thường gặp', items: [{ question: 'Vì sao cuộc gặp này quan trọng?', answer: 'Nó cho thấy một quan hệ đối tác an ninh chiến lược.', open: true }] }}></faq-accordion>
    <div dir="rtl" lang="ar">
      <faq-accordion .data=${{ title: 'الأسئلة الشائعة', items: [{ question: 'لماذا هذا الاجتماع مهم؟', answer: 'إنه يشير إلى شراكة أمنية استراتيجية.', open: true }] }}></faq-accordion>
    </div>
  `,
};

/** German labels through the provider. */
export const German: Story = {
  render: (args) => html`<explainer-provider locale="de"><faq-accordion .data=${args.data}></faq-accordion></explainer-provider>`,
};

/** On a dark page: the component follows the page's colours. */
export const DarkPage: Story = {
  render: (args) => html`<div style="background:#111827;color:#f3f4f6;color-scheme:dark;padding:1rem;--explainer-accent-color:#93c5fd;--explainer-focus-color:#fbbf24">
    <faq-accordion .data=${args.data}></faq-accordion>
  </div>`,
};
