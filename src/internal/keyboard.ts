/**
 * Moves focus among `targets` for ArrowUp/ArrowDown/Home/End (the APG accordion keys). Returns true when the
 * key was handled (the caller should then prevent the default scroll).
 */
export function moveFocusByKey(event: KeyboardEvent, targets: readonly HTMLElement[]): boolean {
  const current = targets.findIndex((t) => t === event.composedPath()[0] || t.matches(':focus'));
  if (current === -1) return false;
  let next: number;
  switch (event.key) {
    case 'ArrowDown':
      next = (current + 1) % targets.length;
      break;
    case 'ArrowUp':
      next = (current - 1 + targets.length) % targets.length;
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = targets.length - 1;
      break;
    default:
      return false;
  }
  targets[next]!.focus();
  return true;
}
