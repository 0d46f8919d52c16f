import { isPlainObject, type Shape } from './shapes';

// Keys of parsed JSON: names and list positions only.
export type FieldPath = readonly (string | number)[];

function collect(value: unknown, shape: Shape<unknown>, path: FieldPath, found: FieldPath[]): void {
  if (shape.items) {
    const items = shape.items;
    if (Array.isArray(value)) value.forEach((item, index) => collect(item, items, [...path, index], found));
  } else if (shape.fields && isPlainObject(value)) {
    const fields = shape.fields;
    // Own keys only on both sides: "__proto__" or "constructor" in a file is just an unknown name.
    for (const key of Object.keys(value)) {
      const field = Object.hasOwn(fields, key) ? fields[key] : undefined;
      if (field) collect(value[key], field, [...path, key], found);
      else found.push([...path, key]);
    }
  }
}

/**
 * Where `value` holds fields that `shape` does not know, in the order of the file. The known fields come
 * from the shapes themselves, so this list cannot drift from what is loaded. Meant for a value the shape
 * accepted: the walk follows the shape, never the depth of an unknown field's content.
 */
export function unknownFields(value: unknown, shape: Shape<unknown>): FieldPath[] {
  const found: FieldPath[] = [];
  collect(value, shape, [], found);
  return found;
}
