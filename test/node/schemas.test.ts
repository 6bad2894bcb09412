/// <reference types="node" />
// One source of truth for content shapes: the TypeScript types, the runtime validators (validate(), the CLI) and
// the published JSON Schemas (schemas/<tag>.schema.json) are held to one another here.
// - TS types ↔ schemas: each content type's keys and required keys, spelled out in a `Shape<T>` that the
//   compiler checks against the type, must be the schema's properties and `required`.
// - Source constants ↔ schemas: every enum (verdicts, tones, default statuses, column types and alignments).
// - Validators ↔ schemas ↔ CLI: every fixture (every example content file, valid edge cases, invalid cases per
//   component) gets the same answer from validate(), from Ajv with the schema, and from the CLI's exit code.
//   Rules JSON Schema cannot express are listed as documented exceptions in content-fixtures.ts and asserted here
//   to be exactly those.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
// validate.js as Node resolves it (the `node` export condition): HTML content read by parse5.
import { validate } from '../../src/validate-node.js';
import { runCli } from '../../src/cli/validate-command.js';
import type { FaqContent, FaqItem } from '../../src/components/faq-accordion/faq-accordion.content.js';
import type {
  CooperationTableContent,
  TableCell,
  TableColumn,
  TableColumnAlign,
  TableColumnType,
} from '../../src/components/cooperation-table/cooperation-table.content.js';
import {
  MISCONCEPTION_VERDICTS,
  type MisconceptionContent,
  type MisconceptionItem,
  type MisconceptionSource,
} from '../../src/components/misconception-card/misconception-card.content.js';
import type {
  TrackerContent,
  TrackerEvidence,
  TrackerIndicator,
  TrackerProgress,
  TrackerStatus,
  TrackerTrend,
} from '../../src/components/indicator-tracker/indicator-tracker.content.js';
import { DEFAULT_STATUS_KEYS, TRACKER_TONES } from '../../src/components/indicator-tracker/indicator-tracker.statuses.js';
import { RICH_TEXT_FORMATS } from '../../src/internal/content/format.js';
import { CONTENT_TAGS, exampleFixtures, invalidFixtures, validFixtures, type ContentFixture, type ContentTag } from './content-fixtures.js';
import { memoryIo } from './cli-io.js';

type JsonSchema = {
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  enum?: unknown[];
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  else?: JsonSchema;
  [key: string]: unknown;
};

const schemas = Object.fromEntries(
  CONTENT_TAGS.map((tag) => [tag, JSON.parse(readFileSync(`schemas/${tag}.schema.json`, 'utf8')) as JsonSchema]),
) as Record<ContentTag, JsonSchema>;

// strict mode, as a CMS author's Ajv would run it; union types (`["string", "null"]`) are allowed on purpose.
const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
addFormats(ajv);
const check = Object.fromEntries(CONTENT_TAGS.map((tag) => [tag, ajv.compile(schemas[tag])])) as Record<ContentTag, ReturnType<typeof ajv.compile>>;

/** For each key of T: whether it is required. The compiler checks it against T: no key missing, none extra. */
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
type Shape<T> = { [K in keyof T]-?: K extends RequiredKeys<T> ? 'required' : 'optional' };

function def(schema: JsonSchema, name: string): JsonSchema {
  const found = schema.$defs?.[name];
  assert.ok(found, `$defs.${name}`);
  return found;
}

function assertShape<T>(where: string, schema: JsonSchema, shape: Shape<T>): void {
  const keys = Object.keys(shape).sort();
  const props = Object.keys(schema.properties ?? {}).filter((k) => k !== '$schema').sort();
  assert.deepEqual(props, keys, `${where}: properties`);
  const required = Object.entries(shape).filter(([, r]) => r === 'required').map(([k]) => k).sort();
  assert.deepEqual([...(schema.required ?? [])].sort(), required, `${where}: required`);
}

/** The JSON type name of each member of T, for comparing a TypeScript union with a schema's `type`. */
type JsonTypeOf<T> = T extends string ? 'string' : T extends number ? 'number' : T extends boolean ? 'boolean' : T extends null ? 'null' : T extends unknown[] ? 'array' : 'object';

