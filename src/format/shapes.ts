/**
 * The few kinds of value a `.raci.json` file holds, as shapes that check a parsed JSON value, keep only the
 * fields they know, say what is wrong and where, and describe themselves as JSON Schema. Small on purpose:
 * the file codec loads at start-up (a stored workshop is read before the first paint), where a general
 * validation library cost five times its size.
 */

export type ShapePath = readonly (string | number)[];

/** What a value got wrong, at `path`. The codec words these for people (parseWorkshopFile.ts). */
export type ShapeIssue =
  | { readonly kind: 'type'; readonly path: ShapePath; readonly expected: 'text' | 'whole number' | 'list' | 'object' }
  | { readonly kind: 'empty'; readonly path: ShapePath }
  | { readonly kind: 'one-of'; readonly path: ShapePath; readonly values: readonly string[] }
  | { readonly kind: 'too-small'; readonly path: ShapePath; readonly minimum: number }
  | { readonly kind: 'too-big'; readonly path: ShapePath; readonly maximum: number };

export interface Shape<T> {
  /** The value as the shape keeps it (unknown fields left out, text trimmed where it says so); issues go to `issues`. */
  readonly read: (value: unknown, path: ShapePath, issues: ShapeIssue[]) => T;
  readonly jsonSchema: () => Record<string, unknown>;
  /** An object's fields, for the walk that names unknown ones (unknownFields.ts). */
  readonly fields?: Readonly<Record<string, Shape<unknown>>>;
  /** A list's item shape, for the same walk. */
  readonly items?: Shape<unknown>;
  readonly optional?: true;
}

export interface OptionalShape<T> extends Shape<T | undefined> {
  readonly optional: true;
}

export type Infer<S> = S extends Shape<infer T> ? T : never;

type Fields = Readonly<Record<string, Shape<unknown>>>;
type OptionalKeys<F extends Fields> = { [K in keyof F]: F[K] extends OptionalShape<unknown> ? K : never }[keyof F];
type RequiredKeys<F extends Fields> = Exclude<keyof F, OptionalKeys<F>>;
type Flat<T> = { [K in keyof T]: T[K] };
export type ObjectOf<F extends Fields> = Flat<{ [K in RequiredKeys<F>]: Infer<F[K]> } & { [K in OptionalKeys<F>]?: Exclude<Infer<F[K]>, undefined> }>;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Any text. */
export const text = (): Shape<string> => ({
  read: (value, path, issues) => {
    if (typeof value === 'string') return value;
    issues.push({ kind: 'type', path, expected: 'text' });
    return '';
  },
  jsonSchema: () => ({ type: 'string' }),
});

/** Text with something in it: trimmed, and not empty after that. */
export const filledText = (): Shape<string> => ({
  read: (value, path, issues) => {
    if (typeof value !== 'string') {
      issues.push({ kind: 'type', path, expected: 'text' });
      return '';
    }
    const trimmed = value.trim();
    if (trimmed === '') issues.push({ kind: 'empty', path });
    return trimmed;
  },
  jsonSchema: () => ({ type: 'string', minLength: 1 }),
});

/** A whole number, within the bounds given. */
export const wholeNumber = (bounds: { readonly minimum?: number; readonly maximum?: number } = {}): Shape<number> => ({
  read: (value, path, issues) => {
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      issues.push({ kind: 'type', path, expected: 'whole number' });
      return 0;
    }
    const { minimum, maximum } = bounds;
    if (minimum !== undefined && value < minimum) issues.push({ kind: 'too-small', path, minimum });
    else if (maximum !== undefined && value > maximum) issues.push({ kind: 'too-big', path, maximum });
    return value;
  },
  jsonSchema: () => ({ type: 'integer', ...bounds }),
});

/** Exactly one of `values`. */
export const oneOf = <const V extends string>(values: readonly V[]): Shape<V> => ({
  read: (value, path, issues) => {
    if ((values as readonly unknown[]).includes(value)) return value as V;
    issues.push({ kind: 'one-of', path, values });
    return values[0] as V;
  },
  jsonSchema: () => (values.length === 1 ? { type: 'string', const: values[0] } : { type: 'string', enum: [...values] }),
});

export const list = <T>(items: Shape<T>): Shape<T[]> => ({
  read: (value, path, issues) => {
    if (!Array.isArray(value)) {
      issues.push({ kind: 'type', path, expected: 'list' });
      return [];
    }
    return value.map((item: unknown, index) => items.read(item, [...path, index], issues));
  },
  jsonSchema: () => ({ type: 'array', items: items.jsonSchema() }),
  items,
});

/** A field that may be left out; a value that is there must still fit. */
export const optional = <T>(inner: Shape<T>): OptionalShape<T> => ({
  read: (value, path, issues) => (value === undefined ? undefined : inner.read(value, path, issues)),
  jsonSchema: inner.jsonSchema,
  optional: true,
  fields: inner.fields,
  items: inner.items,
});

/** An object of the given fields; other fields are left out (and named by unknownFields.ts). */
export const object = <F extends Fields>(fields: F): Shape<ObjectOf<F>> => ({
  read: (value, path, issues) => {
    const kept: Record<string, unknown> = {};
    if (!isPlainObject(value)) {
      issues.push({ kind: 'type', path, expected: 'object' });
      return kept as ObjectOf<F>;
    }
    for (const [key, field] of Object.entries(fields)) {
      // Own fields only: "__proto__" or "constructor" in a file must never reach a prototype.
      const read = field.read(Object.hasOwn(value, key) ? value[key] : undefined, [...path, key], issues);
      if (read !== undefined) kept[key] = read;
    }
    return kept as ObjectOf<F>;
  },
  jsonSchema: () => {
    const required = Object.keys(fields).filter((key) => !fields[key]?.optional);
    const properties = Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, field.jsonSchema()]));
    return { type: 'object', properties, ...(required.length > 0 ? { required } : {}) };
  },
  fields,
});

/** Reads `value` with `shape`: the value it keeps, or every issue found. */
export function readShape<T>(shape: Shape<T>, value: unknown): { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly ShapeIssue[] } {
  const issues: ShapeIssue[] = [];
  const read = shape.read(value, [], issues);
  return issues.length === 0 ? { ok: true, value: read } : { ok: false, issues };
}
