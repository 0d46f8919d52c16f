import type { Active, Over } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { createSocialMediaWorkshop } from '../../../src/domain/templates/socialMedia';
import { boardAnnouncements } from '../../../src/features/board/announcements';
import { createDragState } from '../../../src/features/board/dragState';

const doc = createSocialMediaWorkshop('2026-11-22');
// dnd-kit hands over its own active and over; the announcements read the board's drag state instead.
const active = { id: 'palette', data: { current: {} } } as unknown as Active;
const over = null as Over | null;

describe('screen reader announcements', () => {
  it('name the department, the activity and the role, from where the board says the chip is', () => {
    const drag = createDragState();
    const announcements = boardAnnouncements(() => doc, drag, () => '');
    drag.begin({ kind: 'palette', departmentId: 'legal' });
    expect(announcements.onDragStart({ active })).toBe('Picked up Legal.');
    drag.hover({ kind: 'cell', activityId: 'crisis', role: 'A' });
    expect(announcements.onDragOver({ active, over })).toBe('Legal is over Lead crisis response, Accountable.');
    drag.hover({ kind: 'palette' });
    expect(announcements.onDragOver({ active, over })).toBe('Legal is over the department palette.');
    drag.hover(undefined);
    expect(announcements.onDragOver({ active, over })).toBe('Legal is not over a cell.');
  });

  it('say where a placed chip was picked up from', () => {
    const drag = createDragState();
    drag.begin({ kind: 'placed', assignment: { activityId: 'crisis', departmentId: 'pr', role: 'R' } });
    expect(boardAnnouncements(() => doc, drag, () => '').onDragStart({ active })).toBe('Picked up Public Relations from Lead crisis response, Responsible.');
  });

  it('describe the drop and the cancel as the board decided them', () => {
    const announcements = boardAnnouncements(() => doc, createDragState(), () => 'Legal assigned to Lead crisis response, Accountable.');
    expect(announcements.onDragEnd({ active, over })).toBe('Legal assigned to Lead crisis response, Accountable.');
    expect(announcements.onDragCancel({ active, over })).toBe('Legal assigned to Lead crisis response, Accountable.');
  });
});
