import type { Active, Over } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { createSocialMediaWorkshop } from '../../../src/domain/templates/socialMedia';
import { boardAnnouncements } from '../../../src/features/board/announcements';

const doc = createSocialMediaWorkshop('2026-11-22');
const announcements = boardAnnouncements(() => doc, () => 'Legal assigned to Lead crisis response, Accountable.');
const active = { id: 'x', data: { current: { kind: 'palette', departmentId: 'legal' } } } as unknown as Active;
const over = (data: unknown) => ({ id: 'y', data: { current: data } }) as unknown as Over;

describe('screen reader announcements', () => {
  it('name the department, the activity and the role', () => {
    expect(announcements.onDragStart({ active })).toBe('Picked up Legal.');
    expect(announcements.onDragOver({ active, over: over({ kind: 'cell', activityId: 'crisis', role: 'A' }) })).toBe(
      'Legal is over Lead crisis response, Accountable.',
    );
    expect(announcements.onDragOver({ active, over: over({ kind: 'palette' }) })).toBe('Legal is over the department palette.');
    expect(announcements.onDragOver({ active, over: null })).toBe('Legal is not over a cell.');
  });

  it('describe the drop as the board decided it, and a cancel as nothing done', () => {
    expect(announcements.onDragEnd({ active, over: null })).toBe('Legal assigned to Lead crisis response, Accountable.');
    expect(announcements.onDragCancel({ active, over: null })).toBe('Cancelled. Legal was not placed.');
  });
});
