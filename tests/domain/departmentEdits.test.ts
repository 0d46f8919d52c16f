import { describe, expect, it } from 'vitest';
import { assign } from '../../src/domain/assignmentEdits';
import { departmentColors } from '../../src/domain/departmentColors';
import { addDepartment, moveDepartment, removeDepartment, updateDepartment } from '../../src/domain/departmentEdits';
import { createBlankWorkshop } from '../../src/domain/templates/blank';
import { createSocialMediaWorkshop } from '../../src/domain/templates/socialMedia';

const doc = createSocialMediaWorkshop('2026-11-22');

describe('addDepartment', () => {
  it('adds at the end with a readable unique id and an unused colour', () => {
    const next = addDepartment(doc, { name: '  Legal ' });
    const added = next.departments.at(-1);
    expect(added).toMatchObject({ id: 'legal-2', name: 'Legal' });
    expect(departmentColors).toContain(added?.color);
    expect(doc.departments.map((d) => d.color)).not.toContain(added?.color);
  });

  it('refuses a blank name', () => {
    expect(addDepartment(doc, { name: '   ' })).toBe(doc);
  });

  it('keeps a short label, trimmed and cut to its maximum length', () => {
    expect(addDepartment(doc, { name: 'Investor Relations', shortLabel: ' IR ' }).departments.at(-1)).toMatchObject({ shortLabel: 'IR' });
    expect(addDepartment(doc, { name: 'Investor Relations', shortLabel: 'Investors!' }).departments.at(-1)?.shortLabel).toBe('Investor');
    expect(addDepartment(doc, { name: 'Investor Relations', shortLabel: '  ' }).departments.at(-1)).not.toHaveProperty('shortLabel');
  });

  it('works on a blank workshop', () => {
    const next = addDepartment(createBlankWorkshop('2026-11-22'), { name: 'Отдел продаж Ελλάδα' });
    expect(next.departments).toHaveLength(1);
    expect(next.departments[0]?.name).toBe('Отдел продаж Ελλάδα');
  });
});

describe('updateDepartment', () => {
  it('renames and recolours', () => {
    const next = updateDepartment(doc, 'legal', { name: 'Legal & Compliance', color: '#be123c' });
    expect(next.departments.find((d) => d.id === 'legal')).toMatchObject({ name: 'Legal & Compliance', color: '#be123c' });
  });

  it('keeps the old name when the new one is blank, and returns the same document when nothing changes', () => {
    expect(updateDepartment(doc, 'legal', { name: ' ' })).toBe(doc);
    expect(updateDepartment(doc, 'legal', { name: 'Legal' })).toBe(doc);
    expect(updateDepartment(doc, 'unknown', { name: 'X' })).toBe(doc);
  });

  it('sets, changes and clears a short label', () => {
    const labelled = updateDepartment(doc, 'legal', { shortLabel: 'Law' });
    expect(labelled.departments.find((d) => d.id === 'legal')).toMatchObject({ name: 'Legal', shortLabel: 'Law' });
    expect(updateDepartment(labelled, 'legal', { shortLabel: 'Law ' })).toBe(labelled);
    expect(updateDepartment(labelled, 'legal', { shortLabel: '' }).departments.find((d) => d.id === 'legal')).not.toHaveProperty('shortLabel');
    // Other changes leave every other field alone (the department is rebuilt field by field).
    const renamed = updateDepartment(labelled, 'legal', { name: 'Legal & Compliance' }).departments.find((d) => d.id === 'legal');
    const before = labelled.departments.find((d) => d.id === 'legal');
    expect(renamed).toEqual({ ...before, name: 'Legal & Compliance' });
  });

  it('clears a description with an empty text', () => {
    const next = updateDepartment(doc, 'legal', { description: '' });
    expect(next.departments.find((d) => d.id === 'legal')).not.toHaveProperty('description');
  });
});

describe('moveDepartment', () => {
  it('reorders the palette', () => {
    const next = moveDepartment(doc, 'legal', 0);
    expect(next.departments[0]?.id).toBe('legal');
    expect(next.departments).toHaveLength(doc.departments.length);
  });

  it('ignores moves out of range', () => {
    expect(moveDepartment(doc, 'legal', 99)).toBe(doc);
    expect(moveDepartment(doc, 'nope', 0)).toBe(doc);
  });
});

describe('removeDepartment', () => {
  it('removes the department and its assignments', () => {
    const withAssignments = assign(assign(doc, { activityId: 'policy', departmentId: 'legal', role: 'A' }), {
      activityId: 'policy',
      departmentId: 'hr',
      role: 'R',
    });
    const next = removeDepartment(withAssignments, 'legal');
    expect(next.departments.some((d) => d.id === 'legal')).toBe(false);
    expect(next.assignments).toEqual([{ activityId: 'policy', departmentId: 'hr', role: 'R' }]);
  });

  it('returns the same document for an unknown id', () => {
    expect(removeDepartment(doc, 'nope')).toBe(doc);
  });
});
