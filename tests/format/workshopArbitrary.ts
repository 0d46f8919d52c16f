import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Activity, RaciDocument, RoleSchemeId, SignOffLine } from '../../src/domain/model';
import { roleSchemeOf } from '../../src/domain/roleSchemes';
import type { ParseResult } from '../../src/format/parseWorkshopFile';

export const stamp = { savedAt: '2026-11-22T10:00:00.000Z', appVersion: '0.1.0' };

/** Names as people type them: any characters (other scripts, emoji), but not blank or padded. */
export const name = fc.string({ minLength: 1, maxLength: 20, unit: 'grapheme' }).filter((s) => s.trim() === s && s !== '');
export const text = fc.string({ maxLength: 20, unit: 'grapheme' });
const shortLabel = fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() === s && s !== '');
const maybe = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: undefined });
const color = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);
const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

export const checkSettingsArbitrary = fc.record({
  maxResponsible: fc.integer({ min: 1, max: 1000 }),
  maxConsulted: fc.integer({ min: 0, max: 1000 }),
  everyoneInvolvedFrom: fc.integer({ min: 2, max: 1000 }),
  overloadedPercent: fc.integer({ min: 1, max: 100 }),
  concentrationPercent: fc.integer({ min: 1, max: 100 }),
  loadRulesFrom: fc.integer({ min: 1, max: 1000 }),
});

const activityArbitrary = fc
  .record(
    {
      id: name,
      name,
      group: name,
      channel: name,
      description: name,
      decision: name,
      notes: name,
      status: fc.constantFrom('agreed', 'disputed', 'parked'),
      parkingNote: name,
    },
    { requiredKeys: ['id', 'name'] },
  )
  .map((activity): Activity => activity);

const acknowledgementArbitrary = fc.record({ state: fc.constantFrom('agreed', 'objected'), date: fc.oneof(day, fc.constant('')), note: name }, { requiredKeys: ['state', 'date'] });

/**
 * Any document the app could save: every role scheme, every optional field of departments, activities,
 * the charter and the sign-off, acknowledgements and check settings. Valid by construction, and exactly
 * what a file of it gives back (the round-trip property of the codec holds it to that).
 */
export const workshopDocument: fc.Arbitrary<RaciDocument> = fc
  .record({
    title: name,
    roleScheme: fc.constantFrom<RoleSchemeId>('RACI', 'RASCI', 'DACI'),
    workshop: fc.record({ organization: text, date: fc.oneof(day, fc.constant('')), facilitator: text, participants: fc.array(name, { maxLength: 3 }) }),
    departments: fc.uniqueArray(fc.record({ id: name, name, color, shortLabel, description: name }, { requiredKeys: ['id', 'name', 'color'] }), {
      selector: (d) => d.id,
      maxLength: 6,
    }),
    activities: fc.uniqueArray(activityArbitrary, { selector: (a) => a.id, maxLength: 8 }),
    picks: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 20 }),
    checkSettings: maybe(checkSettingsArbitrary),
    charter: maybe(
      fc.record({
        purpose: text,
        champion: text,
        sponsor: text,
        escalations: fc.array(fc.record({ trigger: text, who: text, howFast: text }), { maxLength: 3 }),
        leads: fc.array(fc.tuple(text, maybe(acknowledgementArbitrary)), { maxLength: 4 }),
      }),
    ),
  })
  .map(({ picks, charter, checkSettings, ...doc }): RaciDocument => {
    const roles = roleSchemeOf(doc.roleScheme).roles;
    const assignments =
      doc.departments.length === 0 || doc.activities.length === 0
        ? []
        : picks.map(([a, d, r]) => ({
            activityId: doc.activities[a % doc.activities.length]!.id,
            departmentId: doc.departments[d % doc.departments.length]!.id,
            role: roles[r % roles.length]!.key,
          }));
    const unique = [...new Map(assignments.map((x) => [JSON.stringify(x), x])).values()];
    const signOff = doc.departments.slice(0, charter?.leads.length).map((d, i): SignOffLine => {
      const [lead, acknowledgement] = charter?.leads[i] ?? ['', undefined];
      return acknowledgement ? { departmentId: d.id, lead, acknowledgement } : { departmentId: d.id, lead };
    });
    return {
      ...doc,
      assignments: unique,
      ...(checkSettings ? { checkSettings } : {}),
      ...(charter ? { charter: { purpose: charter.purpose, champion: charter.champion, sponsor: charter.sponsor, escalations: charter.escalations, signOff } } : {}),
    };
  });

/**
 * The codec gave `doc` back, exactly and without a warning. Compared plainly first: vitest's deep equality
 * with its diff is what makes 10,000 runs slow, so it only runs to describe a failure.
 */
export function expectSameDocument(result: ParseResult, doc: RaciDocument): void {
  if (result.ok && result.warnings.length === 0 && isDeepStrictEqual(result.document, doc)) return;
  expect(result).toEqual({ ok: true, document: doc, warnings: [], ignored: [] });
}
