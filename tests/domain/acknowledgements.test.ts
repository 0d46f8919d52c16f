import { describe, expect, it } from 'vitest';
import { acknowledgementOf, acknowledgementSummary, describeAcknowledgement, describeObjection, openObjections, setAcknowledgement } from '../../src/domain/acknowledgements';
import { charterOf, setCharter } from '../../src/domain/charterEdits';
import { createExampleWorkshop } from '../../src/domain/templates/example';

const example = createExampleWorkshop('2026-11-22');

describe('acknowledgements', () => {
  it('records, changes and takes back a department’s acknowledgement, keeping its lead', () => {
    const named = setCharter(example, { ...charterOf(example), signOff: [{ departmentId: 'legal', lead: 'Dana Ruiz' }] });
    const objected = setAcknowledgement(named, 'legal', { state: 'objected', date: ' 2026-12-05 ', note: '  Wants a say on crisis posts ' });
    expect(acknowledgementOf(charterOf(objected), 'legal')).toEqual({ state: 'objected', date: '2026-12-05', note: 'Wants a say on crisis posts' });
    expect(charterOf(objected).signOff.find((l) => l.departmentId === 'legal')?.lead).toBe('Dana Ruiz');
    const agreed = setAcknowledgement(objected, 'legal', { state: 'agreed', date: '2026-12-06', note: '' });
    expect(acknowledgementOf(charterOf(agreed), 'legal')).toEqual({ state: 'agreed', date: '2026-12-06' });
    const pending = setAcknowledgement(agreed, 'legal', undefined);
    expect(charterOf(pending).signOff).toEqual([{ departmentId: 'legal', lead: 'Dana Ruiz' }]);
  });

  it('keeps a line for an acknowledgement without a lead, and drops one with neither', () => {
    const given = setAcknowledgement(example, 'pr', { state: 'agreed', date: '2026-12-04' });
    expect(charterOf(given).signOff).toEqual([{ departmentId: 'pr', lead: '', acknowledgement: { state: 'agreed', date: '2026-12-04' } }]);
    expect(charterOf(setAcknowledgement(given, 'pr', undefined)).signOff).toEqual([]);
  });

  it('says each state in words, and sums them up for the charter', () => {
    expect(describeAcknowledgement(undefined)).toBe('Pending');
    expect(describeAcknowledgement({ state: 'agreed', date: '2026-12-04' })).toBe('Agreed on 2026-12-04');
    expect(describeAcknowledgement({ state: 'objected', date: '', note: 'Weekend rota' })).toBe('Objected: Weekend rota');
    let doc = setAcknowledgement(example, 'pr', { state: 'agreed', date: '2026-12-04' });
    doc = setAcknowledgement(doc, 'legal', { state: 'objected', date: '2026-12-04' });
    expect(acknowledgementSummary(doc)).toBe(`1 of ${example.departments.length} departments agreed, 1 objected`);
    expect(acknowledgementSummary(example)).toBe(`0 of ${example.departments.length} departments agreed`);
  });

  it('lists the open objections in the departments’ order, each said with its note if it has one', () => {
    let doc = setAcknowledgement(example, 'legal', { state: 'objected', date: '2026-12-05', note: 'Wants a say on crisis posts' });
    doc = setAcknowledgement(doc, 'pr', { state: 'objected', date: '' });
    doc = setAcknowledgement(doc, 'marketing', { state: 'agreed', date: '2026-12-04', note: 'Happy with it' });
    const objections = openObjections(doc);
    expect(objections.map((o) => [o.department.id, o.note])).toEqual([['pr', ''], ['legal', 'Wants a say on crisis posts']]);
    expect(objections.map(describeObjection)).toEqual(['Public Relations objected', 'Legal objected: Wants a say on crisis posts']);
    expect(openObjections(example)).toEqual([]);
  });
});
