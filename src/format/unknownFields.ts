import { z } from 'zod/mini';

export type FieldPath = readonly PropertyKey[];

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function collect(value: unknown, schema: z.core.$ZodType, path: FieldPath, found: FieldPath[]): void {
  if (schema instanceof z.core.$ZodOptional) {
    collect(value, schema._zod.def.innerType, path, found);
  } else if (schema instanceof z.core.$ZodArray) {
    if (Array.isArray(value)) value.forEach((item, index) => collect(item, schema._zod.def.element, [...path, index], found));
  } else if (schema instanceof z.core.$ZodObject && isPlainObject(value)) {
    const shape = schema._zod.def.shape;
    // Own keys only on both sides: "__proto__" or "constructor" in a file is just an unknown name.
    for (const key of Object.keys(value)) {
      const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
      if (field) collect(value[key], field, [...path, key], found);
      else found.push([...path, key]);
    }
  }
}

/**
 * Where `value` holds fields that `schema` does not know, in the order of the file. The known fields come
 * from the schema's own object shapes, so this list cannot drift from what is loaded. Meant for a value
 * the schema accepted: the walk follows the schema, never the depth of an unknown field's content.
 */
export function unknownFields(value: unknown, schema: z.core.$ZodType): FieldPath[] {
  const found: FieldPath[] = [];
  collect(value, schema, [], found);
  return found;
}
