import { html, type TemplateResult } from 'lit';

/**
 * A dark portal page around a story: its own background and text colour, `color-scheme: dark`, and the few tokens
 * such a page sets for its accent, links and focus ring. The components inherit the rest.
 */
const DARK_PAGE =
  'background: #111827; color: #f3f4f6; color-scheme: dark; padding: 1rem; --explainer-accent-color: #93c5fd; --explainer-link-color: #93c5fd; --explainer-focus-color: #fbbf24; --explainer-table-sticky-background: #111827';

export const onDarkPage = (content: unknown): TemplateResult => html`<div style=${DARK_PAGE}>${content}</div>`;

/** Shows that an element with no content at all renders nothing (it has no error to report). */
export const withoutContent = (element: TemplateResult): TemplateResult => html`<p>
    Below: an element with no content at all (no <code>data</code>, no <code>src</code>, no inline JSON) renders
    nothing and fires no event, until content arrives.
  </p>
  <div style="min-height: 2.5rem; border: 1px dashed; padding: 0.25rem">${element}</div>`;
