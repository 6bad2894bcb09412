import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import wordpressPosts from '../examples/content/cms/wordpress-rest-faq.json';
import drupalNodes from '../examples/content/cms/drupal-jsonapi-fact-checks.json';

interface Args {
  /** How the content says its rich text is written: try `markdown` to see the CMS's HTML shown as text. */
  format: 'html' | 'markdown';
}

/** Layout only: the CMS response beside the component, stacked on narrow screens. */
const styles = html`<style>
  .from-cms {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 28rem), 1fr));
    gap: 2rem;
    padding: 1rem;
    line-height: 1.5;
  }
  .from-cms pre {
    margin: 0;
    font-size: 0.8125rem;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
</style>`;

/** A WordPress REST post of a custom "faq" type: only the fields the mapping reads. */
interface WordPressPost {
  slug: string;
  title: { rendered: string };
  content: { rendered: string };
}

/** A Drupal JSON:API node of a "fact_check" type: only the fields the mapping reads. */
interface DrupalNode {
  attributes: { title: string; path: { alias: string }; body: { processed: string }; field_verdict: string; field_reviewed: string };
}

const posts = wordpressPosts as WordPressPost[];
const nodes = (drupalNodes as { data: DrupalNode[] }).data;

const meta: Meta<Args> = {
  title: 'From a CMS (HTML content)',
  args: { format: 'html' },
  argTypes: { format: { control: 'inline-radio', options: ['html', 'markdown'] } },
};
export default meta;

type Story = StoryObj<Args>;

/**
 * A WordPress site's FAQ posts from its REST API (`/wp/v2/faq`), mapped to `<faq-accordion>` content with no hand
 * editing: `title.rendered` (with character references such as `&#8217;`) becomes the question, `content.rendered`
 * (paragraphs, block comments, an image with its caption, a list, an embedded video) the answer, and the content says
 * `"format": "html"`. The answer keeps the subset (paragraphs, strong, emphasis, links, lists); the image and the
 * video go; the caption stays as text.
 */
export const WordPress: Story = {
  render: ({ format }) => {
    const content = {
      format,
      title: 'Frequently Asked Questions',
      items: posts.map((post, i) => ({ id: post.slug, question: post.title.rendered, answer: post.content.rendered, open: i === 0 })),
    };
    return html`${styles}
      <div class="from-cms">
        <section aria-label="WordPress REST response">
          <h2>GET /wp-json/wp/v2/faq</h2>
          <pre tabindex="0">${JSON.stringify(posts.map(({ slug, title, content: body }) => ({ slug, title, content: body })), null, 2)}</pre>
        </section>
        <faq-accordion .data=${content}></faq-accordion>
      </div>`;
  },
};

/**
 * A Drupal site's fact checks from JSON:API (`/jsonapi/node/fact_check`), mapped to `<misconception-card>` content:
 * the node title is the misconception, `body.processed` (paragraphs, a list, links, a line break and a
 * `<drupal-media>` embed) the reality, and two fields give the verdict and the review date.
 */
export const Drupal: Story = {
  render: ({ format }) => {
    const content = {
      format,
      title: 'Addressing Common Misconceptions',
      items: nodes.map(({ attributes: a }) => ({
        id: a.path.alias.split('/').pop(),
        misconception: a.title,
        reality: a.body.processed,
        verdict: a.field_verdict,
        reviewed: a.field_reviewed,
      })),
    };
    return html`${styles}
      <div class="from-cms">
        <section aria-label="Drupal JSON:API response">
          <h2>GET /jsonapi/node/fact_check</h2>
          <pre tabindex="0">${JSON.stringify(nodes.map(({ attributes: { title, body } }) => ({ title, body: { processed: body.processed } })), null, 2)}</pre>
        </section>
        <misconception-card .data=${content}></misconception-card>
      </div>`;
  },
};
