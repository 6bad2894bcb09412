import {
  ErrorCollector,
  claimUniqueId,
  describe,
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
  /** The status name, as plain text (e.g. "On track"). */
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

/** How far an indicator has come. */
export interface TrackerProgress {
  /** The value, from 0 to `max`. */
  value: number;
  /** The value of completion; greater than 0. Default: 100. */
  max?: number;
  /** The value as text (e.g. "3 of 10 member states"); default: a percentage in the locale ("45%"). */
  label?: string;
}

/** One dated piece of evidence. */
export interface TrackerEvidence {
  /** ISO 8601 date (`2026-03-12`) or date-time. */
  date: string;
  /** What happened, in the rich-text subset. */
  text: string;
  /** Source link (`http:`, `https:`, `mailto:` or relative; anything else is shown as text). */
  url?: string;
}

/** One indicator to monitor. */
export interface TrackerIndicator {
  /** Identifier used in events. */
  id?: string;
  /** The indicator's name, as plain text. */
  label: string;
  /** What to look for, in the rich-text subset. */
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

function objectAt(obj: JsonObject, key: string, path: string, errors: ErrorCollector): JsonObject | undefined {
  const value = obj[key];
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) {
    errors.add(joinPath(path, key), `expected an object, got ${describe(value)}`);
    return undefined;
  }
  return value;
}

function requiredDate(obj: JsonObject, key: string, path: string, errors: ErrorCollector): string {
  if (obj[key] === undefined || obj[key] === null) {
    errors.add(joinPath(path, key), 'is required');
    return '';
  }
  return errors.optionalDate(obj, key, path) ?? '';
}

function validateStatuses(raw: unknown, errors: ContentError[]): Record<string, TrackerStatus> | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!isObject(raw)) {
    errors.push({ path: 'statuses', message: `expected an object, got ${describe(raw)}` });
    return undefined;
  }
  const entries: [string, TrackerStatus][] = [];
  for (const [key, value] of Object.entries(raw)) {
    const path = joinPath('statuses', key);
    const collector = new ErrorCollector();
    if (key.trim() === '') collector.add('statuses', 'a status key must not be empty');
    else if (!isObject(value)) collector.add(path, `expected an object, got ${describe(value)}`);
    else {
      const label = collector.requiredString(value, 'label', path);
      if (value.tone === undefined || value.tone === null) collector.add(joinPath(path, 'tone'), 'is required');
      const tone = collector.optionalEnum(value, 'tone', path, TRACKER_TONES);
      if (collector.ok && tone) entries.push([key, { label, tone }]);
    }
    errors.push(...collector.errors);
  }
  if (entries.length === 0) {
    errors.push({ path: 'statuses', message: 'has no valid status: the default statuses are used' });
    return undefined;
  }
  // fromEntries defines own properties, so a key such as "__proto__" stays a plain key.
  return Object.fromEntries(entries);
}

function validateTrend(obj: JsonObject, path: string, errors: ErrorCollector): TrackerTrend | undefined {
  const raw = objectAt(obj, 'trend', path, errors);
  if (!raw) return undefined;
  const at = joinPath(path, 'trend');
  if (raw.direction === undefined || raw.direction === null) errors.add(joinPath(at, 'direction'), 'is required');
  const direction = errors.optionalEnum(raw, 'direction', at, ['up', 'down', 'flat'] as const);
  const better = errors.optionalEnum(raw, 'better', at, ['up', 'down'] as const);
  if (!direction) return undefined;
  return better ? { direction, better } : { direction };
}

