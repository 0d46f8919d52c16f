/**
 * Append-only: migration N turns a file of schema version N into version N + 1. Never edit a shipped
 * migration; add the next one and raise CURRENT_SCHEMA_VERSION with it. Version 1 is the first version,
 * so nothing needs migrating yet.
 */
export interface Migration {
  readonly from: number;
  readonly describe: string;
  readonly migrate: (file: Record<string, unknown>) => Record<string, unknown>;
}

export const migrations: readonly Migration[] = [];

/** Runs every migration from `version` up; returns undefined when one is missing (a gap is a bug). */
export function migrateToCurrent(
  file: Record<string, unknown>,
  version: number,
  current: number,
): Record<string, unknown> | undefined {
  let migrated = file;
  for (let v = version; v < current; v += 1) {
    const step = migrations.find((m) => m.from === v);
    if (!step) return undefined;
    migrated = { ...step.migrate(migrated), schemaVersion: v + 1 };
  }
  return migrated;
}
