import Ajv2020 from 'ajv/dist/2020';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_PATH, workshopJsonSchema } from '../../src/format/jsonSchema';

const publicDir = new URL('../../public/', import.meta.url);
const publishedUrl = new URL(JSON_SCHEMA_PATH, publicDir);
const generated = `${JSON.stringify(workshopJsonSchema(), null, 2)}\n`;

// UPDATE_SCHEMA=1 rewrites the published file after a deliberate change of the format.
if (process.env.UPDATE_SCHEMA) writeFileSync(publishedUrl, generated);

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(workshopJsonSchema());
const read = (url: URL) => JSON.parse(readFileSync(url, 'utf8')) as unknown;

describe('the published JSON Schema', () => {
  it('is the one the app generates from its own schema', () => {
    expect(readFileSync(publishedUrl, 'utf8'), 'run UPDATE_SCHEMA=1 npx vitest run tests/format/jsonSchema.test.ts').toBe(generated);
  });

  it.each(readdirSync(new URL('examples/', publicDir)).filter((f) => f.endsWith('.raci.json')))('accepts the example %s', (name) => {
    expect(validate(read(new URL(`examples/${name}`, publicDir))), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(['example', 'rasci', 'daci', 'signed-off'])('accepts the frozen version 1 fixture %s', (name) => {
    expect(validate(read(new URL(`../fixtures/v1/${name}.raci.json`, import.meta.url)))).toBe(true);
  });

  it('rejects a file without its format or with a nameless activity', () => {
    expect(validate({ schemaVersion: 1, document: { departments: [], activities: [], assignments: [] } })).toBe(false);
    const fixture = read(new URL('../fixtures/v1/example.raci.json', import.meta.url)) as { document: { activities: { name: unknown }[] } };
    fixture.document.activities[0]!.name = 42;
    expect(validate(fixture)).toBe(false);
  });
});
