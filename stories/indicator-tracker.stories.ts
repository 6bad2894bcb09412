import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { TrackerContent } from '../src/indicator-tracker.js';
import seedJson from '../examples/content/asean-germany/indicator-tracker.json';
import fullJson from '../examples/content/indicator-tracker-full.json';
import { answerButton, heldSrc, HELD_TIMEOUT, holdRequests } from './held-fetch.js';
import { onDarkPage, withoutContent } from './story-helpers.js';

interface Args {
  data: unknown;
  filterable: boolean;
  filter: string;
  now: string;
  'heading-level': number;
}

const seed = seedJson as TrackerContent;
const full = fullJson as TrackerContent;

/** The clock the full example is read against, so "Review overdue" and relative dates stay the same. */
const NOW = '2026-03-15';

const meta: Meta<Args> = {
  title: 'Components/Indicator tracker',
  component: 'indicator-tracker',
  args: { data: seed, filterable: false, filter: '', now: '', 'heading-level': 2 },
  render: (args) => html`<indicator-tracker
    .data=${args.data}
    ?filterable=${args.filterable}
    .filter=${args.filter || undefined}
    now=${args.now}
    heading-level=${args['heading-level']}
  ></indicator-tracker>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The seed article's indicators: a label and a description each, nothing else shown. */
export const Default: Story = {};

/** A full tracker (fictional data): custom statuses, trends, progress, dates, overdue reviews and evidence. */
export const FullExample: Story = { args: { data: full, now: NOW } };

/** The status filter, with counts; picking a status fires `explainer-filter`. */
export const Filterable: Story = { args: { data: full, now: NOW, filterable: true } };

/** Filtered from outside through the `filter` attribute. */
export const Filtered: Story = { args: { data: full, now: NOW, filterable: true, filter: 'on-track' } };

/** Every default status: a text tag with an icon whose shape follows its tone, and the summary of counts. */
export const DefaultStatuses: Story = {
  args: {
    data: {
      title: 'Default statuses',
      indicators: ['not-started', 'watching', 'emerging', 'on-track', 'achieved', 'stalled', 'insufficient-data'].map((status) => ({
        label: `An indicator that is ${status.replace('-', ' ')}`,
        description: `Its status key is \`${status}\`.`,
        status,
      })),
    },
    filterable: true,
  },
};

/** Every tone of a custom status vocabulary. */
export const CustomStatuses: Story = {
  args: {
    data: {
      title: 'Custom statuses',
      statuses: {
        planned: { label: 'Planned', tone: 'neutral' },
        started: { label: 'Started', tone: 'info' },
        done: { label: 'Done', tone: 'positive' },
        delayed: { label: 'Delayed', tone: 'warning' },
        cancelled: { label: 'Cancelled', tone: 'negative' },
      },
      indicators: ['planned', 'started', 'done', 'delayed', 'cancelled'].map((status) => ({ label: `Step ${status}`, description: 'A step of the roadmap.', status })),
    },
  },
};

/** Trends say whether their direction is good, from `better`. */
export const Trends: Story = {
  args: {
    data: {
      indicators: [
        { label: 'Rising, good', description: 'More joint statements.', trend: { direction: 'up', better: 'up' } },
        { label: 'Falling, bad', description: 'Fewer visits.', trend: { direction: 'down', better: 'up' } },
        { label: 'Falling, good', description: 'Fewer piracy incidents.', trend: { direction: 'down', better: 'down' } },
        { label: 'Rising, bad', description: 'More incidents at sea.', trend: { direction: 'up', better: 'down' } },
        { label: 'Rising, no judgement', description: 'More port calls.', trend: { direction: 'up' } },
        { label: 'Steady', description: 'As many workshops as last year.', trend: { direction: 'flat' } },
      ],
    },
  },
};

/**
 * Progress always shows its value, as text and in the bar's `aria-valuetext`: "4 of 10" when the content gives `max`,
 * else a percentage; `label` names what is counted ("Negotiating rounds held: 4 of 10"), else "Progress:".
 */
export const Progress: Story = {
  args: {
    data: {
      indicators: [
        { label: 'Percentage', description: 'No max, no label: “Progress: 45%”.', progress: { value: 45 } },
        { label: 'Counted', description: 'With max and label.', progress: { value: 4, max: 10, label: 'Negotiating rounds held' } },
        { label: 'Out of a maximum', description: 'With max, no label: “Progress: 3 of 10”.', progress: { value: 3, max: 10 } },
        { label: 'Not started', description: 'At zero.', progress: { value: 0 } },
        { label: 'Complete', description: 'At max, with a label.', progress: { value: 4, max: 4, label: 'Workshops held' } },
      ],
    },
  },
};

