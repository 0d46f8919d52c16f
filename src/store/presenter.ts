import { create } from 'zustand';
import { agendaSteps, agendaUnits, clampStep, isTimeBoxMinutes, timeBoxMinutes, type AgendaStep, type AgendaUnit } from '../domain/agenda';
import type { Activity } from '../domain/model';
import { browserPreference, isRecord } from './browserPreference';
import { currentDocument } from './documentStore';

/** How the presenter walks the matrix, remembered by this browser: by group or by row, and the time boxes. */
export interface AgendaSettings {
  readonly by: AgendaUnit;
  /** The time box of every step, in minutes (halves allowed: 2.5 is 2:30); 0 for none. */
  readonly minutes: number;
  /** A group's own time box, by group name, where it differs from `minutes`. */
  readonly groupMinutes: Readonly<Record<string, number>>;
}

export const agendaSettings = browserPreference<AgendaSettings>('raci-workshop/agenda', { by: 'group', minutes: 0, groupMinutes: {} }, (stored) => {
  if (!isRecord(stored)) return undefined;
  const by = agendaUnits.find((u) => u === stored.by) ?? 'group';
  const groupMinutes = isRecord(stored.groupMinutes) ? Object.fromEntries(Object.entries(stored.groupMinutes).filter(([, m]) => isTimeBoxMinutes(m))) : {};
  return { by, minutes: isTimeBoxMinutes(stored.minutes) ? stored.minutes : 0, groupMinutes: groupMinutes as Record<string, number> };
});

/** The running step's clock: time spent before the last pause, and since when it runs (undefined: paused). */
export interface StepClock {
  readonly spent: number;
  readonly since: number | undefined;
}

interface PresenterState {
  readonly presenting: boolean;
  readonly step: number;
  /** The row that the status keys and the decision field speak to. */
  readonly rowId: string | undefined;
  readonly clock: StepClock;
}

export const usePresenter = create<PresenterState>()(() => ({ presenting: false, step: 0, rowId: undefined, clock: { spent: 0, since: undefined } }));

const runningClock = (now: number): StepClock => ({ spent: 0, since: now });

let memo: { activities: readonly Activity[]; by: AgendaUnit; steps: readonly AgendaStep[] } | undefined;
/** The agenda of these activities, worked out once per document (every row and the bar ask for it). */
function stepsOf(activities: readonly Activity[], by: AgendaUnit): readonly AgendaStep[] {
  if (memo?.activities !== activities || memo.by !== by) memo = { activities, by, steps: agendaSteps(activities, by) };
  return memo.steps;
}

export interface PresentedStep {
  readonly steps: readonly AgendaStep[];
  readonly index: number;
  readonly step: AgendaStep | undefined;
  /** The current row: the one chosen, or the step's first when that one has left the step. */
  readonly rowId: string | undefined;
}

export function presentedStep(state: PresenterState, activities: readonly Activity[], by: AgendaUnit): PresentedStep {
  const steps = stepsOf(activities, by);
  const index = clampStep(state.step, steps.length);
  const step = steps[index];
  const rowId = state.rowId !== undefined && step?.activityIds.includes(state.rowId) ? state.rowId : step?.activityIds[0];
  return { steps, index, step, rowId };
}

const now = () => Date.now();

function current(): PresentedStep {
  return presentedStep(usePresenter.getState(), currentDocument().activities, agendaSettings.get().by);
}

/** Starts at the step holding `rowId` (the row in view or in focus), else at the first. */
export function startPresenting(rowId?: string): void {
  const steps = stepsOf(currentDocument().activities, agendaSettings.get().by);
  const at = rowId === undefined ? -1 : steps.findIndex((s) => s.activityIds.includes(rowId));
  usePresenter.setState({ presenting: true, step: Math.max(0, at), rowId: at >= 0 ? rowId : undefined, clock: runningClock(now()) });
}

export function stopPresenting(): void {
  usePresenter.setState({ presenting: false });
}

/** Moves the agenda by `delta` steps; a new step starts its own time box. False at either end. */
export function stepAgenda(delta: number): boolean {
  const { steps, index } = current();
  const next = clampStep(index + delta, steps.length);
  if (next === index) return false;
  usePresenter.setState({ step: next, rowId: undefined, clock: runningClock(now()) });
  return true;
}

/** Moves the current row within the step; false at either end. */
export function stepRow(delta: number): boolean {
  const { step, rowId } = current();
  if (!step || rowId === undefined) return false;
  const next = step.activityIds[step.activityIds.indexOf(rowId) + delta];
  if (next === undefined) return false;
  usePresenter.setState({ rowId: next });
  return true;
}

export function pauseOrResume(): void {
  const { clock } = usePresenter.getState();
  const at = now();
  usePresenter.setState({ clock: clock.since === undefined ? { spent: clock.spent, since: at } : { spent: clock.spent + at - clock.since, since: undefined } });
}

export function elapsedOn(clock: StepClock, at: number): number {
  return clock.spent + (clock.since === undefined ? 0 : at - clock.since);
}

/** The current step's time box, in minutes (0: none). */
export function timeBoxOf(step: AgendaStep | undefined, settings: AgendaSettings): number {
  return timeBoxMinutes(step, settings.by, settings.minutes, settings.groupMinutes);
}

/** Switches between groups and rows, staying on the current row's step. */
export function chooseAgendaUnit(by: AgendaUnit): void {
  const settings = agendaSettings.get();
  if (settings.by === by) return;
  const { rowId } = current();
  agendaSettings.set({ ...settings, by });
  const steps = stepsOf(currentDocument().activities, by);
  const at = steps.findIndex((s) => rowId !== undefined && s.activityIds.includes(rowId));
  usePresenter.setState({ step: Math.max(0, at), rowId });
}

export function setEveryStepMinutes(minutes: number): void {
  agendaSettings.set({ ...agendaSettings.get(), minutes });
}

/** A group's own time box; undefined goes back to the one for every step. */
export function setGroupMinutes(group: string, minutes: number | undefined): void {
  const settings = agendaSettings.get();
  const { [group]: _old, ...others } = settings.groupMinutes;
  agendaSettings.set({ ...settings, groupMinutes: minutes === undefined ? others : { ...others, [group]: minutes } });
}

let shownMemo: { activities: readonly Activity[]; step: AgendaStep | undefined; shown: readonly Activity[] } | undefined;
function shownOn(activities: readonly Activity[], step: AgendaStep | undefined): readonly Activity[] {
  if (shownMemo?.activities !== activities || shownMemo.step !== step) {
    const ids = new Set(step?.activityIds);
    shownMemo = { activities, step, shown: activities.filter((a) => ids.has(a.id)) };
  }
  return shownMemo.shown;
}

export interface PresentedRows {
  readonly presenting: boolean;
  /** What a view shows: every activity, or in presenter mode the current step's alone (the same list while unchanged). */
  readonly activities: readonly Activity[];
  readonly rowId: string | undefined;
}

/** The rows the board and the matrix show, for presenter mode and out of it. */
export function usePresentedRows(activities: readonly Activity[]): PresentedRows {
  const presenter = usePresenter();
  const by = agendaSettings.useValue((s) => s.value.by);
  if (!presenter.presenting) return { presenting: false, activities, rowId: undefined };
  const { step, rowId } = presentedStep(presenter, activities, by);
  return { presenting: true, activities: shownOn(activities, step), rowId };
}