const enumOf = (schema: JsonSchema | undefined): unknown[] => (schema?.enum ?? []).filter((v) => v !== null);

describe('JSON Schemas: the published files', () => {
  it('are exported and published by package.json', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { exports: Record<string, unknown>; files: string[] };
    assert.equal(pkg.exports['./schemas/*.schema.json'], './schemas/*.schema.json');
    assert.ok(pkg.files.includes('schemas'));
  });

  for (const tag of CONTENT_TAGS) {
    it(`${tag}: a draft 2020-12 schema with a description on every property`, () => {
      const schema = schemas[tag];
      assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
      assert.ok(ajv.validateSchema(schema), JSON.stringify(ajv.errors));
      const missing: string[] = [];
      const walk = (node: JsonSchema, path: string): void => {
        for (const [key, prop] of Object.entries(node.properties ?? {})) {
          const target = prop.$ref ? def(schema, prop.$ref.replace('#/$defs/', '')) : undefined;
          if (!prop.description && !target?.description) missing.push(`${path}.${key}`);
          walk(prop, `${path}.${key}`);
        }
        for (const sub of ['items', 'additionalProperties'] as const) {
          const child = node[sub];
          if (child && typeof child === 'object') walk(child, `${path}/${sub}`);
        }
      };
      walk(schema, tag);
      for (const [name, d] of Object.entries(schema.$defs ?? {})) walk(d, `$defs.${name}`);
      assert.deepEqual(missing, []);
    });
  }
});

describe('JSON Schemas ↔ TypeScript types and source constants', () => {
  it('format: every schema names the formats the validators read, with null for absent', () => {
    for (const tag of CONTENT_TAGS) {
      const schema = schemas[tag];
      const format = schema.properties!.format!.$ref ? def(schema, 'format') : schema.properties!.format!;
      assert.deepEqual(format.enum, [...RICH_TEXT_FORMATS, null], tag);
    }
  });

  it('faq-accordion', () => {
    const s = schemas['faq-accordion'];
    assertShape<FaqContent>('root', s, { format: 'optional', title: 'optional', intro: 'optional', items: 'required' });
    assertShape<FaqItem>('item', def(s, 'item'), { id: 'optional', question: 'required', answer: 'required', open: 'optional' });
  });

  it('cooperation-table', () => {
    const s = schemas['cooperation-table'];
    assertShape<CooperationTableContent>('root', s, { format: 'optional', title: 'optional', caption: 'optional', columns: 'required', rows: 'required', notes: 'optional' });
    const column = def(s, 'column');
    assertShape<TableColumn>('column', column, { key: 'required', label: 'required', rowHeader: 'optional', sortable: 'optional', align: 'optional', type: 'optional' });
    const types: Record<TableColumnType, true> = { text: true, number: true, date: true };
    const aligns: Record<TableColumnAlign, true> = { start: true, center: true, end: true };
    assert.deepEqual(enumOf(column.properties!.type), Object.keys(types));
    assert.deepEqual(enumOf(column.properties!.align), Object.keys(aligns));
    // A cell: exactly the JSON types of TableCell (the compiler refuses a missing or an extra key here).
    const cellTypes: Record<JsonTypeOf<TableCell>, true> = { string: true, number: true, null: true };
    const cell = def(s, 'row').additionalProperties as JsonSchema;
    assert.deepEqual([...(cell.type as string[])].sort(), Object.keys(cellTypes).sort());
  });

  it('misconception-card', () => {
    const s = schemas['misconception-card'];
    assertShape<MisconceptionContent>('set', def(s, 'set'), { format: 'optional', title: 'optional', intro: 'optional', items: 'required' });
    const card = def(s, 'card');
    assertShape<MisconceptionItem>('card', card, { id: 'optional', misconception: 'required', reality: 'required', verdict: 'optional', sources: 'optional', reviewed: 'optional' });
    assertShape<MisconceptionSource>('source', card.properties!.sources!.items!, { label: 'required', url: 'required' });
    assert.deepEqual(enumOf(card.properties!.verdict), [...MISCONCEPTION_VERDICTS]);
  });

  it('indicator-tracker', () => {
    const s = schemas['indicator-tracker'];
    assertShape<TrackerContent>('root', s, { format: 'optional', title: 'optional', intro: 'optional', statuses: 'optional', indicators: 'required' });
    assertShape<TrackerIndicator>('indicator', def(s, 'indicator'), {
      id: 'optional', label: 'required', description: 'required', status: 'optional', trend: 'optional',
      progress: 'optional', updated: 'optional', nextReview: 'optional', evidence: 'optional',
    });
    assertShape<TrackerStatus>('status', def(s, 'status'), { label: 'required', tone: 'required' });
    assertShape<TrackerTrend>('trend', def(s, 'trend'), { direction: 'required', better: 'optional' });
    assertShape<TrackerProgress>('progress', def(s, 'progress'), { value: 'required', max: 'optional', label: 'optional' });
    assertShape<TrackerEvidence>('evidence', def(s, 'evidence'), { date: 'required', text: 'required', url: 'optional' });
    assert.deepEqual(enumOf(def(s, 'tone')), [...TRACKER_TONES]);
    const defaultStatus = s.else!.properties!.indicators!.items!.properties!.status;
    assert.deepEqual(enumOf(defaultStatus), [...DEFAULT_STATUS_KEYS]);
    const trend: Record<TrackerTrend['direction'], true> = { up: true, down: true, flat: true };
    assert.deepEqual(enumOf(def(s, 'trend').properties!.direction), Object.keys(trend));
  });
});