/** Dates, absolute and relative, against a fixed clock; a past next review shows "Review overdue". */
export const Dates: Story = {
  args: {
    now: NOW,
    data: {
      indicators: [
        { label: 'Recently updated', description: 'Review coming up.', updated: '2026-03-12', nextReview: '2026-03-29' },
        { label: 'Review overdue', description: 'The review date has passed.', updated: '2025-11-18', nextReview: '2026-01-15' },
        { label: 'Review due today', description: 'Not overdue yet.', nextReview: NOW },
      ],
    },
  },
};

/** Evidence: a disclosure per indicator with a timeline, newest first; an unsafe link is shown as text. */
export const Evidence: Story = {
  args: {
    now: NOW,
    data: {
      indicators: [
        {
          label: 'Joint Statements',
          description: 'Communiqués that mention defence cooperation.',
          evidence: [
            { date: '2025-06-12', text: 'A joint press release mentions *security cooperation*.' },
            { date: '2026-02-18', text: 'A communiqué commits to a roadmap.', url: 'https://example.org/communique' },
            { date: '2025-10-28', text: 'A link that is refused stays visible as text.', url: 'javascript:alert(1)' },
          ],
        },
      ],
    },
  },
};

/** Without a title, indicator headings take `heading-level`. */
export const NoTitle: Story = { args: { data: { indicators: seed.indicators }, 'heading-level': 3 } };

/** Inside a page section: `heading-level="3"` puts the title at h3 and the indicator headings at h4. */
export const HeadingLevel: Story = {
  args: { 'heading-level': 3 },
  render: (args) => html`<section>
    <h2>What to watch</h2>
    <indicator-tracker .data=${args.data} heading-level=${args['heading-level']}></indicator-tracker>
  </section>`,
};

/** No indicators: the error state says the list is empty. An element with no content at all renders nothing. */
export const Empty: Story = {
  args: { data: { title: seed.title, indicators: [] } },
  render: (args) => html`<indicator-tracker .data=${args.data}></indicator-tracker>${withoutContent(html`<indicator-tracker></indicator-tracker>`)}`,
};

/** Long labels, descriptions, progress wording and evidence, an unbroken word and a long link: everything wraps. */
export const LongContent: Story = {
  args: {
    now: NOW,
    data: {
      title: 'The Path Forward: Milestones and Expectations, Including Everything That Could Possibly Be Tracked',
      indicators: [
        {
          label: 'Joint statements that specifically mention defence cooperation or maritime security in the ASEAN–Germany relationship',
          description: `${seed.indicators.map((i) => i.description).join(' ')} Donaudampfschifffahrtsgesellschaftskapitänsmütze is one unbroken word.`,
          status: 'on-track',
          trend: { direction: 'up', better: 'up' },
          progress: { value: 2, max: 3, label: 'Two of the three statements planned for the current ministerial cycle have been issued' },
          updated: '2026-02-20',
          nextReview: '2026-01-30',
          evidence: [
            {
              date: '2026-02-18',
              text: 'A communiqué after the ministerial meeting commits both sides to a roadmap for defence cooperation, maritime security and cyber resilience.',
              url: 'https://example.org/asean-germany/maritime-security/2026/capacity-building/final-report-with-annexes.pdf',
            },
          ],
        },
        ...seed.indicators.slice(1),
      ],
    },
  },
};

/** Many indicators: one element renders them all. */
export const ManyItems: Story = {
  args: {
    now: NOW,
    filterable: true,
    data: {
      title: '120 indicators',
      indicators: Array.from({ length: 120 }, (_, i) => ({
        id: `indicator-${i + 1}`,
        label: `Indicator ${i + 1}`,
        description: seed.indicators[i % seed.indicators.length]!.description,
        status: ['not-started', 'watching', 'emerging', 'on-track', 'achieved', 'stalled', 'insufficient-data'][i % 7],
        progress: { value: (i * 7) % 101 },
      })),
    },
  },
};

