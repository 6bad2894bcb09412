/** Records every event of the given names that reaches `target`. */
export function recordEvents<T = unknown>(target: EventTarget, ...names: string[]): CustomEvent<T>[] {
  const seen: CustomEvent<T>[] = [];
  for (const name of names) target.addEventListener(name, (e) => seen.push(e as CustomEvent<T>));
  return seen;
}

/** Resolves with the next event `name` on `target`. */
export function nextEvent<T = unknown>(target: EventTarget, name: string): Promise<CustomEvent<T>> {
  return new Promise((resolve) => target.addEventListener(name, (e) => resolve(e as CustomEvent<T>), { once: true }));
}
