import type { Labels } from '../../internal/context/settings.js';

/**
 * UI labels of `<faq-accordion>`, in English (other languages register through `src/locales/`). Override any key
 * through `labels` or the provider.
 * - `faq.showAll`, `faq.hideAll`: the show/hide-all button; `[...]` is read by screen readers only, so the visible
 *   "Show all" is named "Show all answers: <title>" (`{title}`: the FAQ's title, else `faq.untitled`).
 * - `faq.copyLink` (`{question}`), `faq.linkCopied`, `faq.linkNotCopied` (`{url}`): the copy-link button and its outcome.
 */
export const faqLabels: Labels = {
  'faq.showAll': 'Show all[ answers: {title}]',
  'faq.hideAll': 'Hide all[ answers: {title}]',
  'faq.untitled': 'frequently asked questions',
  'faq.copyLink': 'Copy link to “{question}”',
  'faq.linkCopied': 'Link copied to the clipboard',
  'faq.linkNotCopied': 'The link could not be copied: {url}',
};
