import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { updateActivity } from '../../src/domain/activityEdits';
import { assign, unassign } from '../../src/domain/assignmentEdits';
import { charterOf, setCharter } from '../../src/domain/charterEdits';
import { defaultCheckSettings, setCheckSettings } from '../../src/domain/checks/checkSettings';
import { renameWorkshop } from '../../src/domain/documentEdits';
import type { RaciDocument } from '../../src/domain/model';
import { roleSchemeOf } from '../../src/domain/roleSchemes';
import { createExampleWorkshop } from '../../src/domain/templates/example';
import { createSocialMediaWorkshop } from '../../src/domain/templates/socialMedia';
import { HISTORY_LIMIT, record, startHistory, undo, type History } from '../../src/store/history';
import { serializeWorkshop } from '../../src/format/serializeWorkshop';
import { generateMatrix } from '../../bench/generateMatrix';
import { decodeHistory, encodeHistory } from '../../src/store/historySnapshot';
import { checkSettingsArbitrary, name, text, workshopDocument } from '../format/workshopArbitrary';
import { propertyRuns } from '../propertyRuns';

const template = createSocialMediaWorkshop('2026-11-22');

function historyOf(steps: number) {
  let h = startHistory(template);
  for (const activity of template.activities.slice(0, steps)) {
    h = record(h, assign(h.present, { activityId: activity.id, departmentId: 'marketing', role: 'A' }));
  }
  return h;
}

/** Steps that each change one cell: a department put in or taken out as Consulted, in turn through the matrix. */
function dropsOn(doc: RaciDocument, steps: number): History<RaciDocument> {
  let h = startHistory(doc);
  for (let step = 0; step < steps; step += 1) {
    const activity = doc.activities[step % doc.activities.length]!;
    const department = doc.departments[Math.floor(step / doc.activities.length) % doc.departments.length]!;
    const cell = { activityId: activity.id, departmentId: department.id, role: 'C' };
    const placed = assign(h.present, cell);
    h = record(h, placed === h.present ? unassign(h.present, cell) : placed);
  }
  return h;
}

function expectRoundTrip(h: History<RaciDocument>) {
  const back = decodeHistory(encodeHistory(h), h.present);
  expect(back?.present).toBe(h.present);
  expect(back?.past).toEqual(h.past);
  expect(back?.future).toEqual(h.future);
}

describe('undo history across a reload', () => {
  it('comes back with the same steps around the restored workshop', () => {
    expectRoundTrip(undo(historyOf(5)));
  });

  it('keeps the charter, decisions and check settings of every step', () => {
    let h = startHistory(createExampleWorkshop('2026-11-22'));
    h = record(h, setCheckSettings(h.present, { ...defaultCheckSettings, maxConsulted: 2, loadRulesFrom: 10 }));
    h = record(h, setCharter(h.present, { ...charterOf(h.present), sponsor: 'Chief Executive', signOff: [{ departmentId: 'pr', lead: 'Head of PR' }] }));
    h = record(h, updateActivity(h.present, 'crisis', { notes: 'Rehearse twice a year.' }));
    h = record(h, assign(h.present, { activityId: 'crisis', departmentId: 'it', role: 'C' }));
    h = undo(undo(h));
    expect(h.past).toHaveLength(2);
    expect(h.present.charter?.signOff).toEqual([{ departmentId: 'pr', lead: 'Head of PR' }]);
    expectRoundTrip(h);
  });

  it('writes the parts snapshots share only once', () => {
    const h = historyOf(20);
    const naive = JSON.stringify([...h.past, h.present]);
    expect(encodeHistory(h).length).toBeLessThan(naive.length / 2);
  });

  it('is dropped when it does not fit the restored workshop or cannot be read', () => {
    const h = historyOf(3);
    expect(decodeHistory(encodeHistory(h), createExampleWorkshop('2026-11-22'))).toBeUndefined();
    expect(decodeHistory('not json', h.present)).toBeUndefined();
    expect(decodeHistory('{"v":99}', h.present)).toBeUndefined();
    const missingPart = JSON.parse(encodeHistory(h));
    missingPart.steps[0].charter = missingPart.parts.length;
    expect(decodeHistory(JSON.stringify(missingPart), h.present)).toBeUndefined();
  });

  it('is dropped when a snapshot would need repairs', () => {
    const h = historyOf(2);
    const tampered = JSON.parse(encodeHistory(h));
    tampered.items[tampered.steps[1].assignments[0]] = { activityId: 'ghost', departmentId: 'marketing', role: 'A' };
    expect(decodeHistory(JSON.stringify(tampered), h.present)).toBeUndefined();
  });

  it("is dropped when a list's runs do not fit its items", () => {
    const h = historyOf(3);
    for (const runs of [[0], [0, 0], [0, 99], [-1, 1], [0.5, 1], ['0', 1]]) {
      const tampered = JSON.parse(encodeHistory(h));
      tampered.steps[1].assignments = runs;
      expect(decodeHistory(JSON.stringify(tampered), h.present), JSON.stringify(runs)).toBeUndefined();
    }
  });

  /** A full history of a generated matrix, two steps undone, and its encoding: made once per size. */
  const saved = new Map<string, { readonly h: History<RaciDocument>; readonly encoded: string }>();
  function savedHistory(activities: number, departments: number) {
    const key = `${activities}x${departments}`;
    let entry = saved.get(key);
    if (!entry) {
      const h = undo(undo(dropsOn(generateMatrix(activities, departments), HISTORY_LIMIT)));
      saved.set(key, (entry = { h, encoded: encodeHistory(h) }));
    }
    return entry;
  }

  it("stores changes, not copies: 200 drops on a 1,000 x 60 matrix fit the browser's per-tab storage", () => {
    const { h, encoded } = savedHistory(1000, 60);
    const oneCopy = serializeWorkshop(h.present, { savedAt: '', appVersion: '' }).length;
    // Chromium and Firefox keep 5 MiB per origin in sessionStorage, counted in UTF-16 code units.
    expect(encoded.length).toBeLessThan(2 * oneCopy);
    expect(encoded.length).toBeLessThan(2.5 * 1024 * 1024);
  });

  // The README quotes these counts.
  it.each([
    [22, 10, HISTORY_LIMIT],
    [200, 30, 62],
    [1000, 60, 12],
  ])('a reload of a %i x %i matrix gets back the last %i steps, back and forward from the present', (activities, departments, restored) => {
    const { h, encoded } = savedHistory(activities, departments);
    const back = decodeHistory(encoded, h.present);
    expect((back?.past.length ?? 0) + (back?.future.length ?? 0)).toBe(Math.min(restored, h.past.length + h.future.length));
    // The two undone steps come back to redo, and the steps before the present to undo.
    expect(back?.future).toEqual(h.future);
    expect(back?.past).toEqual(h.past.slice(h.past.length - (back?.past.length ?? 0)));
  });
});

