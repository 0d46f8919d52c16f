import { describe, expect, it } from 'vitest';
import { setAcknowledgement } from '../../src/domain/acknowledgements';
import { setActivityStatus } from '../../src/domain/activityStatus';
import { assign } from '../../src/domain/assignmentEdits';
import { draftReasons } from '../../src/domain/charterReadiness';
import { checkDocument } from '../../src/domain/checks/checkDocument';
import type { RaciDocument } from '../../src/domain/model';
import { createExampleWorkshop } from '../../src/domain/templates/example';
import { createSocialMediaWorkshop } from '../../src/domain/templates/socialMedia';

const reasons = (doc: RaciDocument) => draftReasons(doc, checkDocument(doc));
const example = createExampleWorkshop('2026-11-22');

describe('draftReasons', () => {
  it('has none for the filled example: no error open, no row disputed or parked (open rows do not hold it back)', () => {
    expect(reasons(example)).toEqual([]);
  });

  it('names the errors and the waiting rows, counted', () => {
    let doc = assign(example, { activityId: 'crisis', departmentId: 'agency', role: 'A' });
    doc = setActivityStatus(doc, 'crisis', 'parked');
    doc = setActivityStatus(doc, 'strategy', 'parked');
    doc = setActivityStatus(doc, 'policy', 'disputed');
    expect(reasons(doc)).toEqual(['1 error', '1 disputed row', '2 parked rows']);
    expect(reasons(setActivityStatus(example, 'policy', 'agreed'))).toEqual([]);
  });

  it('holds the charter back for each department that objected, in the room’s words, after the matrix’s reasons', () => {
    let doc = setAcknowledgement(example, 'pr', { state: 'agreed', date: '2026-12-04' });
    doc = setAcknowledgement(doc, 'legal', { state: 'objected', date: '2026-12-05', note: 'wants to see the crisis plan first' });
    doc = setAcknowledgement(doc, 'it', { state: 'objected', date: '' });
    expect(reasons(doc)).toEqual(['Legal objected: wants to see the crisis plan first', 'IT objected']);
    doc = setActivityStatus(doc, 'policy', 'parked');
    expect(reasons(doc)).toEqual(['1 parked row', 'Legal objected: wants to see the crisis plan first', 'IT objected']);
    // An objection withdrawn (agreed, or back to pending) no longer holds it back.
    doc = setAcknowledgement(doc, 'legal', { state: 'agreed', date: '2026-12-06', note: 'after the crisis plan' });
    doc = setAcknowledgement(doc, 'it', undefined);
    expect(reasons(doc)).toEqual(['1 parked row']);
  });

  it('keeps the empty template and a matrix with nothing to judge a draft', () => {
    expect(reasons(createSocialMediaWorkshop('2026-11-22'))).toEqual(['44 errors']);
    expect(reasons({ ...example, activities: [], assignments: [] })).toEqual(['Nothing to check yet: add activities']);
  });
});
