/**
 * Moves focus among `targets` for ArrowUp/ArrowDown/Home/End (the APG accordion keys). Returns true when the
 * key was handled (the caller should then prevent the default scroll).
 */
export function moveFocusByKey(event: KeyboardEvent, targets: readonly HTMLElement[]): boolean {
  const current = targets.findIndex((t) => t === event.composedPath()[0] || t.matches(':focus'));
  const { length } = targets;
  // The target index for each key (wrapping around at both ends); other keys are not ours.
  const next = ({ ArrowDown: current + 1, ArrowUp: current - 1 + length, Home: 0, End: length - 1 } as Partial<Record<string, number>>)[event.key];
  if (current === -1 || typeof next !== 'number') return false;
  targets[next % length]!.focus();
  return true;
}
