import { checkSettingLimits, type CheckSettingLimit, type CheckSettings } from '../domain/checks/checkSettings';
import { activityStatuses, givenAcknowledgements, roleSchemeIds } from '../domain/model';
import { filledText, list, object, oneOf, optional, text, wholeNumber, type Infer } from './shapes';

/**
 * Schema of the `.raci.json` file, version 1 (the README, "Nothing is lost"). Required fields never change meaning;
 * new optional fields may be added. Unknown fields are dropped on load (and named among the repairs), so
 * nothing from them can reach the app (or an object's prototype).
 */
export const FILE_FORMAT = 'raci-workshop';
export const CURRENT_SCHEMA_VERSION = 1;

const optionalText = optional(text());

export const departmentSchema = object({
  id: filledText(),
  name: filledText(),
  color: optionalText,
  shortLabel: optionalText,
  description: optionalText,
});

export const activitySchema = object({
  id: filledText(),
  name: filledText(),
  group: optionalText,
  channel: optionalText,
  description: optionalText,
  decision: optionalText,
  notes: optionalText,
  status: optional(oneOf(activityStatuses)),
  parkingNote: optionalText,
});

export const assignmentSchema = object({
  activityId: filledText(),
  departmentId: filledText(),
  role: filledText(),
});

export const workshopInfoSchema = object({
  organization: optionalText,
  date: optionalText,
  facilitator: optionalText,
  participants: optional(list(text())),
});

const threshold = ({ min, max }: CheckSettingLimit) => optional(wholeNumber({ minimum: min, maximum: max }));

// Built from the limits table, so its keys (and their order in the JSON Schema) are the table's.
const thresholdFields = Object.fromEntries(Object.entries(checkSettingLimits).map(([key, limit]) => [key, threshold(limit)])) as Record<
  keyof CheckSettings,
  ReturnType<typeof threshold>
>;

/** Thresholds of the checks; each one optional, a missing one takes its default. */
export const checkSettingsSchema = object(thresholdFields);

/** The charter's own texts (the README, "The PDF charter"); every part optional. */
export const charterSchema = object({
  purpose: optionalText,
  champion: optionalText,
  sponsor: optionalText,
  escalations: optional(list(object({ trigger: optionalText, who: optionalText, howFast: optionalText }))),
  signOff: optional(
    list(
      object({
        departmentId: filledText(),
        lead: optionalText,
        acknowledgement: optional(object({ state: oneOf(givenAcknowledgements), date: optionalText, note: optionalText })),
      }),
    ),
  ),
});

export const documentSchema = object({
  title: optionalText,
  roleScheme: optional(oneOf(roleSchemeIds)),
  workshop: optional(workshopInfoSchema),
  departments: list(departmentSchema),
  activities: list(activitySchema),
  assignments: list(assignmentSchema),
  checkSettings: optional(checkSettingsSchema),
  charter: optional(charterSchema),
});

export const fileSchema = object({
  format: oneOf([FILE_FORMAT]),
  schemaVersion: wholeNumber({ minimum: 1 }),
  savedAt: optionalText,
  app: optional(object({ name: optionalText, version: optionalText })),
  document: documentSchema,
});

export type FileContent = Infer<typeof fileSchema>;