/** Thai, Vietnamese and Arabic (right to left) content; the `lang` comes from the page (labels fall back to English). */
export const Unicode: Story = {
  render: () => html`<div style="display: grid; gap: 2rem">
    <indicator-tracker lang="th" now=${NOW} .data=${{
      title: 'ตัวชี้วัดความคืบหน้า',
      indicators: [
        { label: 'แถลงการณ์ร่วม', description: 'แถลงการณ์อย่างเป็นทางการที่กล่าวถึง “ความร่วมมือด้านกลาโหม” หรือ “ความมั่นคงทางทะเล”', status: 'on-track', updated: '2026-02-20' },
        { label: 'การเยือนระหว่างกองทัพ', description: 'ความถี่ของการเยือนระหว่างบุนเดสแวร์ของเยอรมนีกับกระทรวงกลาโหมของประเทศสมาชิกอาเซียน', status: 'watching' },
      ],
    }}></indicator-tracker>
    <indicator-tracker lang="vi" now=${NOW} .data=${{
      title: 'Các chỉ số tiến triển',
      indicators: [
        { label: 'Tuyên bố chung', description: 'Các thông cáo chính thức nhắc đến “hợp tác quốc phòng” hoặc “an ninh hàng hải”.', status: 'emerging', progress: { value: 1, max: 3, label: '1 trên 3 tuyên bố' } },
        { label: 'Mua sắm quốc phòng', description: 'Việc các nước ASEAN mua công nghệ quốc phòng của Đức tăng lên.', status: 'not-started' },
      ],
    }}></indicator-tracker>
    <div dir="rtl" lang="ar">
      <indicator-tracker now=${NOW} .data=${{
        title: 'مؤشرات التقدم',
        indicators: [
          { label: 'البيانات المشتركة', description: 'بيانات رسمية تذكر «التعاون الدفاعي» أو «الأمن البحري».', status: 'on-track', progress: { value: 2, max: 3 } },
          { label: 'الزيارات العسكرية', description: 'زيارات متزايدة بين الجيش الألماني ووزارات الدفاع في دول آسيان.', status: 'stalled', trend: { direction: 'down', better: 'up' } },
        ],
      }}></indicator-tracker>
    </div>
  </div>`,
};

/** German labels, dates and numbers through the provider. */
export const German: Story = {
  args: { data: full, now: NOW, filterable: true },
  render: (args) => html`<explainer-provider locale="de"
    ><indicator-tracker .data=${args.data} ?filterable=${args.filterable} now=${args.now}></indicator-tracker
  ></explainer-provider>`,
};

/** On a dark page: tones switch to their dark-scheme colours. */
export const DarkPage: Story = {
  args: { data: full, now: NOW, filterable: true },
  render: (args) => onDarkPage(html`<indicator-tracker .data=${args.data} ?filterable=${args.filterable} now=${args.now}></indicator-tracker>`),
};

/** Themed with tokens and parts. */
export const Themed: Story = {
  args: { data: full, now: NOW },
  render: (args) => html`<style>
      .portal-tracker {
        --explainer-tracker-tone-positive-color: #00695c;
        --explainer-tracker-tone-warning-color: #8d4b00;
        --explainer-tracker-tag-radius: 2px;
        --explainer-tracker-progress-height: 0.75rem;
        --explainer-tracker-progress-fill: #00695c;
        --explainer-tracker-divider: 2px solid #d0d7de;
      }
      .portal-tracker::part(indicator-heading) {
        font-family: Georgia, serif;
      }
      .portal-tracker::part(summary) {
        padding: 0.5rem;
        border-inline-start: 4px solid #00695c;
      }
    </style>
    <indicator-tracker class="portal-tracker" .data=${args.data} now=${args.now}></indicator-tracker>`,
};

/** Content from a URL (`src`). */
export const FromSrc: Story = {
  render: () => html`<indicator-tracker now=${NOW} src="/content/indicator-tracker-full.json"></indicator-tracker>`,
};

/**
 * The loading state (`part="loading"`, `aria-busy` on the element) while `src` is being fetched. The story holds
 * the request in the browser until you press "Answer the request" (see `stories/held-fetch.ts`: a static Storybook
 * cannot keep a request open), then the real file loads.
 */
export const Loading: Story = {
  decorators: [holdRequests],
  render: () => html`<indicator-tracker now=${NOW} src=${heldSrc('/content/indicator-tracker-full.json')} fetch-timeout=${HELD_TIMEOUT}></indicator-tracker>
    ${answerButton}`,
};

/** Content from an inline JSON script, as a CMS would emit it. */
export const InlineJson: Story = {
  render: () => html`<indicator-tracker>
    <script type="application/json">
      {"title": "From the page", "indicators": [{"label": "Inline", "description": "No JavaScript glue needed.", "status": "achieved"}]}
    </script>
  </indicator-tracker>`,
};

/** A URL that fails: the error state names the problem and offers a retry. */
export const LoadError: Story = {
  render: () => html`<indicator-tracker src="/content/missing.json"></indicator-tracker>`,
};

/** Content that is not valid: a visible error that names the field. */
export const InvalidContent: Story = { args: { data: { title: 'Broken', indicators: 'not a list' } } };

/** Some indicators invalid (unknown status, bad date, out-of-range progress): dropped and reported, the rest render. */
export const ItemErrors: Story = {
  args: {
    data: {
      title: 'Partly broken',
      indicators: [
        seed.indicators[0],
        { label: 'Unknown status', description: 'x', status: 'done' },
        { label: 'Bad date', description: 'x', updated: '2026-02-30' },
        { label: 'Too much progress', description: 'x', progress: { value: 120 } },
        seed.indicators[1],
      ],
    },
  },
};
