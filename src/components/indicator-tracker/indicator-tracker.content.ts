import type { RichTextFormat } from '../../internal/rich-text/ast.js';
import { contentText } from '../../internal/content/format.js';
import {
  ErrorCollector,
  claimUniqueId,
  describe,
  definedFields,
  expectRootObject,
  isObject,
  joinPath,
  optionalId,
  validateSection,
  type ContentError,
  type JsonObject,
  type ValidationResult,
} from '../../internal/content/validation.js';
import { DEFAULT_STATUS_KEYS, TRACKER_TONES, type TrackerTone } from './indicator-tracker.statuses.js';

export type { TrackerTone } from './indicator-tracker.statuses.js';

/** A status of a custom vocabulary: its name and the tone that colours it (and picks its icon). */
export interface TrackerStatus {
  /** The status name, as plain text (e.g. "On track"; with `format: "html"`, character references are decoded). */
  label: string;
  /** One of `neutral`, `info`, `positive`, `warning`, `negative`. */
  tone: TrackerTone;
}

/** Which way an indicator is moving, and which way is good. */
export interface TrackerTrend {
  /** The direction of movement. */
  direction: 'up' | 'down' | 'flat';
  /** Which direction is good; without it the trend is stated without a judgement ("Rising"). */
  better?: 'up' | 'down';
}

/**
 * How far an indicator has come. The value is always shown, as text and as the progress bar's `aria-valuetext`:
 * "4 of 10" when `max` is given, else a percentage ("45%"), numbers in the locale's format.
 */
export interface TrackerProgress {
  /** The value, from 0 to `max`. */
  value: number;
  /** The value of completion; greater than 0. When given, the value reads "4 of 10"; without it, `value` is a percentage. */
  max?: number;
  /**
   * What is counted (e.g. "Negotiating rounds held"), as plain text, shown with the value: "Negotiating rounds
   * held: 4 of 10". Default: "Progress: 4 of 10". Not the value itself: the component adds it.
   */
  label?: string;
}

/** One dated piece of evidence. */
export interface TrackerEvidence {
  /** ISO 8601 date (`2026-03-12`) or date-time. */
  date: string;
  /** What happened, in the rich-text subset (Markdown or HTML, as the content's `format` says). */
  text: string;
  /** Source link (`http:`, `https:`, `mailto:` or relative; anything else is shown as text). */
  url?: string;
}

/** One indicator to monitor. */
export interface TrackerIndicator {
  /** Identifier used in events. */
  id?: string;
  /** The indicator's name, as plain text (with `format: "html"`, character references are decoded and tags show as text). */
  label: string;
  /** What to look for, in the rich-text subset (Markdown or HTML, as the content's `format` says). */
  description: string;
  /** A key of the status vocabulary (`statuses`, or the default one). */
  status?: string;
  /** Direction of movement and which direction is good. */
  trend?: TrackerTrend;
  /** How far it has come. */
  progress?: TrackerProgress;
  /** ISO date of the last update. */
  updated?: string;
  /** ISO date of the next review; in the past it shows "Review overdue". */
  nextReview?: string;
  /** Dated evidence, shown newest first. */
  evidence?: TrackerEvidence[];
}

/** Content of `<indicator-tracker>`. */
export interface TrackerContent {
  /**
   * How the rich-text fields (`intro`, `description`, evidence `text`) are written: `markdown` (default) or `html`
   * (read by an HTML parser into the same subset; plain-text fields then have character references decoded).
   */
  format?: RichTextFormat;
  /** Heading of the section, as plain text. */
  title?: string;
  /** Text under the title, in the rich-text subset. */
  intro?: string;
  /**
   * A status vocabulary replacing the default one (`not-started`, `watching`, `emerging`, `on-track`, `achieved`,
   * `stalled`, `insufficient-data`), by key, in display order.
   */
  statuses?: Record<string, TrackerStatus>;
  /** The indicators, in order. */
  indicators: TrackerIndicator[];
}

/** True when `value` is an object (with `list`: a list); else reports "expected an object, got ..." at `path`. */
function isShape(value: unknown, path: string, errors: ErrorCollector, list?: boolean): value is JsonObject {
  if (list ? Array.isArray(value) : isObject(value)) return true;
  errors.add(path, `expected ${list ? 'a list' : 'an object'}, got ${describe(value)}`);
  return false;
}

/** Reports `obj[key]` as required when it is absent (the optional readers of `ErrorCollector` accept absence). */
function requireKey(obj: JsonObject, key: string, path: string, errors: ErrorCollector): void {
  if (obj[key] === undefined || obj[key] === null) errors.add(joinPath(path, key), 'is required');
}

/** An optional string (with `plain`, a plain-text field as shown) that counts as absent when blank. */
function optionalText(obj: JsonObject, key: string, path: string, errors: ErrorCollector, plain?: boolean): string | undefined {
  const value = plain ? errors.optionalPlain(obj, key, path) : errors.optionalString(obj, key, path);
  return value?.trim() ? value : undefined;
}

/**
 * An optional nested object (with `list`: a list) at `obj[key]`, read by `read`. Errors drop the whole indicator,
 * so what `read` returns after reporting one does not matter.
 */
