import { MisconceptionCard } from './components/misconception-card/misconception-card.js';

export { MisconceptionCard };
export type { ExplainerRevealDetail, ExplainerRevealEvent, MisconceptionOrder } from './components/misconception-card/misconception-card.js';
export type * from './components/misconception-card/misconception-card.content.js';

MisconceptionCard.define('misconception-card');

declare global {
  interface HTMLElementTagNameMap {
    'misconception-card': MisconceptionCard;
  }
}
