import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workshopTemplates } from '../../src/domain/templates';
import { describeIgnoredFieldForPeople, plainProblemsOf } from '../../src/format/issueWords';
import { parseWorkshopFile, type ParseResult } from '../../src/format/parseWorkshopFile';
import { serializeWorkshop } from '../../src/format/serializeWorkshop';
import { expectSameDocument, workshopDocument } from './workshopArbitrary';
import { propertyRuns } from '../propertyRuns';

const options = { savedAt: '2026-11-22T10:00:00.000Z', appVersion: '0.1.0' };

function file(document: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: 'raci-workshop', schemaVersion: 1, document, ...extra });
}

const minimal = {
  departments: [{ id: 'pr', name: 'Public Relations' }, { id: 'legal', name: 'Legal' }],
  activities: [{ id: 'crisis', name: 'Lead crisis response' }],
  assignments: [{ activityId: 'crisis', departmentId: 'pr', role: 'A' }],
};

function errorOf(result: ParseResult) {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

/** Where the file has fields this version does not know, by path. */
function ignoredOf(result: ParseResult): string[] {
  if (!result.ok) throw new Error('expected a document');
  return result.ignored.map((field) => field.path);
}

function warningsOf(result: ParseResult) {
  if (!result.ok) throw new Error(`expected success: ${result.error.message}`);
  return result.warnings;
}

describe('round trip', () => {
  it.each(workshopTemplates.map((t) => [t.id, t] as const))('%s comes back equal, with no warnings', (_id, template) => {
    const doc = template.create('2026-11-22');
    const result = parseWorkshopFile(serializeWorkshop(doc, options));
    expect(result).toEqual({ ok: true, document: doc, warnings: [], ignored: [] });
  });
});

describe('defaults and tolerance', () => {
  it('fills optional fields', () => {
    const result = parseWorkshopFile(file(minimal));
    expect(result.ok && result.document).toMatchObject({ title: 'Untitled workshop', roleScheme: 'RACI', workshop: { organization: '', participants: [] } });
    expect(result.ok && result.document.departments[0]?.color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('accepts a byte-order mark, Windows line endings and unknown fields, and lists each', () => {
    const text = `\uFEFF${JSON.stringify({ format: 'raci-workshop', schemaVersion: 1, extra: { deep: [1, 2] }, document: { ...minimal, future: true } }, null, 2).replace(/\n/g, '\r\n')}`;
    const result = parseWorkshopFile(text);
    expect(warningsOf(result)).toEqual([
      'The byte-order mark at the start of the file was removed.',
      'The Windows line endings were read as plain line breaks.',
    ]);
    expect(ignoredOf(result)).toEqual(['extra', 'document.future']);
    expect(result.ok && result.document.assignments).toEqual(minimal.assignments);
  });

  it('says when a byte-order mark was removed, on its own', () => {
    expect(warningsOf(parseWorkshopFile(`\uFEFF${file(minimal)}`))).toEqual(['The byte-order mark at the start of the file was removed.']);
  });

  it('keeps a short label, and cuts one that is too long with a repair saying so', () => {
    const result = parseWorkshopFile(
      file({ ...minimal, departments: minimal.departments.map((d, i) => ({ ...d, shortLabel: i === 0 ? ' Mktg ' : 'Far too long' })) }),
    );
    expect(result.ok && result.document.departments.map((d) => d.shortLabel)).toEqual(['Mktg', ...minimal.departments.slice(1).map(() => 'Far too')]);
    expect(warningsOf(result).filter((w) => /short label/.test(w))).toEqual(
      minimal.departments.slice(1).map((d) => `The short label of ${d.name}, “Far too long”, is longer than 8 characters; “Far too” is kept.`),
    );
  });

  it('repairs what it can, and lists every repair in a person’s words, counting from 1', () => {
    const result = parseWorkshopFile(
      file({
        departments: [...minimal.departments, { id: 'pr', name: 'Second PR' }, { id: 'it', name: 'IT', color: 'url(https://example.org/x)' }],
        activities: [...minimal.activities, { id: 'crisis', name: 'Again' }],
        assignments: [
          ...minimal.assignments,
          { activityId: 'crisis', departmentId: 'pr', role: 'A' },
          { activityId: 'ghost', departmentId: 'pr', role: 'R' },
          { activityId: 'crisis', departmentId: 'ghost', role: 'R' },
          { activityId: 'crisis', departmentId: 'legal', role: 'X' },
        ],
      }),
    );
    const warnings = warningsOf(result);
    expect(warnings).toEqual([
      'Department 3 (“Second PR”) is the same department as an earlier one (the same id); it was left out.',
      'IT has “url(https://example.org/x)” as its colour, which is not a colour like #1e40af; it was given one of the app’s colours.',
      'Activity 2 (“Again”) is the same activity as an earlier one (the same id); it was left out.',
      'Assignment 2 repeats an earlier one; it was left out.',
      'Assignment 3 is for an activity that is not in the workshop; it was left out.',
      'Assignment 4 is for a department that is not in the workshop; it was left out.',
      'Assignment 5 gives the role “X”, which RACI does not have; it was left out.',
    ]);
    expect(result.ok && result.document.assignments).toEqual(minimal.assignments);
    expect(result.ok && result.document.departments.map((d) => d.color).join()).not.toContain('url');
  });
});

describe('unknown fields', () => {
  it('are named by path, in every part of the file the schema knows', () => {
    const matrixParts = file({
      ...minimal,
      departments: [{ ...minimal.departments[0], head: 'Ana' }, minimal.departments[1]],
      activities: [{ ...minimal.activities[0], owner: 'pr' }],
      assignments: [{ ...minimal.assignments[0], weight: 2 }],
      workshop: { organization: 'Acme', room: '4.12' },
    });
    expect(ignoredOf(parseWorkshopFile(matrixParts))).toEqual([
      'document.departments[0].head',
      'document.activities[0].owner',
      'document.assignments[0].weight',
      'document.workshop.room',
    ]);
    const otherParts = file(
      {
        ...minimal,
        checkSettings: { maxResponsible: 2, strictness: 'high' },
        charter: {
          escalations: [{ trigger: 'Viral post', channel: 'TikTok' }],
          signOff: [{ departmentId: 'pr', lead: 'Ana', signedOn: '2026-11-22' }],
          budget: 100,
        },
      },
      { app: { name: 'RACI Workshop', build: 7 } },
    );
    const other = parseWorkshopFile(otherParts);
    expect(ignoredOf(other)).toEqual([
      'document.checkSettings.strictness',
      'document.charter.escalations[0].channel',
      'document.charter.signOff[0].signedOn',
      'document.charter.budget',
      'app.build',
    ]);
    // Ignored, not repaired: a file with more than this version knows is not at fault.
    expect(warningsOf(other)).toEqual([]);
  });

  it('are said in a person’s words, counting from 1, with the path kept beside', () => {
    const text = file({ ...minimal, departments: [minimal.departments[0], { ...minimal.departments[1], head: 'Ana' }], future: 1 }, { extra: 1, app: { name: 'RACI Workshop', build: 7 } });
    const result = parseWorkshopFile(text);
    expect(result.ok && result.ignored.map((field) => ({ path: field.path, message: describeIgnoredFieldForPeople(field.at) }))).toEqual([
      { path: 'document.departments[1].head', message: 'The field “head” of department 2 is not known to this version; it was ignored.' },
      { path: 'document.future', message: 'The field “future” of the workshop is not known to this version; it was ignored.' },
      { path: 'extra', message: 'The field “extra” at the top of the file is not known to this version; it was ignored.' },
      { path: 'app.build', message: 'The field “build” of the details of the app that saved the file is not known to this version; it was ignored.' },
    ]);
  });

  it('are every one reported, in the order of the file (whoever shows them chooses how many)', () => {
    const activities = Array.from({ length: 500 }, (_, i) => ({ id: `a${i}`, name: `Activity ${i}`, owner: 'pr' }));
    const ignored = ignoredOf(parseWorkshopFile(file({ ...minimal, activities, assignments: [] })));
    expect(ignored).toHaveLength(500);
    expect(ignored.slice(0, 2)).toEqual(['document.activities[0].owner', 'document.activities[1].owner']);
  });

  it('are told apart from the repairs of the content', () => {
    const result = parseWorkshopFile(file({ ...minimal, future: true, assignments: [...minimal.assignments, ...minimal.assignments] }));
    expect(warningsOf(result)).toEqual(['Assignment 2 repeats an earlier one; it was left out.']);
    expect(ignoredOf(result)).toEqual(['document.future']);
  });

  it('quote a name that is not plain, and cut a long one short', () => {
    const text = file({ ...minimal, 'two words': 1, [`x${'y'.repeat(100)}`]: 2 });
    expect(ignoredOf(parseWorkshopFile(text))).toEqual(['document["two words"]', `document["x${'y'.repeat(39)}…"]`]);
  });

  it('are never reported for a file the app saved itself', () => {
    const doc = { ...workshopTemplates[0]!.create('2026-11-22'), checkSettings: { maxResponsible: 2, maxConsulted: 3, everyoneInvolvedFrom: 4, overloadedPercent: 50, concentrationPercent: 40, loadRulesFrom: 6 } };
    const result = parseWorkshopFile(serializeWorkshop(doc, options));
    expect(warningsOf(result)).toEqual([]);
    expect(ignoredOf(result)).toEqual([]);
  });
});

describe('refusals name the problem', () => {
  it('not JSON, with line and column', () => {
    const error = errorOf(parseWorkshopFile('{\n  "format": "raci-workshop",\n  oops\n}'));
    expect(error.kind).toBe('not-json');
    expect(error.message).toMatch(/line 3, column \d+/);
  });

  it('empty', () => {
    expect(errorOf(parseWorkshopFile('  \n')).kind).toBe('not-json');
  });

  it('not a workshop file', () => {
    expect(errorOf(parseWorkshopFile('[1,2,3]')).kind).toBe('not-raci');
    expect(errorOf(parseWorkshopFile('{"format":"something-else"}')).kind).toBe('not-raci');
  });

  it('made by a newer version', () => {
    const error = errorOf(parseWorkshopFile(JSON.stringify({ format: 'raci-workshop', schemaVersion: 2, document: {} })));
    expect(error.kind).toBe('newer-version');
    expect(error.message).toMatch(/newer version/);
  });

  it('invalid, with the paths of the first problems', () => {
    const error = errorOf(parseWorkshopFile(file({ ...minimal, activities: [{ id: 'a', name: 42 }] })));
    expect(error.kind).toBe('invalid');
    expect(error.problems).toEqual(['document.activities[0].name: expected text']);
  });

  it('says when a required field is missing', () => {
    const error = errorOf(parseWorkshopFile(file({ departments: [], activities: [] })));
    expect(error.problems).toEqual(['document.assignments: missing (expected a list)']);
    expect(plainProblemsOf(error)).toEqual(['The workshop has no list of assignments.']);
  });

  it('says each problem in a person’s words too, counting from 1, in the order of the paths', () => {
    const activities = [
      { id: 'a', name: 'Post' },
      { id: 'b', name: 'Reply' },
      { id: 'c', name: 'Plan' },
      { id: 'd', name: '  ' },
      { id: 'e', name: 'Report', status: 'maybe' },
      { name: 'Review' },
    ];
    const error = errorOf(parseWorkshopFile(file({ ...minimal, activities })));
    expect(error.problems).toEqual([
      'document.activities[3].name: must not be empty',
      'document.activities[4].status: expected one of open, agreed, disputed, parked',
      'document.activities[5].id: missing (expected text)',
    ]);
    expect(plainProblemsOf(error)).toEqual([
      'Activity 4 has no name: it is blank.',
      'The status of activity 5 is not one the app knows; it can be “open”, “agreed”, “disputed” or “parked”.',
      'Activity 6 has no id.',
    ]);
  });

  it('names check settings and sign-off lines in words, and counts what it leaves out', () => {
    const error = errorOf(
      parseWorkshopFile(file({ ...minimal, checkSettings: { maxResponsible: 0 }, charter: { signOff: [{ departmentId: 'x', acknowledgement: { state: 'later' } }] } })),
    );
    expect(plainProblemsOf(error)).toEqual([
      'The setting for the most doers on one activity is too small: it must be 1 or more.',
      'The state of the acknowledgement of sign-off line 1 is not one the app knows; it can be “agreed” or “objected”.',
    ]);
    const many = errorOf(parseWorkshopFile(file({ ...minimal, activities: Array.from({ length: 7 }, (_, i) => ({ id: `a${i}`, name: '' })) })));
    expect(plainProblemsOf(many).at(-1)).toBe('And 2 more problems.');
  });

  it('lists at most five problems, then how many more', () => {
    const activities = Array.from({ length: 8 }, (_, i) => ({ id: `a${i}`, name: '' }));
    const error = errorOf(parseWorkshopFile(file({ ...minimal, activities })));
    expect(error.problems).toHaveLength(6);
    expect(error.problems.at(-1)).toBe('and 3 more');
  });

  it('too large, before parsing', () => {
    const huge = file({ ...minimal, padding: 'x'.repeat(5 * 1024 * 1024) });
    expect(errorOf(parseWorkshopFile(huge)).kind).toBe('too-large');
  });

  it('not text', () => {
    expect(errorOf(parseWorkshopFile('PK\u0003\u0004\u0000\u0000binary')).kind).toBe('not-text');
  });
});

describe('hostile content', () => {
  it('never lets __proto__ or constructor reach a prototype', () => {
    const text = `{"format":"raci-workshop","schemaVersion":1,"__proto__":{"polluted":true},"document":{"constructor":{"prototype":{"polluted":true}},"departments":[{"id":"d","name":"D","__proto__":{"polluted":true}}],"activities":[],"assignments":[]}}`;
    const result = parseWorkshopFile(text);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.ok && Object.getPrototypeOf(result.document.departments[0])).toBe(Object.prototype);
    expect(result.ok && (result.document.departments[0] as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(ignoredOf(result)).toEqual(['__proto__', 'document.constructor', 'document.departments[0].__proto__']);
  });

  it('survives deeply nested junk in an unknown field', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const text = `{"format":"raci-workshop","schemaVersion":1,"junk":${deep},"document":${JSON.stringify(minimal)}}`;
    expect(parseWorkshopFile(text).ok).toBe(true);
  });
});

describe('properties', () => {
  // At 10,000 runs a property takes seconds; on a busy machine more than the default timeout.
  const long = { timeout: 120_000 };

  it('never throws, whatever the text', long, () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      parseWorkshopFile(text);
    }), { numRuns: propertyRuns() });
  });

  it('never throws for any JSON value, inside or outside a workshop envelope', long, () => {
    fc.assert(fc.property(fc.jsonValue(), fc.boolean(), (value, wrap) => {
      const text = wrap ? JSON.stringify({ format: 'raci-workshop', schemaVersion: 1, document: value }) : JSON.stringify(value);
      const result = parseWorkshopFile(text);
      expect(typeof result.ok).toBe('boolean');
    }), { numRuns: propertyRuns() });
  });

  it('never throws for a workshop file with any of its values replaced by any JSON', long, () => {
    fc.assert(
      fc.property(workshopDocument, fc.nat(), fc.jsonValue(), (doc, pick, junk) => {
        const file: unknown = JSON.parse(serializeWorkshop(doc, options));
        replaceSomeValue(file, pick, junk);
        const result = parseWorkshopFile(JSON.stringify(file));
        expect(typeof result.ok).toBe('boolean');
      }),
      // A fifth of the others' strength: each run writes and reads a whole file.
      { numRuns: Math.ceil(propertyRuns() / 5) },
    );
  });

  it('round-trips any valid document, and writes it back byte for byte', long, () => {
    fc.assert(fc.property(workshopDocument, (doc) => {
      const text = serializeWorkshop(doc, options);
      const back = parseWorkshopFile(text);
      expectSameDocument(back, doc);
      expect(back.ok && serializeWorkshop(back.document, options)).toBe(text);
    }), { numRuns: propertyRuns() });
  });
});

