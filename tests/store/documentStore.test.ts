import { beforeEach, describe, expect, it } from 'vitest';
import { assign } from '../../src/domain/assignmentEdits';
import { createBlankWorkshop } from '../../src/domain/templates/blank';
import { createSocialMediaWorkshop } from '../../src/domain/templates/socialMedia';
import { currentDocument, selectCanRedo, selectCanUndo, useDocumentStore } from '../../src/store/documentStore';

const template = createSocialMediaWorkshop('2026-11-22');
const store = () => useDocumentStore.getState();

describe('document store', () => {
  beforeEach(() => store().replace(template, { resetHistory: true }));

  it('applies an edit as one undoable step', () => {
    store().apply((d) => assign(d, { activityId: 'crisis', departmentId: 'pr', role: 'A' }));
    expect(currentDocument().assignments).toHaveLength(1);
    expect(selectCanUndo(store())).toBe(true);
    store().undo();
    expect(currentDocument()).toBe(template);
    expect(selectCanRedo(store())).toBe(true);
    store().redo();
    expect(currentDocument().assignments).toHaveLength(1);
  });

  it('leaves no step for an edit that changes nothing', () => {
    store().apply((d) => d);
    expect(selectCanUndo(store())).toBe(false);
  });

  it('replaces the document undoably, or with a fresh history', () => {
    const blank = createBlankWorkshop('2026-11-22');
    store().replace(blank);
    store().undo();
    expect(currentDocument()).toBe(template);
    store().replace(blank, { resetHistory: true });
    expect(selectCanUndo(store())).toBe(false);
  });

  it('undoes at least 150 steps', () => {
    const cells = template.activities.flatMap((a) => ['R', 'A', 'C', 'I'].flatMap((role) => template.departments.slice(0, 2).map((d) => ({ activityId: a.id, departmentId: d.id, role }))));
    for (const cell of cells.slice(0, 150)) store().apply((d) => assign(d, cell));
    expect(currentDocument().assignments).toHaveLength(150);
    for (let i = 0; i < 150; i += 1) store().undo();
    expect(currentDocument()).toBe(template);
  });

  it('puts back a restored history', () => {
    const next = assign(template, { activityId: 'crisis', departmentId: 'pr', role: 'A' });
    store().restoreHistory({ past: [template], present: next, future: [] });
    store().undo();
    expect(currentDocument()).toBe(template);
  });
});