function validateProgress(obj: JsonObject, path: string, errors: ErrorCollector): TrackerProgress | undefined {
  const raw = objectAt(obj, 'progress', path, errors);
  if (!raw) return undefined;
  const at = joinPath(path, 'progress');
  if (raw.value === undefined || raw.value === null) errors.add(joinPath(at, 'value'), 'is required');
  const value = errors.optionalNumber(raw, 'value', at);
  const max = errors.optionalNumber(raw, 'max', at);
  const label = errors.optionalString(raw, 'label', at);
  if (max !== undefined && max <= 0) {
    errors.add(joinPath(at, 'max'), `must be greater than 0, got ${max}`);
    return undefined;
  }
  if (value === undefined) return undefined;
  const limit = max ?? 100;
  if (value < 0 || value > limit) {
    errors.add(joinPath(at, 'value'), `must be between 0 and ${limit}, got ${value}`);
    return undefined;
  }
  const progress: TrackerProgress = { value };
  if (max !== undefined) progress.max = max;
  if (label !== undefined && label.trim() !== '') progress.label = label;
  return progress;
}

function validateEvidence(obj: JsonObject, path: string, errors: ErrorCollector): TrackerEvidence[] | undefined {
  const raw = obj.evidence;
  if (raw === undefined || raw === null) return undefined;
  const at = joinPath(path, 'evidence');
  if (!Array.isArray(raw)) {
    errors.add(at, `expected a list, got ${describe(raw)}`);
    return undefined;
  }
  const list: TrackerEvidence[] = [];
  raw.forEach((entry: unknown, index) => {
    const itemPath = joinPath(at, index);
    if (!isObject(entry)) {
      errors.add(itemPath, `expected an object, got ${describe(entry)}`);
      return;
    }
    const item: TrackerEvidence = {
      date: requiredDate(entry, 'date', itemPath, errors),
      text: errors.requiredString(entry, 'text', itemPath),
    };
    const url = errors.optionalString(entry, 'url', itemPath);
    if (url !== undefined && url.trim() !== '') item.url = url;
    list.push(item);
  });
  return list;
}

function validateIndicator(raw: unknown, path: string, errors: ErrorCollector, statusKeys: readonly string[], seen: Set<string>): TrackerIndicator {
  const obj = raw as JsonObject;
  const item: TrackerIndicator = {
    label: errors.requiredString(obj, 'label', path),
    description: errors.requiredString(obj, 'description', path),
  };
  const id = optionalId(obj, path, errors);
  if (id !== undefined) item.id = id;
  const status = errors.optionalEnum(obj, 'status', path, statusKeys);
  if (status !== undefined) item.status = status;
  const trend = validateTrend(obj, path, errors);
  if (trend) item.trend = trend;
  const progress = validateProgress(obj, path, errors);
  if (progress) item.progress = progress;
  const updated = errors.optionalDate(obj, 'updated', path);
  if (updated !== undefined) item.updated = updated;
  const nextReview = errors.optionalDate(obj, 'nextReview', path);
  if (nextReview !== undefined) item.nextReview = nextReview;
  const evidence = validateEvidence(obj, path, errors);
  if (evidence && evidence.length > 0) item.evidence = evidence;
  claimUniqueId(seen, id, path, errors);
  return item;
}

/**
 * Validates `<indicator-tracker>` content. Pure: runs in Node too.
 * Invalid indicators (unknown status, bad date, out-of-range progress...) are dropped and reported with the path
 * of the bad field (`indicators[2].progress.value`); the valid ones are kept. Invalid custom statuses are dropped
 * and reported at `statuses.<key>`.
 */
export function validateTrackerContent(raw: unknown): ValidationResult<TrackerContent> {
  const errors: ContentError[] = [];
  if (!expectRootObject(raw, errors)) return { value: null, errors };
  // The custom vocabulary comes first: indicators are checked against it.
  const statuses = validateStatuses(raw.statuses, errors);
  const statusKeys = statuses ? Object.keys(statuses) : DEFAULT_STATUS_KEYS;
  const seen = new Set<string>();
  const section = validateSection(raw, 'indicators', (item, path, e) => validateIndicator(item, path, e, statusKeys, seen), errors);
  if (!section) return { value: null, errors };
  const { items: indicators, ...rest } = section;
  const content: TrackerContent = { ...rest, indicators };
  if (statuses) content.statuses = statuses;
  return { value: content, errors };
}
