import { z } from 'zod/mini';
import { checkSettingLimits, type CheckSettingLimit, type CheckSettings } from '../domain/checks/checkSettings';
import { roleSchemeIds } from '../domain/model';

/**
 * Schema of the `.raci.json` file, version 1 (the README, "Nothing is lost"). Required fields never change meaning;
 * new optional fields may be added. Unknown fields are dropped on load (and named among the repairs), so
 * nothing from them can reach the app (or an object's prototype). zod/mini keeps the codec small enough to
 * load at start-up.
 */
export const FILE_FORMAT = 'raci-workshop';
export const CURRENT_SCHEMA_VERSION = 1;

const nonEmptyText = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
const optionalText = z.optional(z.string());

export const departmentSchema = z.object({
  id: nonEmptyText,
  name: nonEmptyText,
  color: optionalText,
  shortLabel: optionalText,
  description: optionalText,
});

export const activitySchema = z.object({
  id: nonEmptyText,
  name: nonEmptyText,
  group: optionalText,
  channel: optionalText,
  description: optionalText,
  decision: optionalText,
  notes: optionalText,
});

export const assignmentSchema = z.object({
  activityId: nonEmptyText,
  departmentId: nonEmptyText,
  role: nonEmptyText,
});

export const workshopInfoSchema = z.object({
  organization: optionalText,
  date: optionalText,
  facilitator: optionalText,
  participants: z.optional(z.array(z.string())),
});

const threshold = ({ min, max }: CheckSettingLimit) => z.optional(z.int().check(z.minimum(min), z.maximum(max)));

// Built from the limits table, so its keys (and their order in the JSON Schema) are the table's.
const thresholdShape = Object.fromEntries(Object.entries(checkSettingLimits).map(([key, limit]) => [key, threshold(limit)])) as Record<
  keyof CheckSettings,
  ReturnType<typeof threshold>
>;

/** Thresholds of the checks; each one optional, a missing one takes its default. */
export const checkSettingsSchema = z.object(thresholdShape);

/** The charter's own texts (the README, "The PDF charter"); every part optional. */
export const charterSchema = z.object({
  purpose: optionalText,
  champion: optionalText,
  sponsor: optionalText,
  escalations: z.optional(z.array(z.object({ trigger: optionalText, who: optionalText, howFast: optionalText }))),
  signOff: z.optional(z.array(z.object({ departmentId: nonEmptyText, lead: optionalText }))),
});

export const documentSchema = z.object({
  title: optionalText,
  roleScheme: z.optional(z.enum(roleSchemeIds)),
  workshop: z.optional(workshopInfoSchema),
  departments: z.array(departmentSchema),
  activities: z.array(activitySchema),
  assignments: z.array(assignmentSchema),
  checkSettings: z.optional(checkSettingsSchema),
  charter: z.optional(charterSchema),
});

export const fileSchema = z.object({
  format: z.literal(FILE_FORMAT),
  schemaVersion: z.int().check(z.positive()),
  savedAt: optionalText,
  app: z.optional(z.object({ name: optionalText, version: optionalText })),
  document: documentSchema,
});

export type FileContent = z.infer<typeof fileSchema>;
