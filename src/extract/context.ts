/**
 * What the section readers share: the warnings collected on the way, and the shape of a section they found
 * before it is named and validated.
 */
import type { ExtractContentMap, ExtractTag, ExtractWarning } from './types.js';

/** A recognised section before it is validated and named (`ExtractedSection` without `name`). */
export interface Draft<T extends ExtractTag> {
  tag: T;
  line: number;
  endLine: number;
  title?: string | undefined;
  itemLines: number[];
  content: ExtractContentMap[T];
}

/** Any draft: `tag` tells which. */
export type AnyDraft = { [T in ExtractTag]: Draft<T> }[ExtractTag];

/** Collects warnings; one per line and message. */
export class ExtractContext {
  readonly warnings: ExtractWarning[] = [];
  readonly #seen = new Set<string>();

  /** Records that something at `line` (to `endLine`) could not be placed, or was placed with a caveat. */
  warn(line: number, message: string, endLine?: number): void {
    const warning: ExtractWarning = { line, message };
    if (endLine !== undefined && endLine > line) warning.endLine = endLine;
    const key = `${line}\n${message}`;
    if (this.#seen.has(key)) return;
    this.#seen.add(key);
    this.warnings.push(warning);
  }
}