describe('undo history of any valid workshop', () => {
  const documentArbitrary = workshopDocument;
  const checkSettings = checkSettingsArbitrary;

  /** Edits share the parts they leave alone with the step before, as the app's own edits do. */
  const edit = fc.oneof(
    documentArbitrary.map((fresh) => () => fresh),
    name.map((title) => (doc: RaciDocument) => renameWorkshop(doc, title)),
    checkSettings.map((settings) => (doc: RaciDocument) => setCheckSettings(doc, settings)),
    fc.tuple(text, text).map(([purpose, lead]) => (doc: RaciDocument) => {
      const signOff = doc.departments.slice(0, 1).map((d) => ({ departmentId: d.id, lead }));
      return setCharter(doc, { ...charterOf(doc), purpose, signOff });
    }),
    fc.tuple(fc.nat(), text).map(([pick, note]) => (doc: RaciDocument) => {
      const activity = doc.activities[pick % Math.max(1, doc.activities.length)];
      return activity ? updateActivity(doc, activity.id, { decision: note, notes: `${note} noted` }) : doc;
    }),
    fc.tuple(fc.nat(), fc.nat(), fc.nat()).map(([a, d, r]) => (doc: RaciDocument) => {
      const activity = doc.activities[a % Math.max(1, doc.activities.length)];
      const department = doc.departments[d % Math.max(1, doc.departments.length)];
      const roles = roleSchemeOf(doc.roleScheme).roles;
      return activity && department ? assign(doc, { activityId: activity.id, departmentId: department.id, role: roles[r % roles.length]!.key }) : doc;
    }),
  );

  const historyArbitrary = fc.tuple(documentArbitrary, fc.array(edit, { maxLength: 8 }), fc.nat()).map(([first, edits, split]) => {
    const steps = [first];
    for (const apply of edits) steps.push(apply(steps[steps.length - 1]!));
    const at = split % steps.length;
    return { past: steps.slice(0, at), present: steps[at]!, future: steps.slice(at + 1) };
  });

  // Edited steps are not read through the codec first: one it would not give back as is fails here anyway.
  it('comes back exactly, whatever the documents and wherever the present is', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(historyArbitrary, (h) => {
        const back = decodeHistory(encodeHistory(h), h.present);
        expect(back?.present).toBe(h.present);
        // Plain comparison first; vitest's deep equality with its diff only to describe a failure.
        if (!isDeepStrictEqual(back, h)) expect(back).toEqual(h);
      }),
      { numRuns: propertyRuns() },
    );
  });
});
