import { CURRENT_SCHEMA_VERSION, fileSchema } from './fileSchema';

export const JSON_SCHEMA_PATH = `schema/raci-workshop-${CURRENT_SCHEMA_VERSION}.schema.json`;

/**
 * The JSON Schema published with the app for other tools, generated from the very shapes the app loads
 * with, so the two cannot drift. It describes what a file may hold; the app is more tolerant on load
 * (it repairs and reports unknown ids, repeats and bad colours).
 */
export function workshopJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    ...fileSchema.jsonSchema(),
    title: `RACI workshop file, schema version ${CURRENT_SCHEMA_VERSION}`,
    description: 'A saved responsibility matrix (.raci.json): departments, activities and their RACI assignments.',
  };
}
