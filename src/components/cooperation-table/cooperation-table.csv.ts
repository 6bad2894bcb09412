/** Characters that make a spreadsheet read a cell as a formula (CSV injection), plus tab and carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field (RFC 4180): a number as JavaScript writes it (`-2.25`, `1234567`: no thousands separators, and no
 * guard, since a number is not a formula); text starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a
 * leading `'` so no spreadsheet runs it as a formula; text holding `"`, `,`, CR or LF is quoted, inner quotes doubled.
 */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV document: a header record, then one record per row, CRLF between records. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const records = [header, ...rows].map((fields) => fields.map(csvField).join(','));
  return records.join('\r\n');
}

/** A file name from a title: `Key Pillars of ...` gives `key-pillars-of-....csv`; `table.csv` when empty. */
export function csvFileName(name: string | undefined): string {
  const slug = (name ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${slug || 'table'}.csv`;
}

/** Adds `.csv` to a file name that has no extension. */
export function withCsvExtension(name: string): string {
  return /\.[a-z0-9]{1,5}$/i.test(name) ? name : `${name}.csv`;
}
