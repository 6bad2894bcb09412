/** What the `structured-data` attribute loads on demand (one dynamic import): the controller and this component's builder. */
export { JsonLdController } from '../../structured-data/json-ld-controller.js';
export { claimReviewGraph as build } from '../../structured-data/claim-review.js';