function nested<T>(
  obj: JsonObject,
  key: string,
  path: string,
  errors: ErrorCollector,
  read: (value: never, path: string, errors: ErrorCollector) => T,
  list?: boolean
): T | undefined {
  const value = obj[key];
  const at = joinPath(path, key);
  return value === undefined || value === null || !isShape(value, at, errors, list) ? undefined : read(value as never, at, errors);
}

function validateTrend(trend: JsonObject, path: string, errors: ErrorCollector): TrackerTrend {
  requireKey(trend, 'direction', path, errors);
  return definedFields({
    direction: errors.optionalEnum(trend, 'direction', path, ['up', 'down', 'flat'] as const)!,
    better: errors.optionalEnum(trend, 'better', path, ['up', 'down'] as const),
  });
}

function validateProgress(progress: JsonObject, path: string, errors: ErrorCollector): TrackerProgress {
  requireKey(progress, 'value', path, errors);
  const value = errors.optionalNumber(progress, 'value', path);
  const max = errors.optionalNumber(progress, 'max', path);
  const label = optionalText(progress, 'label', path, errors, true);
  const limit = max ?? 100;
  if (limit <= 0) errors.add(joinPath(path, 'max'), `must be greater than 0, got ${limit}`);
  else if (value !== undefined && (value < 0 || value > limit)) errors.add(joinPath(path, 'value'), `must be between 0 and ${limit}, got ${value}`);
  return definedFields({ value: value!, max, label });
}

/** Evidence entries; an empty list counts as none. */
function validateEvidence(list: unknown[], path: string, errors: ErrorCollector): TrackerEvidence[] | undefined {
  const evidence = list.flatMap((entry, index) => {
    const at = joinPath(path, index);
    if (!isShape(entry, at, errors)) return [];
    requireKey(entry, 'date', at, errors);
    return [
      definedFields({
        date: errors.optionalDate(entry, 'date', at)!,
        text: errors.requiredRich(entry, 'text', at),
        url: optionalText(entry, 'url', at, errors),
      }),
    ];
  });
  return evidence.length > 0 ? evidence : undefined;
}

/** A custom vocabulary; each bad status is reported at `statuses.<key>` and dropped. */
function validateStatuses(raw: JsonObject, path: string, errors: ErrorCollector): Record<string, TrackerStatus> | undefined {
  const entries = Object.entries(raw).flatMap(([key, value]): [string, TrackerStatus][] => {
    const at = joinPath(path, key);
    const collector = new ErrorCollector(errors.text);
    let status: TrackerStatus | undefined;
    if (key.trim() === '') collector.add(path, 'a status key must not be empty');
    else if (isShape(value, at, collector)) {
      const label = collector.requiredPlain(value, 'label', at);
      requireKey(value, 'tone', at, collector);
      status = {
        label,
        tone: collector.optionalEnum(value, 'tone', at, TRACKER_TONES)!,
      };
    }
    errors.errors.push(...collector.errors);
    return status && collector.ok ? [[key, status]] : [];
  });
  if (entries.length > 0) return Object.fromEntries(entries); // own properties: "__proto__" stays a plain key
  errors.add(path, 'has no valid status: the default statuses are used');
  return undefined;
}

function validateIndicator(obj: JsonObject, path: string, errors: ErrorCollector, statusKeys: readonly string[], seen: Set<string>): TrackerIndicator {
  // Fields are read in this order, so their errors are reported in it.
  const item: TrackerIndicator = definedFields({
    label: errors.requiredPlain(obj, 'label', path),
    description: errors.requiredRich(obj, 'description', path),
    id: optionalId(obj, path, errors),
    status: errors.optionalEnum(obj, 'status', path, statusKeys),
    trend: nested(obj, 'trend', path, errors, validateTrend),
    progress: nested(obj, 'progress', path, errors, validateProgress),
    updated: errors.optionalDate(obj, 'updated', path),
    nextReview: errors.optionalDate(obj, 'nextReview', path),
    evidence: nested(obj, 'evidence', path, errors, validateEvidence, true),
  });
  claimUniqueId(seen, item.id, path, errors);
  return item;
}

/**
 * Validates `<indicator-tracker>` content. Pure: runs in Node too.
 * Invalid indicators (unknown status, bad date, out-of-range progress...) are dropped and reported with the path
 * of the bad field (`indicators[2].progress.value`); the valid ones are kept. Invalid custom statuses are dropped
 * and reported at `statuses.<key>`.
 */
export function validateTrackerContent(raw: unknown): ValidationResult<TrackerContent> {
  const structural: ContentError[] = [];
  if (!expectRootObject(raw, structural)) return { value: null, errors: structural };
  const text = contentText(raw, structural);
  if (!text) return { value: null, errors: structural };
  const root = new ErrorCollector(text);
  const { errors } = root;
  // The custom vocabulary comes first: indicators are checked against it.
  const statuses = nested(raw, 'statuses', '', root, validateStatuses);
  const statusKeys = statuses ? Object.keys(statuses) : DEFAULT_STATUS_KEYS;
  const seen = new Set<string>();
  const section = validateSection(raw, 'indicators', (item, path, e) => validateIndicator(item as JsonObject, path, e, statusKeys, seen), errors, text);
  return {
    value: section && definedFields({ title: section.title, intro: section.intro, statuses, indicators: section.items, format: section.format }),
    errors,
  };
}
