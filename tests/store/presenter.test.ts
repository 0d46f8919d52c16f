import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createExampleWorkshop } from '../../src/domain/templates/example';
import { useDocumentStore } from '../../src/store/documentStore';
import { MemoryStorage } from '../../src/store/memoryStorage';
import {
  agendaSettings,
  chooseAgendaUnit,
  elapsedOn,
  pauseOrResume,
  presentedStep,
  setEveryStepMinutes,
  setGroupMinutes,
  startPresenting,
  stepAgenda,
  stepRow,
  timeBoxOf,
  usePresenter,
} from '../../src/store/presenter';

const example = createExampleWorkshop('2026-11-22');
const now = () => presentedStep(usePresenter.getState(), example.activities, agendaSettings.get().by);

describe('presenter mode', () => {
  let storage: MemoryStorage;
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
    storage = new MemoryStorage();
    agendaSettings.connect(storage);
    usePresenter.setState(usePresenter.getInitialState(), true);
    useDocumentStore.getState().replace(example, { resetHistory: true });
  });
  afterEach(() => vi.useRealTimers());

  it('starts at the group of the row in focus, and steps through the groups to either end', () => {
    startPresenting('crisis');
    expect(now().step?.activityIds).toContain('crisis');
    expect(stepAgenda(-Infinity)).toBe(true);
    expect(now().index).toBe(0);
    expect(stepAgenda(-1)).toBe(false);
    expect(stepAgenda(Infinity)).toBe(true);
    expect(now().index).toBe(now().steps.length - 1);
    expect(stepAgenda(1)).toBe(false);
  });

  it('moves the current row within the step, starting on its first', () => {
    startPresenting();
    const first = now().step?.activityIds ?? [];
    expect(now().rowId).toBe(first[0]);
    expect(stepRow(1)).toBe(true);
    expect(now().rowId).toBe(first[1]);
    expect(stepRow(-1)).toBe(true);
    expect(stepRow(-1)).toBe(false);
    stepAgenda(1);
    expect(now().rowId).toBe(now().step?.activityIds[0]);
  });

  it('stays on the current row when switching to rows, and back', () => {
    startPresenting('crisis');
    chooseAgendaUnit('row');
    expect(now().step?.activityIds).toEqual(['crisis']);
    chooseAgendaUnit('group');
    expect(now().rowId).toBe('crisis');
    expect(now().step?.activityIds).toContain('crisis');
  });

  it('runs a clock per step that pauses, resumes and starts again on the next step', () => {
    startPresenting();
    vi.advanceTimersByTime(30_000);
    expect(elapsedOn(usePresenter.getState().clock, Date.now())).toBe(30_000);
    pauseOrResume();
    vi.advanceTimersByTime(60_000);
    expect(elapsedOn(usePresenter.getState().clock, Date.now())).toBe(30_000);
    pauseOrResume();
    vi.advanceTimersByTime(10_000);
    expect(elapsedOn(usePresenter.getState().clock, Date.now())).toBe(40_000);
    stepAgenda(1);
    expect(elapsedOn(usePresenter.getState().clock, Date.now())).toBe(0);
  });

  it('remembers the agenda in this browser: the unit, one time box for all, and a group’s own', () => {
    startPresenting();
    const group = now().step?.group ?? '';
    setEveryStepMinutes(5);
    setGroupMinutes(group, 12);
    expect(timeBoxOf(now().step, agendaSettings.get())).toBe(12);
    stepAgenda(1);
    expect(timeBoxOf(now().step, agendaSettings.get())).toBe(5);
    setGroupMinutes(group, undefined);
    chooseAgendaUnit('row');
    agendaSettings.connect(storage);
    expect(agendaSettings.get()).toEqual({ by: 'row', minutes: 5, groupMinutes: {} });
  });

  it('remembers half minutes, and reads the whole minutes stored before them as they were', () => {
    setEveryStepMinutes(0.5);
    setGroupMinutes('Content & publishing', 2.5);
    agendaSettings.connect(storage);
    expect(agendaSettings.get()).toEqual({ by: 'group', minutes: 0.5, groupMinutes: { 'Content & publishing': 2.5 } });
    storage.setItem('raci-workshop/agenda', JSON.stringify({ by: 'group', minutes: 5, groupMinutes: { A: 12, B: 2.25 } }));
    agendaSettings.connect(storage);
    expect(agendaSettings.get()).toEqual({ by: 'group', minutes: 5, groupMinutes: { A: 12 } });
  });

  it('reads a damaged preference as the defaults, keeping what is valid', () => {
    storage.setItem('raci-workshop/agenda', JSON.stringify({ by: 'sideways', minutes: -3, groupMinutes: { A: 4, B: 'x' } }));
    agendaSettings.connect(storage);
    expect(agendaSettings.get()).toEqual({ by: 'group', minutes: 0, groupMinutes: { A: 4 } });
    storage.setItem('raci-workshop/agenda', '{not json');
    agendaSettings.connect(storage);
    expect(agendaSettings.get()).toEqual({ by: 'group', minutes: 0, groupMinutes: {} });
  });
});
