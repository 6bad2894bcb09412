/**
 * The CDN bundle (`dist/bundle.js`): Lit's hydration support first, so server-rendered components are taken over
 * rather than rendered again, then every component, registered, with the package root's exports.
 */
import './hydrate.js';

export * from './index.js';
