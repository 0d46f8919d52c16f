import { describe, expect, it } from 'vitest';
import { charterOf, emptyCharter, setCharter, signOffLead } from '../../src/domain/charterEdits';
import { removeDepartment } from '../../src/domain/departmentEdits';
import { createSocialMediaWorkshop } from '../../src/domain/templates/socialMedia';

const template = createSocialMediaWorkshop('2026-11-22');

describe('setCharter', () => {
  it('stores trimmed texts, without blank escalation rows or sign-off names', () => {
    const doc = setCharter(template, {
      purpose: '  One voice.  ',
      champion: 'Ana',
      sponsor: '',
      escalations: [{ trigger: 'Legal threat', who: 'Legal', howFast: '2 hours' }, { trigger: ' ', who: '', howFast: '' }],
      signOff: [{ departmentId: 'pr', lead: ' Ольга ' }, { departmentId: 'legal', lead: '' }, { departmentId: 'ghost', lead: 'X' }],
    });
    expect(charterOf(doc)).toEqual({
      purpose: 'One voice.',
      champion: 'Ana',
      sponsor: '',
      escalations: [{ trigger: 'Legal threat', who: 'Legal', howFast: '2 hours' }],
      signOff: [{ departmentId: 'pr', lead: 'Ольга' }],
    });
    expect(signOffLead(charterOf(doc), 'pr')).toBe('Ольга');
    expect(signOffLead(charterOf(doc), 'legal')).toBe('');
  });

  it('leaves no undo step when nothing changes, and no field when everything is emptied', () => {
    expect(setCharter(template, emptyCharter)).toBe(template);
    const filled = setCharter(template, { ...emptyCharter, sponsor: 'CEO' });
    expect(setCharter(filled, { ...emptyCharter, sponsor: 'CEO' })).toBe(filled);
    expect('charter' in setCharter(filled, emptyCharter)).toBe(false);
  });

  it('drops the sign-off line of a removed department with it', () => {
    const doc = setCharter(template, { ...emptyCharter, signOff: [{ departmentId: 'pr', lead: 'Ana' }, { departmentId: 'it', lead: 'Bo' }] });
    expect(charterOf(removeDepartment(doc, 'pr')).signOff).toEqual([{ departmentId: 'it', lead: 'Bo' }]);
  });
});