const cliIo = (name: string, content: unknown) => memoryIo({ [name]: JSON.stringify(content) });

async function agreement(fixture: ContentFixture): Promise<void> {
  const { tag, content, valid } = fixture;
  const result = validate(tag, content);
  assert.equal(result.ok, valid, `validate(): ${JSON.stringify(result.errors)}`);
  assert.equal(result.errors.length === 0, valid, 'validate(): errors listed exactly when invalid');
  for (const e of result.errors) {
    assert.equal(typeof e.path, 'string');
    assert.ok(e.message.length > 0);
  }

  const schemaSays = check[tag](content) as boolean;
  const expected = fixture.schemaAccepts ? true : fixture.schemaRefuses ? false : valid;
  assert.equal(schemaSays, expected, `schema: ${JSON.stringify(check[tag].errors)}`);

  const file = `${tag}.fixture.json`;
  const cli = cliIo(file, content);
  const code = await runCli(['validate', file, '--component', tag], cli.io);
  assert.equal(code, valid ? 0 : 1, 'CLI exit code');
  assert.deepEqual(cli.out, result.errors.map((e) => `${file}: ${e.path}: ${e.message}`), 'CLI prints file: path: message per error');
  assert.deepEqual(cli.err, []);
}

describe('validate(), the CLI and the JSON Schemas agree', () => {
  const examples = exampleFixtures();

  it('finds every example content file, for every component', () => {
    assert.deepEqual([...new Set(examples.map((f) => f.tag))].sort(), [...CONTENT_TAGS]);
    assert.ok(examples.some((f) => f.name.endsWith('indicator-tracker-full.json')));
  });

  for (const fixture of [...examples, ...validFixtures]) {
    it(`valid: ${fixture.name}`, () => agreement(fixture));
  }
  for (const fixture of invalidFixtures) {
    it(`invalid: ${fixture.name}`, () => agreement(fixture));
  }

  it('has invalid cases for every component, and documents every exception', () => {
    for (const tag of CONTENT_TAGS) assert.ok(invalidFixtures.filter((f) => f.tag === tag).length >= 8, tag);
    const exceptions = [...validFixtures, ...invalidFixtures].filter((f) => f.schemaAccepts || f.schemaRefuses).map((f) => f.name);
    // The rules JSON Schema cannot express; any change here must be deliberate (and shown in the schema's description).
    assert.deepEqual(exceptions.sort(), [
      'card: HTML misconception that is only a no-break space',
      'card: duplicate ids',
      'card: impossible date-time',
      'faq: HTML answer that is only an image and a script',
      'faq: duplicate ids',
      'table: a boolean under a key that is not a column',
      'table: duplicate column keys',
      'table: two row-header columns',
      'tracker: duplicate ids',
      'tracker: progress above its max',
      'tracker: status not among custom statuses',
    ]);
  });
});
