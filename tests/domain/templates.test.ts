import { describe, expect, it } from 'vitest';
import { groupNames } from '../../src/domain/activityGroups';
import { departmentColors } from '../../src/domain/departmentColors';
import { SHORT_LABEL_MAX_LENGTH } from '../../src/domain/departmentLabels';
import type { RaciDocument } from '../../src/domain/model';
import { templateById, workshopTemplates } from '../../src/domain/templates';

const today = '2026-11-22';
const rolesOf = (doc: RaciDocument, activityId: string, role: string) =>
  doc.assignments.filter((a) => a.activityId === activityId && a.role === role).map((a) => a.departmentId);

describe('the "Who owns social media?" template', () => {
  const doc = templateById('social-media').create(today);

  it('has about ten departments and about twenty activities in five to seven groups', () => {
    expect(doc.departments.length).toBeGreaterThanOrEqual(8);
    expect(doc.departments.length).toBeLessThanOrEqual(12);
    expect(doc.activities.length).toBeGreaterThanOrEqual(18);
    expect(doc.activities.length).toBeLessThanOrEqual(24);
    const groups = groupNames(doc.activities);
    expect(groups.length).toBeGreaterThanOrEqual(5);
    expect(groups.length).toBeLessThanOrEqual(7);
  });

  it('starts with an empty grid, unique ids and palette colours', () => {
    expect(doc.assignments).toEqual([]);
    expect(new Set(doc.departments.map((d) => d.id)).size).toBe(doc.departments.length);
    expect(new Set(doc.activities.map((a) => a.id)).size).toBe(doc.activities.length);
    for (const d of doc.departments) expect(departmentColors).toContain(d.color);
  });

  it('gives every department a distinct short label that fits its maximum', () => {
    const labels = doc.departments.map((d) => d.shortLabel ?? '');
    for (const label of labels) {
      expect(label).not.toBe('');
      expect(label.length).toBeLessThanOrEqual(SHORT_LABEL_MAX_LENGTH);
    }
    expect(new Set(labels).size).toBe(labels.length);
    expect(doc.departments.find((d) => d.id === 'pr')?.shortLabel).toBe('PR');
  });

  it('covers the departments and properties the articles name', () => {
    const names = doc.departments.map((d) => d.name);
    for (const name of ['Marketing', 'Public Relations', 'Customer Service', 'Sales', 'Legal', 'IT', 'HR']) expect(names).toContain(name);
    expect(doc.activities.map((a) => a.channel).filter(Boolean)).toEqual(expect.arrayContaining(['Facebook page', 'Press X account']));
  });
});

describe('the example template', () => {
  const doc = templateById('example').create(today);
  const departmentIds = new Set(doc.departments.map((d) => d.id));
  const activityIds = new Set(doc.activities.map((a) => a.id));

  it('gives every activity exactly one accountable and at least one responsible', () => {
    for (const activity of doc.activities) {
      expect(rolesOf(doc, activity.id, 'A'), activity.id).toHaveLength(1);
      expect(rolesOf(doc, activity.id, 'R').length, activity.id).toBeGreaterThan(0);
    }
  });

  it('only names existing activities and departments, without repeats', () => {
    for (const a of doc.assignments) {
      expect(activityIds.has(a.activityId)).toBe(true);
      expect(departmentIds.has(a.departmentId)).toBe(true);
    }
    const keys = doc.assignments.map((a) => `${a.activityId}|${a.departmentId}|${a.role}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('never has a department both doing and merely consulted or informed on one activity', () => {
    for (const activity of doc.activities) {
      const doers = new Set([...rolesOf(doc, activity.id, 'R'), ...rolesOf(doc, activity.id, 'A')]);
      const bystanders = [...rolesOf(doc, activity.id, 'C'), ...rolesOf(doc, activity.id, 'I')];
      for (const id of bystanders) expect(doers.has(id), `${activity.id}: ${id}`).toBe(false);
    }
  });

  it('involves no department in everything and leaves none idle', () => {
    for (const activity of doc.activities) {
      const involved = new Set(doc.assignments.filter((a) => a.activityId === activity.id).map((a) => a.departmentId));
      expect(involved.size).toBeLessThan(doc.departments.length);
    }
    const active = new Set(doc.assignments.map((a) => a.departmentId));
    expect(active.size).toBe(doc.departments.length);
  });
});

describe('all templates', () => {
  it('date the workshop today and start as RACI', () => {
    for (const template of workshopTemplates) {
      const doc = template.create(today);
      expect(doc.workshop.date).toBe(today);
      expect(doc.roleScheme).toBe('RACI');
    }
  });

  it('include a blank one that starts from zero', () => {
    const blank = templateById('blank').create(today);
    expect([blank.departments, blank.activities, blank.assignments]).toEqual([[], [], []]);
  });
});
