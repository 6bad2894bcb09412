import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { CooperationTableContent } from '../src/cooperation-table.js';
import seedJson from '../examples/content/asean-germany/cooperation-table.json';
import spreadsheetJson from '../examples/content/cooperation-table-spreadsheet.json';
import { answerButton, heldSrc, HELD_TIMEOUT, holdRequests } from './held-fetch.js';
import { onDarkPage, withoutContent } from './story-helpers.js';

interface Args {
  data: unknown;
  sortable: boolean;
  sort: string;
  filterable: boolean;
  query: string;
  downloadable: boolean;
  'download-name': string;
  highlight: string;
  layout: 'auto' | 'table' | 'stacked';
  'sticky-row-header': boolean;
  'heading-level': number;
}

const seed = seedJson as CooperationTableContent;
const spreadsheet = spreadsheetJson as CooperationTableContent;

/** Fictional programme data with a number and a date column, to show typed sorting. */
const programmes: CooperationTableContent = {
  title: 'Cooperation programmes',
  caption: 'Programmes by budget and start date (fictional figures)',
  columns: [
    { key: 'programme', label: 'Programme', rowHeader: true, sortable: true },
    { key: 'partner', label: 'Lead partner', sortable: true },
    { key: 'budget', label: 'Budget (EUR m)', type: 'number', sortable: true },
    { key: 'start', label: 'Start', type: 'date', sortable: true },
    { key: 'status', label: 'Status' },
  ],
  rows: [
    { programme: 'Coastal patrol training', partner: 'Indonesia', budget: '12.5', start: '2024-03-01', status: 'Running' },
    { programme: 'Cyber incident response', partner: 'Singapore', budget: '8', start: '2025-01-15', status: 'Running' },
    { programme: 'Disaster logistics hub', partner: 'Philippines', budget: '21.75', start: '2023-09', status: 'Extended' },
    { programme: 'Legal dialogue on UNCLOS', partner: 'Viet Nam', budget: '1.2', start: '2026', status: 'Planned' },
    { programme: 'Peacekeeping exchange', partner: 'Malaysia', budget: 'n/a', start: '', status: 'Under review' },
  ],
  notes: 'Budgets are *illustrative*; see the [seed article](https://asean.org) for the real partnership.',
};

/** Many columns: wider than a phone and most laptops. */
const wide: CooperationTableContent = {
  title: 'Pillars across ten member states',
  columns: [
    { key: 'area', label: 'Cooperation Area', rowHeader: true },
    ...['Brunei', 'Cambodia', 'Indonesia', 'Laos', 'Malaysia', 'Myanmar', 'Philippines', 'Singapore', 'Thailand', 'Viet Nam'].map((country) => ({
      key: country.toLowerCase().replace(/\s+/g, '-'),
      label: country,
    })),
  ],
  rows: seed.rows.map((row) => ({
    area: row.area!,
    ...Object.fromEntries(
      ['brunei', 'cambodia', 'indonesia', 'laos', 'malaysia', 'myanmar', 'philippines', 'singapore', 'thailand', 'viet-nam'].map((key, i) => [
        key,
        i % 3 === 0 ? 'Joint exercises' : i % 3 === 1 ? 'Training programme' : 'Dialogue only',
      ]),
    ),
  })),
};

/** A long table: one element renders every row. */
const large: CooperationTableContent = {
  title: '1,000 rows',
  columns: [
    { key: 'id', label: 'Project', rowHeader: true },
    { key: 'area', label: 'Area' },
    { key: 'amount', label: 'Amount', type: 'number' },
    { key: 'date', label: 'Date', type: 'date' },
  ],
  rows: Array.from({ length: 1000 }, (_, i) => ({
    id: `Project ${i + 1}`,
    area: seed.rows[i % seed.rows.length]!.area!,
    amount: String((i * 7919) % 5000),
    date: `20${10 + (i % 16)}-${String((i % 12) + 1).padStart(2, '0')}-01`,
  })),
};

