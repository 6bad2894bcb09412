import type { Labels } from '../../internal/context/settings.js';

/** UI labels of `<faq-accordion>`, in English (other languages register through `src/locales/`). Override any key through `labels` or the provider. */
export const faqLabels: Labels = {
  'faq.showAll': 'Show all',
  'faq.hideAll': 'Hide all',
  'faq.allSuffix': 'answers: {title}',
  'faq.untitled': 'frequently asked questions',
  'faq.copyLink': 'Copy link to “{question}”',
  'faq.linkCopied': 'Link copied to the clipboard',
  'faq.linkNotCopied': 'The link could not be copied: {url}',
};
