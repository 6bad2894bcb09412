import { css } from 'lit';

/**
 * Styles every component shares: inherit the page's font, colour and direction; the loading and error states;
 * visually hidden text; focus rings; forced-colors and reduced-motion care.
 * Public tokens are `--explainer-*` with fallbacks; components read them through private `--_*` tokens.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font: inherit;
    color: inherit;
    color-scheme: inherit;
    --_space: var(--explainer-space, 0.75rem);
    --_radius: var(--explainer-radius, 0.375rem);
    --_border-color: var(--explainer-border-color, color-mix(in srgb, currentColor 25%, transparent));
    --_border: var(--explainer-border-width, 1px) solid var(--_border-color);
    --_surface: var(--explainer-surface, transparent);
    --_muted: var(--explainer-muted-color, color-mix(in srgb, currentColor 72%, transparent));
    --_accent: var(--explainer-accent-color, LinkText);
    --_focus: var(--explainer-focus-color, Highlight);
    --_error: var(--explainer-error-color, #b3261e);
    --_heading-font: var(--explainer-heading-font, inherit);
    --_duration: var(--explainer-duration, 150ms);
  }
  :host([hidden]) {
    display: none;
  }
  /* Elements only: a universal ::before/::after rule would make the engine resolve two pseudo-element styles for
     every element (a rule that draws a pseudo-element sets its own box-sizing when it needs one). */
  * {
    box-sizing: inherit;
  }
  [hidden]:not([hidden='until-found']) {
    display: none !important;
  }
  .title,
  .intro {
    margin: 0 0 var(--_space);
  }
  .title {
    font-family: var(--_heading-font);
  }
  .intro > :first-child {
    margin-top: 0;
  }
  a {
    color: var(--explainer-link-color, inherit);
  }
  button {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .loading {
    padding: var(--_space);
    color: var(--_muted);
  }
  .error {
    border: var(--_border);
    border-inline-start: 4px solid var(--_error);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-block: var(--_space);
  }
  .error ul {
    margin: 0.5em 0;
    padding-inline-start: 1.25em;
  }
  .error-title {
    margin: 0;
    font-weight: bold;
  }
  .retry {
    padding: 0.25em 0.75em;
    border: var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition-duration: 0s !important;
      animation-duration: 0s !important;
    }
  }
  @media (forced-colors: active) {
    .error {
      border-color: CanvasText;
    }
  }
`;
