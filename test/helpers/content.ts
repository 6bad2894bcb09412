/** Loads the example content that ships with the project (examples/content/asean-germany/<name>.json). */
export async function exampleContent<T = Record<string, unknown>>(name: string): Promise<T> {
  const response = await fetch(exampleUrl(name));
  return (await response.json()) as T;
}

/** URL of an example content file, for `src` tests. */
export function exampleUrl(name: string): string {
  return `/examples/content/asean-germany/${name}.json`;
}

/** Deep copy, so tests can change content without touching the cached original. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}
