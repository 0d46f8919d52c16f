import fc from 'fast-check';
import { checkSettingLimits, type CheckSettings } from '../../../src/domain/checks/checkSettings';
import { assign, clearRoles, moveAssignment, toggleRole, unassign } from '../../../src/domain/assignmentEdits';
import { setActivityStatus } from '../../../src/domain/activityStatus';
import { updateActivity } from '../../../src/domain/activityEdits';
import { roleSchemeIds, type ActivityStatus, type Assignment, type RaciDocument, type RoleKey, type RoleSchemeId } from '../../../src/domain/model';
import { roleSchemes } from '../../../src/domain/roleSchemes';
import { matrix, type MatrixSpec } from './checkTestMatrix';
import { propertyRuns } from '../../propertyRuns';

/** A random matrix, kept as a compact spec so that fast-check's counterexamples read like the other tests. */
export interface MatrixCase extends MatrixSpec {
  readonly roleScheme: RoleSchemeId;
  readonly cells: readonly string[];
  /** One per activity, in order. */
  readonly statuses: readonly ActivityStatus[];
  /** One per department, in order: its short label, if any. */
  readonly labels: readonly (string | undefined)[];
}

export function documentOf(c: MatrixCase): RaciDocument {
  const doc = matrix(c);
  return {
    ...doc,
    departments: doc.departments.map((d, j) => {
      const shortLabel = c.labels[j];
      return shortLabel === undefined ? d : { ...d, shortLabel };
    }),
    activities: doc.activities.map((a, i) => {
      const status = c.statuses[i] ?? 'open';
      return status === 'open' ? a : { ...a, status };
    }),
  };
}

/** A threshold within its limits, mostly small (so the rules fire), sometimes anywhere in the allowed range. */
function thresholdArb(key: keyof CheckSettings, smallMax: number, boundaries: readonly number[] = []): fc.Arbitrary<number> {
  const { min, max } = checkSettingLimits[key];
  const choices = [
    { weight: 4, arbitrary: fc.integer({ min, max: Math.min(max, smallMax) }) },
    { weight: 1, arbitrary: fc.integer({ min, max }) },
  ];
  // Round percentages make "exactly p %" frequent, where "more than" and "at least" part ways.
  if (boundaries.length > 0) choices.push({ weight: 3, arbitrary: fc.constantFrom(...boundaries) });
  return fc.oneof(...choices);
}

const roundPercents = [10, 20, 25, 40, 50, 60, 75, 100];

const checkSettingsArb: fc.Arbitrary<CheckSettings> = fc.record({
  maxResponsible: thresholdArb('maxResponsible', 4),
  maxConsulted: thresholdArb('maxConsulted', 5),
  everyoneInvolvedFrom: thresholdArb('everyoneInvolvedFrom', 9),
  overloadedPercent: thresholdArb('overloadedPercent', 100, roundPercents),
  concentrationPercent: thresholdArb('concentrationPercent', 100, roundPercents),
  loadRulesFrom: thresholdArb('loadRulesFrom', 13),
});

/**
 * How often a cell is empty, holds one role, or several, in sixteenths: sparse and dense matrices fire different
 * rules. Cells are drawn as plain integers and decoded, because 96 nested arbitraries per matrix would spend the
 * time budget on generation; an integer also shrinks to 0, an empty cell, which keeps counterexamples small.
 */
const fills = {
  sparse: { empty: 12, one: 15 },
  medium: { empty: 7, one: 14 },
  dense: { empty: 2, one: 12 },
} as const;

function decodeCell(value: number, roles: readonly RoleKey[], fill: keyof typeof fills): readonly RoleKey[] {
  const share = value % 16;
  const pick = value >> 4;
  if (share < fills[fill].empty) return [];
  if (share < fills[fill].one) return [roles[pick % roles.length] ?? 'R'];
  return roles.filter((_, i) => (pick >> i) & 1);
}

/** Most departments take any role; some only ever listen (no-ownership), some none at all (idle-department). */
const departmentKindOf = (value: number) => (value < 6 ? 'any' : value === 6 ? 'told' : 'idle');

/** Mostly no label (the name shows); some labels alike but for case, and one that is another department's name. */
const labelOf = (value: number) => (value < 4 ? undefined : (['PR', 'pr', 'CS', 'D0'] as const)[value - 4]);

const statusOf = (value: number): ActivityStatus => (['agreed', 'disputed', 'parked'] as const)[value - 5] ?? 'open';

