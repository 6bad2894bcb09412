import type { LabelCatalog } from '../internal/context/labels.js';
import { en } from './en.js';
import { de } from './de.js';

/** Labels shared by every component, by language. */
export const commonLabels: LabelCatalog = { en, de };
