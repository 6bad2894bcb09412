import fc from 'fast-check';

/**
 * fast-check arbitraries for fuzzing content: (a) valid content with random values, and content of the right shape
 * with random values in every field (now and then the wrong type, or missing), and (b) mutations of it and of the example content (keys dropped,
 * items duplicated, values replaced by anything, wrappers, empty and 50-item arrays, Unicode, prototype keys).
 */

const TRICKY = [
  '', ' ', '\t\n', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '0', '-1', 'NaN',
  '2026-02-30', '2026-05-01', '2026-05-01T10:00:00Z', 'javascript:alert(1)', '[x](javascript:alert(1))',
  '<img src=x onerror=alert(1)>', '*a*', '`', '\u202E', '\u0000', '\uD800', '\u{1F600}', 'x'.repeat(300),
];

/** Any string: ASCII, full Unicode (lone surrogates too), graphemes, or a tricky one. */
export const text: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.constantFrom(...TRICKY),
);

/** Strings made of Markdown-subset syntax and URL fragments. */
export const markdown: fc.Arbitrary<string> = fc.oneof(
  text,
  fc
    .array(
      fc.constantFrom('*', '**', '_', '__', '`', '[', ']', '(', ')', '![', '](', '\\', '\n', '\n\n', '- ', '1. ', '2) ', ' ', 'word', 'https://example.com/', 'javascript:', '<b>', '&#x6A;', 'mailto:a@b.c', '\t'),
      { maxLength: 30 },
    )
    .map((parts) => parts.join('')),
);

/** A value of the wrong type for most fields. */
export const wrong: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(''),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), { maxKeys: 3 }),
  fc.anything({ maxDepth: 2 }),
);

/** Mostly a valid value; sometimes the wrong type; sometimes absent. */
export function field(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: valid, weight: 8 }, { arbitrary: wrong, weight: 1 }, { arbitrary: fc.constant(undefined), weight: 1 });
}

/** An object built from optional fields: absent (undefined) fields are left out. */
export function shape(model: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(model).map((obj) => Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)));
}

export const bool = field(fc.boolean());
export const id = field(fc.oneof(fc.constantFrom('a', 'b', 'item-1', 'has space', '#hash', ''), fc.string({ maxLength: 12 })));
export const dateish: fc.Arbitrary<unknown> = field(
  fc.oneof(
    fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString()),
    fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    fc.constantFrom('2026-02-30', '2026-13-01', '0000-01-01', '2026-05-01T25:00Z', '2026-05-01T10:00+14:00', '9999-12-31T23:59-23:59', '2024-02-29', '+275760-09-13'),
    text,
  ),
);
export const urlish: fc.Arbitrary<unknown> = field(
  fc.oneof(fc.webUrl(), fc.constantFrom('/rel', '//host/x', 'mailto:a@b.c', 'javascript:alert(1)', ' java\tscript:1', 'data:text/html,x', '&#x6A;avascript:1'), text),
);
export const number: fc.Arbitrary<unknown> = field(
  fc.oneof(fc.integer({ min: -5, max: 200 }), fc.double(), fc.constantFrom(0, -0, 1e308, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER)),
);

// --- Strictly valid values (so that full-featured items render, not only the error paths) ----------------------

/** A string that is not empty after trimming. */
export const nonEmpty: fc.Arbitrary<string> = text.filter((s) => s.trim() !== '');
/** A real calendar date (years 0 to 9999), as a date or a date-time. */
export const validDate: fc.Arbitrary<string> = fc
  .date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
  .chain((d) => fc.constantFrom(d.toISOString(), d.toISOString().slice(0, 10), `${d.toISOString().slice(0, 16)}+05:30`));
export const validId: fc.Arbitrary<string> = fc.stringMatching(/^[a-z0-9_.:-]{1,12}$/);
/** Present (a valid value) or absent. */
export const optional = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined, freq: 3 });
/** Makes the ids of a list unique (a duplicate id is an error), keeping absent ones absent. */
export const uniqueIds = <T extends { id?: unknown }>(items: T[]): T[] =>
  items.map((item, i) => (typeof item.id === 'string' ? { ...item, id: `${item.id}~${i}` } : item));

/** Arrays of the usual size, now and then empty or 50 long. */
export function list<T>(item: fc.Arbitrary<T>, usual = 8): fc.Arbitrary<T[]> {
  return fc.oneof(
    { arbitrary: fc.array(item, { maxLength: usual }), weight: 8 },
    { arbitrary: fc.constant(null).map((): T[] => []), weight: 1 },
    { arbitrary: fc.array(item, { minLength: 40, maxLength: 50 }), weight: 1 },
  );
}