/** Replaces the `pick`-th value found walking `node` (depth first) with `junk`. */
function replaceSomeValue(node: unknown, pick: number, junk: unknown): void {
  const slots: [Record<string, unknown> | unknown[], string | number][] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        slots.push([value, i]);
        walk(item);
      });
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        slots.push([value as Record<string, unknown>, key]);
        walk(item);
      }
    }
  };
  walk(node);
  const slot = slots[pick % Math.max(1, slots.length)];
  if (slot) (slot[0] as Record<string | number, unknown>)[slot[1]] = junk;
}

describe('check settings (an optional field, added without a schema version)', () => {
  const base = () => JSON.parse(serializeWorkshop(workshopTemplates[0]!.create('2026-11-22'), options));

  it('are absent from files of workshops that keep the defaults', () => {
    expect(base().document.checkSettings).toBeUndefined();
    const parsed = parseWorkshopFile(JSON.stringify(base()));
    expect(parsed.ok && parsed.document.checkSettings).toBeUndefined();
  });

  it('fill each missing threshold with its default', () => {
    const file = base();
    file.document.checkSettings = { maxResponsible: 2, overloadedPercent: 60 };
    const parsed = parseWorkshopFile(JSON.stringify(file));
    expect(parsed.ok && parsed.document.checkSettings).toEqual({
      maxResponsible: 2,
      maxConsulted: 4,
      everyoneInvolvedFrom: 4,
      overloadedPercent: 60,
      concentrationPercent: 40,
      loadRulesFrom: 6,
    });
  });

  it('refuse thresholds that make no sense, naming where', () => {
    const file = base();
    file.document.checkSettings = { maxResponsible: 0, concentrationPercent: 140, maxConsulted: 'four' };
    const parsed = parseWorkshopFile(JSON.stringify(file));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error.problems).toEqual([
      'document.checkSettings.maxResponsible: expected 1 or more',
      'document.checkSettings.maxConsulted: expected a whole number',
      'document.checkSettings.concentrationPercent: expected 100 or less',
    ]);
  });
});

