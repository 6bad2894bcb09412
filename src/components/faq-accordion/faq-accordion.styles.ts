import { css } from 'lit';

export const faqStyles = css`
  .toolbar { margin-block-end: calc(var(--_space) / 2); text-align: end; }
  /* Also reaches the base's retry button, whose own rule overrides all but text-align (a one-line label). */
  button { border: 0; border-radius: 0; background: none; text-align: start; cursor: pointer; }
  .toggle-all,
  .copy-link { min-height: 24px; padding: 0.25em 0.5em; color: var(--_accent); text-decoration: underline; }
  .copy-link { margin-block-start: calc(var(--_space) / 2); padding-inline: 0; }
  .list { --_divider: var(--explainer-faq-divider, var(--_border)); border-block-start: var(--_divider); }
  .item { border-block-end: var(--_divider); }
  /* The question's button inherits the weight. */
  .question-heading {
    margin: 0;
    font-size: var(--explainer-faq-question-font-size, 1em);
    font-weight: var(--explainer-faq-question-font-weight, 600);
  }
  /* With no --explainer-faq-question-background, background is unset: transparent. */
  .question {
    display: flex;
    align-items: start;
    gap: var(--_space);
    width: 100%;
    min-height: 44px;
    padding: var(--explainer-faq-question-padding, var(--_space) 0);
    background: var(--explainer-faq-question-background);
  }
  svg {
    flex: none;
    width: var(--explainer-faq-icon-size, 1.25em);
    margin-block-start: 0.1em;
    margin-inline-start: auto;
    transition: transform var(--_duration);
  }
  [aria-expanded=true] svg { transform: rotate(180deg); }
  /* No custom property declared per answer: the value is written out where the print and no-script rules need it. */
  .answer { padding: var(--explainer-faq-answer-padding, 0 0 var(--_space)); }
  /* A closed answer (hidden="until-found") keeps its box: without padding it takes no room. */
  [hidden] { padding: 0; }
  /* Paragraphs and lists of an answer: the usual 1em between them, none at the edges. */
  .body > * { margin-block: 0; }
  .body > * + * { margin-block-start: 1em; }
  /* Forced colours keep the transparency of a colour, so the question would have no button face. */
  @media (forced-colors: active) {
    .question { background: ButtonFace; }
  }
  @media print {
    :host(:not([print=as-is])) [hidden] { content-visibility: visible; padding: var(--explainer-faq-answer-padding, 0 0 var(--_space)); }
    .toolbar,
    .copy-link,
    svg { display: none !important; }
  }
  /* Server-rendered markup read with scripting off: every answer shows; the controls that need script go. */
  @media (scripting: none) {
    [hidden] { display: block; content-visibility: visible; padding: var(--explainer-faq-answer-padding, 0 0 var(--_space)); }
    .toolbar,
    .copy-link,
    svg { display: none !important; }
    .question { cursor: auto; }
  }
`;
