import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../../src/domain/checks/checkDocument';
import { workshopTemplates } from '../../../src/domain/templates';
import { findingsOf, matrix } from './checkTestMatrix';

const withLabels = (labels: Readonly<Record<string, string>>) => {
  const doc = matrix({ departments: ['service', 'success', 'security'], activities: ['a1'], cells: ['a1 service A', 'a1 service R'] });
  return { ...doc, departments: doc.departments.map((d) => (labels[d.id] ? { ...d, shortLabel: labels[d.id] } : d)) };
};

describe('repeated-short-label', () => {
  it('warns about a department showing the label an earlier one shows, naming both', () => {
    expect(findingsOf(withLabels({ service: 'CS', success: 'CS', security: 'Sec' }), 'repeated-short-label')).toEqual([
      {
        rule: 'repeated-short-label',
        severity: 'warning',
        departmentId: 'success',
        message: 'Success shows as “CS”, as Service already does: their chips look alike. Give one of them another short label.',
      },
    ]);
  });

  it('reads labels as a person does: case aside, and a name shown in place of a label', () => {
    expect(findingsOf(withLabels({ service: 'CS', success: 'cs' }), 'repeated-short-label').map((f) => f.message)).toEqual([
      'Success shows as “cs”, as Service already does: their chips look alike. Give one of them another short label.',
    ]);
    // Service has no label, so its chips read "Service".
    expect(findingsOf(withLabels({ success: 'Sec', security: 'SERVICE' }), 'repeated-short-label').map((f) => f.message)).toEqual([
      'Security shows as “SERVICE”, as Service already does: their chips look alike. Give one of them another short label.',
    ]);
  });

  it('names every earlier department when three read alike', () => {
    const findings = findingsOf(withLabels({ service: 'CS', success: 'CS', security: 'CS' }), 'repeated-short-label');
    expect(findings.at(-1)?.message).toBe('Security shows as “CS”, as Service and Success already do: their chips look alike. Give one of them another short label.');
  });

  it('stays quiet when every label differs, as in the templates', () => {
    expect(findingsOf(withLabels({ service: 'CS', success: 'CSu', security: 'Sec' }), 'repeated-short-label')).toEqual([]);
    for (const template of workshopTemplates) {
      expect(checkDocument(template.create('2026-12-07')).findings.filter((f) => f.rule === 'repeated-short-label'), template.id).toEqual([]);
    }
  });
});