export const matrixCaseArb: fc.Arbitrary<MatrixCase> = fc
  .record({
    roleScheme: fc.constantFrom(...roleSchemeIds),
    departmentCount: fc.integer({ min: 0, max: 8 }),
    activityCount: fc.integer({ min: 0, max: 12 }),
    fill: fc.constantFrom('sparse', 'medium', 'dense'),
    checkSettings: fc.option(checkSettingsArb, { nil: undefined }),
  })
  .chain(({ roleScheme, departmentCount, activityCount, fill, checkSettings }) => {
    // The app's own role keys, so a role the reference forgot would show up as a difference.
    const roles = roleSchemes[roleScheme].roles.map((r) => r.key);
    const cellCount = departmentCount * activityCount;
    return fc
      .record({
        kinds: fc.array(fc.integer({ min: 0, max: 7 }), { minLength: departmentCount, maxLength: departmentCount }),
        grid: fc.array(fc.integer({ min: 0, max: 16 * 32 - 1 }), { minLength: cellCount, maxLength: cellCount }),
        statuses: fc.array(fc.integer({ min: 0, max: 7 }), { minLength: activityCount, maxLength: activityCount }),
        labels: fc.array(fc.integer({ min: 0, max: 7 }), { minLength: departmentCount, maxLength: departmentCount }),
      })
      .map(({ kinds, grid, statuses, labels }): MatrixCase => {
        const cells: string[] = [];
        for (let i = 0; i < activityCount; i += 1) {
          for (let j = 0; j < departmentCount; j += 1) {
            const kind = departmentKindOf(kinds[j] ?? 0);
            const held = decodeCell(grid[i * departmentCount + j] ?? 0, roles, fill).filter(
              (r) => kind === 'any' || (kind === 'told' && (r === 'C' || r === 'I')),
            );
            for (const role of held) cells.push(`a${i} d${j} ${role}`);
          }
        }
        return {
          roleScheme,
          departments: kinds.map((_, j) => `d${j}`),
          activities: statuses.map((_, i) => `a${i}`),
          cells,
          statuses: statuses.map(statusOf),
          labels: labels.map(labelOf),
          ...(checkSettings ? { checkSettings } : {}),
        };
      });
  });

/** One edit of the kinds the room makes, read from three numbers against the document as it is now. */
function edit(doc: RaciDocument, [kind, x, y]: readonly [number, number, number]): RaciDocument {
  const roles = roleSchemes[doc.roleScheme].roles.map((r) => r.key);
  const activity = doc.activities[x % Math.max(1, doc.activities.length)];
  const department = doc.departments[y % Math.max(1, doc.departments.length)];
  const role = roles[(x + y) % roles.length] ?? 'R';
  const held = doc.assignments[(x * 7 + y) % Math.max(1, doc.assignments.length)];
  if (!activity || !department) return doc;
  const cell: Assignment = { activityId: activity.id, departmentId: department.id, role };
  switch (kind) {
    case 0: return assign(doc, cell);
    case 1: return held ? unassign(doc, held) : doc;
    case 2: return held ? moveAssignment(doc, held, { activityId: activity.id, role }) : doc;
    case 3: return toggleRole(doc, cell);
    case 4: return clearRoles(doc, activity.id, department.id);
    case 5: return updateActivity(doc, activity.id, { name: `${activity.name}x` });
    case 6: return setActivityStatus(doc, activity.id, (['agreed', 'disputed', 'parked', 'open'] as const)[y % 4] ?? 'open');
    // The same assignments in another order: a row's findings must not depend on it.
    case 7: return { ...doc, assignments: [...doc.assignments].reverse() };
    // A change of frame (departments, settings): everything is read again.
    case 8: return { ...doc, departments: doc.departments.map((d) => (d.id === department.id ? { ...d, name: `${d.name}y` } : d)) };
    default: return { ...doc, checkSettings: { maxResponsible: 1 + (x % 3), maxConsulted: y % 4, everyoneInvolvedFrom: 2 + (x % 5), overloadedPercent: 50, concentrationPercent: 40, loadRulesFrom: 1 + (y % 6) } };
  }
}

const editArb = fc.tuple(fc.integer({ min: 0, max: 9 }), fc.nat(40), fc.nat(40));

/**
 * What is read from the last version must equal what is read afresh: on random matrices and runs of random
 * edits, `read` builds each version from the one before (or from nothing, the first), and `sameAsFresh`
 * compares that with a fresh reading of the same document.
 */
export function readsLikeFresh<T>(read: (doc: RaciDocument, previous?: T) => T, sameAsFresh: (fromLast: T, doc: RaciDocument) => void): void {
  fc.assert(
    fc.property(matrixCaseArb, fc.array(editArb, { maxLength: 12 }), (c, edits) => {
      let doc = documentOf(c);
      let last = read(doc);
      for (const step of edits) {
        doc = edit(doc, step);
        last = read(doc, last);
        sameAsFresh(last, doc);
      }
    }),
    { numRuns: Math.ceil(propertyRuns() / 10) },
  );
}
