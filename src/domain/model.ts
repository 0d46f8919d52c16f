/** The matrix as the whole app sees it: plain data, no behaviour, safe to serialize. */
import type { CheckSettings } from './checks/checkSettings';

/** Every role scheme a workshop can use; the file format accepts exactly these. */
export const roleSchemeIds = ['RACI', 'RASCI', 'DACI'] as const;

export type RoleSchemeId = (typeof roleSchemeIds)[number];

/** A role's letter within its scheme, e.g. "R" or "A". */
export type RoleKey = string;

export interface Department {
  readonly id: string;
  readonly name: string;
  readonly color: string;
  /** "PR" for Public Relations: shown where the name does not fit (departmentLabels.ts). */
  readonly shortLabel?: string;
  readonly description?: string;
}

/**
 * Where the room stands on an activity. Open is where every row starts, and is not written to the file;
 * disputed and parked rows wait in the parking lot for the end of the workshop.
 */
export const activityStatuses = ['open', 'agreed', 'disputed', 'parked'] as const;

export type ActivityStatus = (typeof activityStatuses)[number];

export interface Activity {
  readonly id: string;
  readonly name: string;
  readonly group?: string;
  /** The social property the activity is about, e.g. "Facebook page". */
  readonly channel?: string;
  readonly description?: string;
  /** What the workshop decided about this activity, for the charter. */
  readonly decision?: string;
  readonly notes?: string;
  /** Absent means open. */
  readonly status?: Exclude<ActivityStatus, 'open'>;
  /** Why a disputed or parked row waits, e.g. "Legal wants to see the crisis plan first". */
  readonly parkingNote?: string;
}

export interface Assignment {
  readonly activityId: string;
  readonly departmentId: string;
  readonly role: RoleKey;
}

export interface WorkshopInfo {
  readonly organization: string;
  readonly date: string;
  readonly facilitator: string;
  readonly participants: readonly string[];
}

/** When a post or a situation must go up the line: what sets it off, who acts, how fast. */
export interface EscalationRule {
  readonly trigger: string;
  readonly who: string;
  readonly howFast: string;
}

/**
 * Where a department stands on the charter after the workshop. Pending is where every department starts,
 * and is not written to the file.
 */
export const acknowledgementStates = ['pending', 'agreed', 'objected'] as const;

export type AcknowledgementState = (typeof acknowledgementStates)[number];

/** The states a file can hold: pending is the absence of an acknowledgement. */
export const givenAcknowledgements = ['agreed', 'objected'] as const satisfies readonly AcknowledgementState[];

export interface Acknowledgement {
  readonly state: (typeof givenAcknowledgements)[number];
  /** The day it was given, yyyy-mm-dd; '' when not known. */
  readonly date: string;
  /** What an objection is about, or a remark that came with the agreement. */
  readonly note?: string;
}

/** The name that signs for a department on the charter, and the department's acknowledgement once given. */
export interface SignOffLine {
  readonly departmentId: string;
  readonly lead: string;
  readonly acknowledgement?: Acknowledgement;
}

/** What the room writes down beside the matrix, for the signed charter (the README, "The PDF charter"). */
export interface Charter {
  readonly purpose: string;
  readonly champion: string;
  readonly sponsor: string;
  readonly escalations: readonly EscalationRule[];
  readonly signOff: readonly SignOffLine[];
}

export interface RaciDocument {
  readonly title: string;
  readonly roleScheme: RoleSchemeId;
  readonly workshop: WorkshopInfo;
  readonly departments: readonly Department[];
  readonly activities: readonly Activity[];
  readonly assignments: readonly Assignment[];
  /** Thresholds of the checks; absent means the defaults. */
  readonly checkSettings?: CheckSettings;
  /** The charter's own texts; absent until someone fills them in. */
  readonly charter?: Charter;
}

export const emptyWorkshopInfo: WorkshopInfo = {
  organization: '',
  date: '',
  facilitator: '',
  participants: [],
};

/** One text per assignment, for sets and maps of them and for element ids; never parsed back. */
export function assignmentKey(a: Assignment): string {
  return JSON.stringify([a.activityId, a.departmentId, a.role]);
}

export function sameAssignment(a: Assignment, b: Assignment): boolean {
  return a.activityId === b.activityId && a.departmentId === b.departmentId && a.role === b.role;
}