const meta: Meta<Args> = {
  title: 'Components/Cooperation table',
  component: 'cooperation-table',
  args: {
    data: seed,
    sortable: false,
    sort: '',
    filterable: false,
    query: '',
    downloadable: false,
    'download-name': '',
    highlight: '',
    layout: 'auto',
    'sticky-row-header': false,
    'heading-level': 2,
  },
  render: (args) => html`<cooperation-table
    .data=${args.data}
    ?sortable=${args.sortable}
    .sort=${args.sort || undefined}
    ?filterable=${args.filterable}
    .query=${args.query}
    ?downloadable=${args.downloadable}
    .downloadName=${args['download-name'] || undefined}
    .highlight=${args.highlight || undefined}
    layout=${args.layout}
    ?sticky-row-header=${args['sticky-row-header']}
    heading-level=${args['heading-level']}
  ></cooperation-table>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The seed article's table: a caption, column headers and row headers. */
export const Default: Story = {};

/** Every column sortable: a button in each header, `aria-sort` on the sorted column, the new order announced. */
export const Sortable: Story = { args: { sortable: true } };

/** Number and date columns sort by value (unreadable values last); the initial order comes from `sort`. */
export const TypedSorting: Story = { args: { data: programmes, sort: 'budget:desc' } };

/**
 * Numbers from a spreadsheet: cells as a spreadsheet or CMS export gives them, JSON numbers and `null`
 * (`examples/content/cooperation-table-spreadsheet.json`, fictional data). Numbers show in the reader's number format
 * (switch the locale with a provider or the page's `lang`), every decimal kept; columns of numbers align at the end
 * and sort by value with no `type`; "Review score" mixes numbers and text (numbers first); "Start" is a date column,
 * where a number is a year. The CSV has the numbers as written (`-2.25`, with no formula guard).
 */
export const NumbersFromASpreadsheet: Story = {
  name: 'Numbers from a spreadsheet',
  args: { data: spreadsheet, sort: 'budget_eur_m:desc', filterable: true, downloadable: true, 'sticky-row-header': true },
};

/** The same spreadsheet in German: `12,5`, `1.234.567`, `-2,25`; sorting and the CSV are unchanged. */
export const NumbersFromASpreadsheetGerman: Story = {
  name: 'Numbers from a spreadsheet (German)',
  render: () => html`<explainer-provider locale="de">
    <cooperation-table .data=${spreadsheet} sortable filterable downloadable sticky-row-header></cooperation-table>
  </explainer-provider>`,
};

/** The stacked layout: each row a card labelled by its column headers, sorting through a control above. */
export const Stacked: Story = { args: { sortable: true, layout: 'stacked' } };

/** In a narrow container the table stacks by itself: the breakpoint is the component's width, not the viewport's. */
export const NarrowContainer: Story = {
  args: { sortable: true },
  render: (args) => html`<div style="max-width: 320px; border: 1px dashed; padding: 0.5rem">
    <cooperation-table .data=${args.data} ?sortable=${args.sortable}></cooperation-table>
  </div>`,
};

/** A wide table scrolls sideways in a focusable region with scroll shadows; the row headers stay in view. */
export const Wide: Story = { args: { data: wide, layout: 'table', 'sticky-row-header': true } };

/** A search box filters the rows and announces how many match. */
export const Filterable: Story = { args: { data: programmes, filterable: true } };

/** Filtered from outside through `query`. */
export const FilterQuery: Story = { args: { data: programmes, filterable: true, query: 'running' } };

/** A filter that matches no row: a message says so (`part="no-results"`); the header row stays. */
export const NoResults: Story = { args: { data: programmes, filterable: true, query: 'no such programme' } };

/** A "Download CSV" button exports the rows as shown, under the file name `download-name`. */
export const Downloadable: Story = { args: { data: programmes, downloadable: true, filterable: true, 'download-name': 'programmes.csv' } };

/** One column emphasised (with side rules, not colour alone). */
export const Highlight: Story = { args: { highlight: 'benefit' } };

/** Cells and notes take the rich-text subset. */
export const RichText: Story = {
  args: {
    data: {
      ...seed,
      rows: [
        { area: 'Maritime Security', contribution: 'Expertise in **UNCLOS** and patrol technology', benefit: '- Territorial monitoring\n- Legal clarity' },
        ...seed.rows.slice(1),
      ],
      notes: ['Source: the *ASEAN-Germany* explainer.', 'See also [ASEAN](https://asean.org).'],
    },
  },
};

/** A thousand rows, sortable and filterable: one element renders them all. */
export const ManyItems: Story = { args: { data: large, sortable: true, filterable: true } };

/** Content from a URL (`src`). */
export const FromSrc: Story = {
  render: () => html`<cooperation-table src="/content/asean-germany/cooperation-table.json" sortable></cooperation-table>`,
};

/**
 * The loading state (`part="loading"`, `aria-busy` on the element) while `src` is being fetched. The story holds
 * the request in the browser until you press "Answer the request" (see `stories/held-fetch.ts`: a static Storybook
 * cannot keep a request open), then the real file loads.
 */
export const Loading: Story = {
  decorators: [holdRequests],
  render: () => html`<cooperation-table src=${heldSrc('/content/asean-germany/cooperation-table.json')} fetch-timeout=${HELD_TIMEOUT}></cooperation-table>
    ${answerButton}`,
};

/** Content from an inline JSON script, as a CMS would emit it. */
export const InlineJson: Story = {
  render: () => html`<cooperation-table>
    <script type="application/json">
      {"caption": "From the page", "columns": [{"key": "a", "label": "Area", "rowHeader": true}, {"key": "b", "label": "Benefit"}], "rows": [{"a": "Inline", "b": "No JavaScript glue needed"}]}
    </script>
  </cooperation-table>`,
};

/** A URL that fails: the error state names the problem and offers a retry. */
export const LoadError: Story = {
  render: () => html`<cooperation-table src="/content/missing.json"></cooperation-table>`,
};

/** Content that is not valid: a visible error that names the field. */
export const InvalidContent: Story = { args: { data: { title: 'Broken', columns: 'not a list', rows: [] } } };

/** Some rows invalid: they are dropped and reported, the rest render. */
export const ItemErrors: Story = {
  args: { data: { ...seed, rows: [...seed.rows.slice(0, 2), { area: 'Bad', benefit: 42 }, 'not a row', ...seed.rows.slice(2)] } },
};

/** No rows: the error state says the list is empty. An element with no content at all renders nothing. */
export const Empty: Story = {
  args: { data: { ...seed, rows: [] } },
  render: (args) => html`<cooperation-table .data=${args.data}></cooperation-table>${withoutContent(html`<cooperation-table></cooperation-table>`)}`,
};

/** Long cells, a long caption, an unbroken word and a long link wrap inside their cells; nothing overflows the page. */
export const LongContent: Story = {
  args: {
    sortable: true,
    data: {
      ...seed,
      caption: `${seed.caption!}: ${'a caption long enough to wrap over several lines on a narrow screen, '.repeat(2)}and end.`,
      rows: [
        {
          area: 'Maritime Security, Freedom of Navigation and the Peaceful Settlement of Disputes under UNCLOS',
          contribution: `${seed.rows[0]!.contribution!}. ${'Technical capacity, training of coast guards, shared maritime domain awareness and legal advice. '.repeat(3)}`,
          benefit: 'Donaudampfschifffahrtsgesellschaftskapitänsmütze: one unbroken word. See [a long link](https://example.org/asean-germany/maritime-security/2026/capacity-building/final-report-with-annexes.pdf).',
        },
        ...seed.rows.slice(1),
      ],
    },
  },
};

/** Thai, Vietnamese and Arabic (right to left) content; the `lang` comes from the page. */
export const Unicode: Story = {
  render: () => html`<div style="display: grid; gap: 2rem">
    <cooperation-table lang="th" .data=${{
      title: 'เสาหลักของความร่วมมือด้านความมั่นคงอาเซียน–เยอรมนี',
      columns: [
        { key: 'area', label: 'ด้านความร่วมมือ', rowHeader: true },
        { key: 'contribution', label: 'สิ่งที่เยอรมนีมอบให้' },
        { key: 'benefit', label: 'ประโยชน์ต่ออาเซียน' },
      ],
      rows: [
        { area: 'ความมั่นคงทางทะเล', contribution: 'ความเชี่ยวชาญด้าน UNCLOS และเทคโนโลยีการลาดตระเวน', benefit: 'การเฝ้าระวังน่านน้ำที่ดีขึ้นและความชัดเจนทางกฎหมาย' },
        { area: 'การป้องกันทางไซเบอร์', contribution: 'การเข้ารหัสขั้นสูงและข่าวกรองภัยคุกคาม', benefit: 'การปกป้องโครงสร้างพื้นฐานดิจิทัลที่สำคัญ' },
      ],
    }}></cooperation-table>
    <cooperation-table lang="vi" sortable .data=${{
      title: 'Các trụ cột hợp tác an ninh ASEAN–Đức',
      columns: [
        { key: 'area', label: 'Lĩnh vực hợp tác', rowHeader: true },
        { key: 'contribution', label: 'Đóng góp của Đức' },
        { key: 'benefit', label: 'Lợi ích cho ASEAN' },
      ],
      rows: [
        { area: 'An ninh hàng hải', contribution: 'Chuyên môn về UNCLOS và công nghệ tuần tra', benefit: 'Giám sát lãnh hải tốt hơn, rõ ràng về pháp lý' },
        { area: 'Phòng thủ mạng', contribution: 'Mã hóa tiên tiến và tình báo về mối đe dọa', benefit: 'Bảo vệ hạ tầng số trọng yếu' },
      ],
    }}></cooperation-table>
    <div dir="rtl" lang="ar">
      <cooperation-table .data=${{
        title: 'ركائز التعاون الأمني بين آسيان وألمانيا',
        columns: [
          { key: 'area', label: 'مجال التعاون', rowHeader: true },
          { key: 'contribution', label: 'المساهمة الألمانية' },
          { key: 'benefit', label: 'الفائدة لآسيان' },
        ],
        rows: [
          { area: 'الأمن البحري', contribution: 'خبرة تقنية في اتفاقية الأمم المتحدة لقانون البحار وتقنيات الدوريات', benefit: 'مراقبة أفضل للمياه الإقليمية ووضوح قانوني' },
          { area: 'الدفاع السيبراني', contribution: 'تشفير متقدم ومعلومات عن التهديدات', benefit: 'حماية البنية التحتية الرقمية الحيوية' },
        ],
      }}></cooperation-table>
    </div>
  </div>`,
};

/** Inside a page section: `heading-level="3"` puts the title at h3. */
export const HeadingLevel: Story = {
  args: { 'heading-level': 3 },
  render: (args) => html`<section>
    <h2>How the partnership works</h2>
    <cooperation-table .data=${args.data} heading-level=${args['heading-level']}></cooperation-table>
  </section>`,
};

/** German labels through the provider. */
export const German: Story = {
  render: (args) => html`<explainer-provider locale="de">
    <cooperation-table .data=${args.data} sortable filterable downloadable></cooperation-table>
  </explainer-provider>`,
};

/** Right to left: sticky column, shadows and alignment follow the text direction. */
export const RightToLeft: Story = {
  render: () => html`<div dir="rtl" lang="ar" style="max-width: 32rem">
    <cooperation-table .data=${wide} layout="table" sticky-row-header></cooperation-table>
  </div>`,
};

/** On a dark page: the component follows the page's colours. */
export const DarkPage: Story = {
  render: (args) => onDarkPage(html`<cooperation-table .data=${args.data} sortable filterable highlight="benefit"></cooperation-table>`),
};
