import { css } from 'lit';

export const faqStyles = css`
  :host {
    --_faq-divider: var(--explainer-faq-divider, var(--_border));
    --_faq-question-padding: var(--explainer-faq-question-padding, var(--_space) 0);
    --_faq-question-background: var(--explainer-faq-question-background, transparent);
    --_faq-question-weight: var(--explainer-faq-question-font-weight, 600);
    --_faq-answer-padding: var(--explainer-faq-answer-padding, 0 0 var(--_space));
    --_faq-icon-size: var(--explainer-faq-icon-size, 1.25em);
  }
  .toolbar {
    display: flex;
    justify-content: flex-end;
    margin-block-end: calc(var(--_space) / 2);
  }
  .toggle-all,
  .copy-link {
    min-height: 24px;
    padding: 0.25em 0.5em;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .list {
    border-block-start: var(--_faq-divider);
  }
  .item {
    border-block-end: var(--_faq-divider);
  }
  .question-heading {
    margin: 0;
    font-size: var(--explainer-faq-question-font-size, 1em);
    font-weight: normal;
  }
  .question {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
    width: 100%;
    min-height: 44px;
    margin: 0;
    padding: var(--_faq-question-padding);
    border: 0;
    border-radius: 0;
    background: var(--_faq-question-background);
    font-weight: var(--_faq-question-weight);
    text-align: start;
    cursor: pointer;
  }
  .question-text {
    flex: 1;
  }
  .icon {
    flex: none;
    width: var(--_faq-icon-size);
    height: var(--_faq-icon-size);
    margin-block-start: 0.1em;
    transition: transform var(--_duration) ease;
  }
  .question[aria-expanded='true'] .icon {
    transform: rotate(180deg);
  }
  .answer-content {
    padding: var(--_faq-answer-padding);
  }
  .body > :first-child {
    margin-block-start: 0;
  }
  .body > :last-child {
    margin-block-end: 0;
  }
  .copy-link {
    margin-block-start: calc(var(--_space) / 2);
    padding-inline: 0;
    text-align: start;
  }
  @media (forced-colors: active) {
    .question {
      forced-color-adjust: auto;
      background: ButtonFace;
      color: ButtonText;
    }
    .icon {
      color: ButtonText;
    }
  }
  @media print {
    :host(:not([print='as-is'])) .answer[hidden] {
      display: block !important;
      content-visibility: visible !important;
    }
    .toolbar,
    .copy-link,
    .icon {
      display: none !important;
    }
  }
`;
