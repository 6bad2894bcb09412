import type { LabelCatalog } from '../../internal/context/labels.js';

/** UI labels of `<faq-accordion>`, by language. Override any key through `labels` or the provider. */
export const faqLabels: LabelCatalog = {
  en: {
    'faq.showAll': 'Show all',
    'faq.hideAll': 'Hide all',
    'faq.allSuffix': 'answers: {title}',
    'faq.untitled': 'frequently asked questions',
    'faq.copyLink': 'Copy link to “{question}”',
    'faq.linkCopied': 'Link copied to the clipboard',
    'faq.linkNotCopied': 'The link could not be copied: {url}',
  },
  de: {
    'faq.showAll': 'Alle anzeigen',
    'faq.hideAll': 'Alle ausblenden',
    'faq.allSuffix': 'Antworten: {title}',
    'faq.untitled': 'häufig gestellte Fragen',
    'faq.copyLink': 'Link zu „{question}“ kopieren',
    'faq.linkCopied': 'Link in die Zwischenablage kopiert',
    'faq.linkNotCopied': 'Der Link konnte nicht kopiert werden: {url}',
  },
};
