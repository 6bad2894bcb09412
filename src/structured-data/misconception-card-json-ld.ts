/** What the `structured-data` attribute loads on demand (one dynamic import): the controller and this component's builder. */
export { JsonLdController } from './json-ld-controller.js';
export { claimReviewGraph as build } from './claim-review.js';
