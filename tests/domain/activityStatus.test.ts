import { describe, expect, it } from 'vitest';
import { updateActivity } from '../../src/domain/activityEdits';
import { setActivityStatus, setParkingNote, statusOf, statusProgress } from '../../src/domain/activityStatus';
import { createExampleWorkshop } from '../../src/domain/templates/example';
import { parseWorkshopFile } from '../../src/format/parseWorkshopFile';
import { serializeWorkshop } from '../../src/format/serializeWorkshop';

const doc = createExampleWorkshop('2026-11-22');
const crisis = (d: typeof doc) => d.activities.find((a) => a.id === 'crisis')!;

describe('activity status', () => {
  it('starts open everywhere, with nothing written to the activity', () => {
    expect(doc.activities.every((a) => statusOf(a) === 'open' && !('status' in a))).toBe(true);
    expect(statusProgress(doc.activities)).toMatchObject({ counts: { open: 22, agreed: 0, disputed: 0, parked: 0 }, total: 22, parkingLot: [] });
  });

  it('sets a status, returns the same document when nothing changes, and open removes the field', () => {
    const agreed = setActivityStatus(doc, 'crisis', 'agreed');
    expect(crisis(agreed).status).toBe('agreed');
    expect(setActivityStatus(agreed, 'crisis', 'agreed')).toBe(agreed);
    expect(setActivityStatus(doc, 'nowhere', 'agreed')).toBe(doc);
    expect(crisis(setActivityStatus(agreed, 'crisis', 'open'))).toEqual(crisis(doc));
  });

  it('collects disputed and parked rows in the parking lot, in the board order, with their notes', () => {
    let d = setActivityStatus(doc, 'crisis', 'parked');
    d = setParkingNote(d, 'crisis', '  Legal wants to see the crisis plan first ');
    d = setActivityStatus(d, 'strategy', 'disputed');
    d = setActivityStatus(d, 'policy', 'agreed');
    const progress = statusProgress(d.activities);
    expect(progress.counts).toEqual({ open: 19, agreed: 1, disputed: 1, parked: 1 });
    expect(progress.parkingLot.map((a) => [a.id, a.parkingNote])).toEqual([
      ['strategy', undefined],
      ['crisis', 'Legal wants to see the crisis plan first'],
    ]);
    // Agreed at the end: the reason it waited goes with it.
    expect(crisis(setActivityStatus(d, 'crisis', 'agreed')).parkingNote).toBeUndefined();
    expect(crisis(setActivityStatus(d, 'crisis', 'disputed')).parkingNote).toBe('Legal wants to see the crisis plan first');
    expect(crisis(setParkingNote(d, 'crisis', ' ')).parkingNote).toBeUndefined();
  });

  it('survives an edit in the activity editor, and a save and open', () => {
    const parked = setParkingNote(setActivityStatus(doc, 'crisis', 'parked'), 'crisis', 'After the board meeting');
    const renamed = updateActivity(parked, 'crisis', { name: 'Lead the crisis response' });
    expect(crisis(renamed)).toMatchObject({ status: 'parked', parkingNote: 'After the board meeting' });
    const parsed = parseWorkshopFile(serializeWorkshop(renamed, { savedAt: '2026-11-22T10:00:00.000Z', appVersion: '0.1.0' }));
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.document).toEqual(renamed);
    expect(parsed.warnings).toEqual([]);
  });

  it('reads an explicit "open" as no status, and refuses a status it does not know', () => {
    const raw = JSON.parse(serializeWorkshop(doc, { savedAt: '2026-11-22T10:00:00.000Z', appVersion: '0.1.0' }));
    raw.document.activities[0].status = 'open';
    const open = parseWorkshopFile(JSON.stringify(raw));
    expect(open.ok && open.document.activities[0]).toEqual(doc.activities[0]);
    raw.document.activities[0].status = 'done';
    const refused = parseWorkshopFile(JSON.stringify(raw));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.problems).toEqual(['document.activities[0].status: expected one of open, agreed, disputed, parked']);
  });
});
