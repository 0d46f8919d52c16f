import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../src/format/fileSchema';
import { migrateToCurrent, migrations } from '../../src/format/migrations';

describe('migrations', () => {
  it('has exactly one migration for every version below the current one', () => {
    for (let version = 1; version < CURRENT_SCHEMA_VERSION; version += 1) {
      expect(migrations.filter((m) => m.from === version), `from ${version}`).toHaveLength(1);
    }
    expect(migrations.every((m) => m.from >= 1 && m.from < CURRENT_SCHEMA_VERSION)).toBe(true);
  });

  it('leaves a current file as it is', () => {
    const file = { format: 'raci-workshop', schemaVersion: CURRENT_SCHEMA_VERSION };
    expect(migrateToCurrent(file, CURRENT_SCHEMA_VERSION, CURRENT_SCHEMA_VERSION)).toBe(file);
  });

  it('refuses a gap in the chain rather than guessing', () => {
    expect(migrateToCurrent({}, CURRENT_SCHEMA_VERSION, CURRENT_SCHEMA_VERSION + 2)).toBeUndefined();
  });
});