// --- Mutations -------------------------------------------------------------------------------------------------

type Container = Record<string, unknown> | unknown[];

interface Mutation {
  kind: 'drop' | 'duplicate' | 'replace' | 'wrap' | 'empty' | 'huge' | 'unicode' | 'proto' | 'stringify';
  at: number;
  key: number;
  value: unknown;
  unicode: string;
}

const isContainer = (v: unknown): v is Container =>
  Array.isArray(v) || (typeof v === 'object' && v !== null && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null));

/** A deep copy of arrays and plain objects (a generated value may be reused while shrinking: never mutate it). */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) return Array.from(value, copy);
  if (isContainer(value)) {
    const source = value as Record<string, unknown>;
    const out = (Object.getPrototypeOf(value) === null ? Object.create(null) : {}) as Record<string, unknown>;
    for (const key of Object.keys(source)) setOwn(out, key, copy(source[key]));
    return out;
  }
  return value;
}

function containers(value: unknown, depth = 0, out: Container[] = []): Container[] {
  if (!isContainer(value) || depth > 6) return out;
  out.push(value);
  for (const child of Object.values(value)) containers(child, depth + 1, out);
  return out;
}

function setOwn(obj: Container, key: string | number, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

function stringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'undefined';
  } catch {
    return String(typeof value);
  }
}

function apply(root: unknown, m: Mutation): unknown {
  const nodes = containers(root);
  if (m.kind === 'replace' && (nodes.length === 0 || m.at % 5 === 0)) return m.value;
  const node = nodes[m.at % Math.max(1, nodes.length)];
  if (!node) return root;
  const keys = Object.keys(node);
  const key = keys.length > 0 ? keys[m.key % keys.length]! : '0';
  const child = (node as Record<string, unknown>)[key];
  switch (m.kind) {
    case 'drop':
      if (Array.isArray(node)) node.splice(Number(key), 1);
      else delete node[key];
      break;
    case 'duplicate':
      if (Array.isArray(node)) node.splice(Number(key), 0, copy(child));
      else setOwn(node, `${key}${m.key % 2 ? '' : '_copy'}`, copy(child));
      break;
    case 'replace':
      setOwn(node, key, m.value);
      break;
    case 'wrap':
      setOwn(node, key, m.key % 2 ? [child] : { value: child });
      break;
    case 'empty':
      setOwn(node, key, Array.isArray(child) ? [] : isContainer(child) ? {} : '');
      break;
    case 'huge':
      if (Array.isArray(node)) while (node.length < 50) node.push(copy(node[node.length % Math.max(1, node.length)] ?? m.value));
      else setOwn(node, key, Array.from({ length: 50 }, () => copy(child)));
      break;
    case 'unicode':
      setOwn(node, key, m.unicode);
      break;
    case 'proto':
      // Own keys that shadow Object.prototype (as JSON.parse makes them); objects only, as arrays are content lists.
      if (!Array.isArray(node)) setOwn(node, ['__proto__', 'constructor', 'toString'][m.key % 3]!, copy(child ?? m.value));
      break;
    case 'stringify':
      setOwn(node, key, typeof child === 'string' ? Number(child) : stringify(child));
      break;
  }
  return root;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('drop', 'duplicate', 'replace', 'wrap', 'empty', 'huge', 'unicode', 'proto', 'stringify'),
  at: fc.nat(),
  key: fc.nat(),
  value: fc.oneof(wrong, text),
  unicode: fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
});

/** `base` with one to four mutations applied (to a copy). */
export function mutated(base: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(base, fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([value, ms]) => ms.reduce(apply, copy(value)));
}

/** Any JavaScript value a script might set as `data` (null-prototype objects, maps, dates, big integers, ...). */
export const anyRoot: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 3,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withBoxedValues: true,
  withObjectString: true,
});

/**
 * Everything the fuzzer feeds a component: valid content with random values, content of the right shape with
 * wrong or missing fields, mutations of both and of the example content, and anything at all.
 */
export function contentFor(valid: fc.Arbitrary<unknown>, noisy: fc.Arbitrary<unknown>, example: unknown): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: valid, weight: 3 },
    { arbitrary: noisy, weight: 3 },
    { arbitrary: mutated(fc.oneof(valid, noisy)), weight: 3 },
    { arbitrary: mutated(fc.constant(example)), weight: 1 },
    { arbitrary: anyRoot, weight: 1 },
  );
}
