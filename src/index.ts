/** The package root: registers every default tag (the provider first) and exports the classes and types. */
import './explainer-provider.js';
import './faq-accordion.js';
import './indicator-tracker.js';
import './misconception-card.js';
import './cooperation-table.js';

export * from './elements.js';