describe('charter texts (optional fields, added without a schema version)', () => {
  const charter = {
    purpose: 'One voice on social media.',
    champion: 'Jana Nováková',
    sponsor: 'Γιώργος Παπαδόπουλος',
    escalations: [{ trigger: 'A post goes viral for the wrong reasons', who: 'Public Relations', howFast: 'within 1 hour' }],
    signOff: [{ departmentId: 'pr', lead: 'Ольга Иванова' }],
  };

  it('round-trip with the decisions of each activity', () => {
    const doc = { ...workshopTemplates[0]!.create('2026-11-22'), charter };
    const withDecision = { ...doc, activities: doc.activities.map((a, i) => (i === 0 ? { ...a, decision: 'Marketing owns it.' } : a)) };
    expect(parseWorkshopFile(serializeWorkshop(withDecision, options))).toEqual({ ok: true, document: withDecision, warnings: [], ignored: [] });
  });

  it('fill missing parts with empty ones, and drop a sign-off line for an unknown department with a warning', () => {
    const result = parseWorkshopFile(file({ ...minimal, charter: { sponsor: 'CEO', signOff: [{ departmentId: 'ghost', lead: 'Nobody' }] } }));
    expect(result.ok && result.document.charter).toEqual({ purpose: '', champion: '', sponsor: 'CEO', escalations: [], signOff: [] });
    expect(warningsOf(result)).toEqual(['Sign-off line 1 is for a department that is not in the workshop; it was left out.']);
  });
});
