import { describe, expect, it } from 'vitest';
import { agendaSteps, clampStep, formatCountdown, isTimeBoxMinutes, timeBoxMinutes } from '../../src/domain/agenda';
import type { Activity } from '../../src/domain/model';

const activities: Activity[] = [
  { id: 'a', name: 'A', group: 'One' },
  { id: 'b', name: 'B', group: 'Two' },
  { id: 'c', name: 'C', group: 'One' },
  { id: 'd', name: 'D' },
];

describe('the agenda', () => {
  it('has one step per group, in the board’s order, each with its rows', () => {
    expect(agendaSteps(activities, 'group').map((s) => [s.group, s.activityIds])).toEqual([
      ['One', ['a', 'c']],
      ['Two', ['b']],
      ['', ['d']],
    ]);
  });

  it('has one step per row, each under its group’s name', () => {
    expect(agendaSteps(activities, 'row').map((s) => [s.group, s.activityIds])).toEqual([
      ['One', ['a']],
      ['One', ['c']],
      ['Two', ['b']],
      ['', ['d']],
    ]);
  });

  it('keeps a step number within the agenda', () => {
    expect(clampStep(-1, 3)).toBe(0);
    expect(clampStep(7, 3)).toBe(2);
    expect(clampStep(Infinity, 3)).toBe(2);
    expect(clampStep(2, 0)).toBe(0);
  });

  it('gives a group its own time box, else the one for every step; a row takes the one for every step', () => {
    const [one, two] = agendaSteps(activities, 'group');
    expect(timeBoxMinutes(one, 'group', 5, { One: 12 })).toBe(12);
    expect(timeBoxMinutes(two, 'group', 5, { One: 12 })).toBe(5);
    expect(timeBoxMinutes(agendaSteps(activities, 'row')[0], 'row', 2, { One: 12 })).toBe(2);
    expect(timeBoxMinutes(undefined, 'group', 5, {})).toBe(0);
  });

  it('takes time boxes in half minutes, from none to four hours', () => {
    for (const minutes of [0, 0.5, 2.5, 12, 239.5, 240]) expect(isTimeBoxMinutes(minutes), String(minutes)).toBe(true);
    for (const minutes of [-0.5, 0.25, 2.3, 240.5, Number.NaN, Infinity, '5', null]) expect(isTimeBoxMinutes(minutes), String(minutes)).toBe(false);
    const [one] = agendaSteps(activities, 'group');
    expect(formatCountdown(timeBoxMinutes(one, 'group', 2.5, {}) * 60_000)).toBe('2:30');
  });

  it('counts down in minutes and seconds, and stops at zero', () => {
    expect(formatCountdown(5 * 60_000)).toBe('5:00');
    expect(formatCountdown(65_500)).toBe('1:06');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-30_000)).toBe('0:00');
    expect(formatCountdown(90 * 60_000)).toBe('90:00');
  });
});
