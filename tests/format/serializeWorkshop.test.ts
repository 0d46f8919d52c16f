import { describe, expect, it } from 'vitest';
import { addActivity } from '../../src/domain/activityEdits';
import { createBlankWorkshop } from '../../src/domain/templates/blank';
import { addDepartment } from '../../src/domain/departmentEdits';
import { serializeWorkshop } from '../../src/format/serializeWorkshop';

const options = { savedAt: '2026-11-22T10:00:00.000Z', appVersion: '0.1.0' };

describe('serializeWorkshop', () => {
  const doc = addActivity(addDepartment(createBlankWorkshop('2026-11-22'), { name: 'Legal' }), { name: 'Write the policy' });
  const text = serializeWorkshop(doc, options);

  it('writes readable JSON: 2-space indent and a final newline', () => {
    expect(text.split('\n')[1]).toBe('  "format": "raci-workshop",');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('keeps a stable key order', () => {
    expect(Object.keys(JSON.parse(text))).toEqual(['format', 'schemaVersion', 'savedAt', 'app', 'document']);
    expect(Object.keys(JSON.parse(text).document)).toEqual(['title', 'roleScheme', 'workshop', 'departments', 'activities', 'assignments']);
  });

  it('leaves out empty optional fields', () => {
    expect(JSON.parse(text).document.activities).toEqual([{ id: 'write-the-policy', name: 'Write the policy' }]);
  });

  it('is deterministic', () => {
    expect(serializeWorkshop(doc, options)).toBe(text);
  });
});
