import { describe, expect, it } from 'vitest';
import { assign } from '../../src/domain/assignmentEdits';
import { createExampleWorkshop } from '../../src/domain/templates/example';
import { createSocialMediaWorkshop } from '../../src/domain/templates/socialMedia';
import { record, startHistory, undo } from '../../src/store/history';
import { decodeHistory, encodeHistory } from '../../src/store/historySnapshot';

const template = createSocialMediaWorkshop('2026-11-22');

function historyOf(steps: number) {
  let h = startHistory(template);
  for (const activity of template.activities.slice(0, steps)) {
    h = record(h, assign(h.present, { activityId: activity.id, departmentId: 'marketing', role: 'A' }));
  }
  return h;
}

describe('undo history across a reload', () => {
  it('comes back with the same steps around the restored workshop', () => {
    const h = undo(historyOf(5));
    const back = decodeHistory(encodeHistory(h), h.present);
    expect(back?.present).toBe(h.present);
    expect(back?.past).toEqual(h.past);
    expect(back?.future).toEqual(h.future);
  });

  it('writes the parts snapshots share only once', () => {
    const h = historyOf(20);
    const naive = JSON.stringify([...h.past, h.present]);
    expect(encodeHistory(h).length).toBeLessThan(naive.length / 2);
  });

  it('is dropped when it does not fit the restored workshop or cannot be read', () => {
    const h = historyOf(3);
    expect(decodeHistory(encodeHistory(h), createExampleWorkshop('2026-11-22'))).toBeUndefined();
    expect(decodeHistory('not json', h.present)).toBeUndefined();
    expect(decodeHistory('{"v":99}', h.present)).toBeUndefined();
  });

  it('is dropped when a snapshot would need repairs', () => {
    const h = historyOf(2);
    const tampered = JSON.parse(encodeHistory(h));
    tampered.assignments[0] = [{ activityId: 'ghost', departmentId: 'marketing', role: 'A' }];
    expect(decodeHistory(JSON.stringify(tampered), h.present)).toBeUndefined();
  });
});
