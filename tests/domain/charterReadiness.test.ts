import { describe, expect, it } from 'vitest';
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

  it('keeps the empty template and a matrix with nothing to judge a draft', () => {
    expect(reasons(createSocialMediaWorkshop('2026-11-22'))).toEqual(['44 errors']);
    expect(reasons({ ...example, activities: [], assignments: [] })).toEqual(['Nothing to check yet: add activities']);
  });
});
