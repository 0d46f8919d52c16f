import { groupActivities } from './activityGroups';
import type { Activity } from './model';

/** What one press of Next moves by in presenter mode. */
export const agendaUnits = ['group', 'row'] as const;
export type AgendaUnit = (typeof agendaUnits)[number];

/** One stop on the agenda: a group of activities, or a single activity under its group's name. */
export interface AgendaStep {
  readonly key: string;
  /** The group's name, '' for activities without one. */
  readonly group: string;
  readonly activityIds: readonly string[];
}

/** The agenda in the board's order: one step per group, or one per activity. */
export function agendaSteps(activities: readonly Activity[], by: AgendaUnit): readonly AgendaStep[] {
  const groups = groupActivities(activities);
  if (by === 'group') return groups.map((g) => ({ key: `group:${g.name}`, group: g.name, activityIds: g.activities.map((a) => a.id) }));
  return groups.flatMap((g) => g.activities.map((a) => ({ key: `row:${a.id}`, group: g.name, activityIds: [a.id] })));
}

/** A step number that exists on an agenda of `count` steps (0 when there is none). */
export function clampStep(step: number, count: number): number {
  return Math.min(Math.max(0, step), Math.max(0, count - 1));
}

/** A time box runs up to four hours, set in half minutes: a short item gets 30 s, or 2 min 30 s. */
export const MAX_TIME_BOX_MINUTES = 240;

/** Whether `value` is a time box in minutes: from 0 (none) to the maximum, in steps of half a minute. */
export function isTimeBoxMinutes(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value * 2) && value >= 0 && value <= MAX_TIME_BOX_MINUTES;
}

/**
 * How long a step's time box runs, in minutes (0: none): a group's own minutes where set, else the one
 * duration for every step. A row on its own takes the one duration: a group's minutes are for the group.
 */
export function timeBoxMinutes(step: AgendaStep | undefined, by: AgendaUnit, everyStep: number, perGroup: Readonly<Record<string, number>>): number {
  if (!step) return 0;
  return (by === 'group' ? perGroup[step.group] : undefined) ?? everyStep;
}

/** "4:05" for what is left, "0:00" once it is over; minutes go past 59 rather than into hours. */
export function formatCountdown(milliseconds: number): string {
  const seconds = Math.max(0, Math.ceil(milliseconds / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
