import type { ArgTypesEnhancer, StrictInputType } from 'storybook/internal/types';

/**
 * The Custom Elements Manifest as Storybook's docs should show it: the public API only.
 *
 * The analyzer lists every reactive property, including internal state (`state: true`) and private or protected
 * fields, as attributes and members; Storybook would show them all in the docs tables and as controls. Here:
 * - private and protected members, and the attributes that belong to them, are dropped;
 * - a property that has an attribute is shown once, as the attribute, whose description names the property;
 * - read-only properties say so;
 * - public methods and custom states (which Storybook's tables leave out) are listed in the description;
 * - parts are named `::part(name)` and the default slot `(default)`: Storybook keys every row by name, so a part
 *   named like an attribute (`highlight`, `filter`) would otherwise replace the attribute's row and control, and a
 *   slot without a name would be left out;
 * - descriptions are unwrapped: JSDoc lines are hard-wrapped, and Markdown would turn a wrapped code span into a
 *   code block.
 */

interface TypeText {
  text?: string;
}
interface Member {
  kind?: string;
  name: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  description?: string;
  type?: TypeText;
  parameters?: { name: string; optional?: boolean; default?: string }[];
}
interface Attribute {
  name: string;
  fieldName?: string;
  description?: string;
}
interface Named {
  name: string;
  description?: string;
}
interface Declaration {
  tagName?: string;
  description?: string;
  members?: Member[];
  attributes?: Attribute[];
  cssParts?: Named[];
  cssProperties?: Named[];
  slots?: Named[];
  events?: Named[];
  cssStates?: Named[];
}
interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

/** Joins hard-wrapped lines; keeps paragraph breaks and list items. */
const unwrap = (text: string | undefined): string | undefined => text?.replace(/([^\n])\n(?![\n\-*]|\d+\.)\s*/g, '$1 ');

const unwrapAll = <T extends Named>(items: T[] | undefined, rename: (name: string) => string = (name) => name): T[] | undefined =>
  items?.map((item) => ({ ...item, name: rename(item.name), description: unwrap(item.description) }));

const isPublic = (member: Member): boolean => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#');

function signature(method: Member): string {
  const params = (method.parameters ?? []).map((p) => (p.optional || p.default !== undefined ? `${p.name}?` : p.name));
  return `${method.static ? 'static ' : ''}${method.name}(${params.join(', ')})`;
}

function describeExtras(decl: Declaration, methods: Member[]): string {
  const parts = [unwrap(decl.description) ?? ''];
  if (methods.length > 0) {
    parts.push(`**Methods**\n\n${methods.map((m) => `- \`${signature(m)}\`${m.description ? `: ${unwrap(m.description)}` : ''}`).join('\n')}`);
  }
  if (decl.cssStates?.length) {
    parts.push(`**Custom states**\n\n${decl.cssStates.map((s) => `- \`:state(${s.name})\`${s.description ? `: ${unwrap(s.description)}` : ''}`).join('\n')}`);
  }
  return parts.filter(Boolean).join('\n\n');
}

function cleanDeclaration(decl: Declaration): Declaration {
  if (!decl.tagName) return decl;
  const all = decl.members ?? [];
  const hidden = new Set(all.filter((m) => !isPublic(m)).map((m) => m.name));
  const fields = all.filter((m) => m.kind === 'field' && isPublic(m) && !m.static);
  const byName = new Map(fields.map((f) => [f.name, f]));
  const methods = all.filter((m) => m.kind === 'method' && isPublic(m));
  const attributes = (decl.attributes ?? [])
    .filter((a) => !(a.fieldName && hidden.has(a.fieldName)))
    .map((a) => {
      const field = a.fieldName ? byName.get(a.fieldName) : undefined;
      const note = a.fieldName && a.fieldName !== a.name ? ` (property \`${a.fieldName}\`)` : '';
      return { ...a, description: `${unwrap(a.description ?? field?.description) ?? ''}${note}`.trim() };
    });
  const members = fields
    .filter((f) => !f.attribute)
    .map((f) => ({ ...f, description: `${unwrap(f.description) ?? ''}${f.readonly ? ' Read-only.' : ''}`.trim() }));
  return {
    ...decl,
    attributes,
    members,
    cssParts: unwrapAll(decl.cssParts, (name) => `::part(${name})`),
    cssProperties: unwrapAll(decl.cssProperties),
    slots: unwrapAll(decl.slots, (name) => name || '(default)'),
    events: unwrapAll(decl.events),
    description: describeExtras(decl, methods),
  };
}

export function publicManifest(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules?.map((mod) => ({ ...mod, declarations: mod.declarations?.map(cleanDeclaration) })),
  };
}

/** `'a' | 'b' | 'c'` (optionally `| undefined`) as its options, else null. */
function literalOptions(typeText: string): string[] | null {
  if (!/^'[^']*'(\s*\|\s*'[^']*')+$/.test(typeText)) return null;
  return [...typeText.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
}

function controlFor(argType: StrictInputType): Partial<StrictInputType> | null {
  const summary = argType.table?.type?.summary;
  if (typeof summary !== 'string') return null;
  const text = summary.replace(/\s*\|\s*(undefined|null)\b/g, '').trim();
  const options = literalOptions(text);
  if (options) return { control: { type: 'inline-radio' }, options };
  if (text === 'boolean') return { control: { type: 'boolean' } };
  if (text === 'number') return { control: { type: 'number' } };
  if (text === 'string') return { control: { type: 'text' } };
  // A date attribute takes an ISO string.
  if (text === 'Date' && argType.table?.category === 'attributes') return { control: { type: 'text' } };
  return null;
}

/**
 * Controls from the manifest's types (`'a' | 'b'` becomes a radio, `number | undefined` a number field), and only
 * for what a story's render actually uses (its args): the other attributes, properties, events, parts and custom
 * properties stay in the docs table, without a control that would do nothing.
 */
export const manifestControls: ArgTypesEnhancer = (context) => {
  const { argTypes, initialArgs } = context;
  const result: typeof argTypes = {};
  for (const [name, argType] of Object.entries(argTypes)) {
    if (!(name in initialArgs)) {
      result[name] = { ...argType, control: false };
      continue;
    }
    result[name] = argType.control === undefined ? { ...argType, ...controlFor(argType) } : argType;
  }
  return result;
};
manifestControls.secondPass = true;
