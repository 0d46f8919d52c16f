import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseMatrixCsv } from '../../src/format/parseMatrixCsv';
import { parseWorkshopFile } from '../../src/format/parseWorkshopFile';
import { serializeWorkshop } from '../../src/format/serializeWorkshop';
import { decodeShareFragment, encodeShareFragment } from '../../src/format/shareLink';
import { decodeHistory, encodeHistory } from '../../src/store/historySnapshot';
import { stamp, workshopDocument } from './workshopArbitrary';
import { propertyRuns } from '../propertyRuns';

/*
 * No input, however hostile, reaches a global prototype: not a file, a share link, a stored undo history or
 * a spreadsheet. Keys such as __proto__ and constructor are planted anywhere in otherwise valid input.
 */

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
const PLANTED = { polluted: 'yes', toString: 'polluted', constructor: { prototype: { polluted: 'yes' } } };
const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype];

let before: string[][];
beforeEach(() => {
  before = prototypes.map((p) => Object.getOwnPropertyNames(p).sort());
});
afterEach(() => expectPrototypesClean());

function expectPrototypesClean(): void {
  expect(prototypes.map((p) => Object.getOwnPropertyNames(p).sort())).toEqual(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(typeof ({} as { toString: unknown }).toString).toBe('function');
}

function plantKey(node: object, key: (typeof HOSTILE_KEYS)[number]): void {
  Object.defineProperty(node, key, { value: structuredClone(PLANTED), enumerable: true, configurable: true, writable: true });
}

/** Plants hostile keys (as own, enumerable properties, as JSON.parse makes them) in the chosen objects. */
function plant(node: unknown, choose: () => number): void {
  if (Array.isArray(node)) {
    for (const item of node) plant(item, choose);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  for (const value of Object.values(node)) plant(value, choose);
  const pick = choose();
  const key = HOSTILE_KEYS[pick % (HOSTILE_KEYS.length + 2)];
  if (key !== undefined) plantKey(node, key);
}

/** Every key of every object in a parsed JSON value. */
function keysOf(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(keysOf);
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) => [key, ...keysOf(value)]);
}

const hostileFile = fc.tuple(workshopDocument, fc.array(fc.nat(), { minLength: 1, maxLength: 40 })).map(([doc, picks]) => {
  const file = JSON.parse(serializeWorkshop(doc, stamp)) as { document: object };
  let next = 0;
  plant(file, () => picks[next++ % picks.length] ?? 0);
  // At least one where the codec looks first.
  plantKey(file.document, HOSTILE_KEYS[(picks[0] ?? 0) % HOSTILE_KEYS.length] ?? '__proto__');
  return JSON.stringify(file);
});

describe('no input reaches a global prototype', () => {
  it('a workshop file with __proto__, constructor or prototype keys anywhere', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(hostileFile, (text) => {
        expect(text).toMatch(/"(__proto__|constructor|prototype)"/);
        const result = parseWorkshopFile(text);
        // What it gives back is plain data again: written out, it holds none of the planted keys.
        if (result.ok) expect(keysOf(JSON.parse(serializeWorkshop(result.document, stamp)))).not.toContain('__proto__');
        expectPrototypesClean();
      }),
      { numRuns: propertyRuns() },
    );
  });

  it('a share link carrying such a file', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(hostileFile, async (text) => {
        await decodeShareFragment(`#${await encodeShareFragment(text)}`);
        expectPrototypesClean();
      }),
      { numRuns: Math.ceil(propertyRuns() / 5) },
    );
  });

  it('a stored undo history with such keys in its steps and parts', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(workshopDocument, fc.array(fc.nat(), { minLength: 1, maxLength: 40 }), (doc, picks) => {
        const encoded: unknown = JSON.parse(encodeHistory({ past: [doc], present: doc, future: [] }));
        let next = 0;
        plant(encoded, () => picks[next++ % picks.length] ?? 0);
        decodeHistory(JSON.stringify(encoded), doc);
        expectPrototypesClean();
      }),
      { numRuns: Math.ceil(propertyRuns() / 5) },
    );
  });

  it('a spreadsheet whose departments and activities are named like prototype members', () => {
    const names = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf'];
    const sheet = [['Activity', ...names].join(','), ...names.map((activity) => [activity, ...names.map(() => 'R')].join(','))].join('\n');
    const result = parseMatrixCsv(sheet, { title: 'Hostile sheet', today: '2026-11-22' });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.document.departments.map((d) => d.name)).toEqual(names);
      expect(result.document.activities.map((a) => a.name)).toEqual(names);
      expect(result.document.assignments).toHaveLength(names.length * names.length);
    }
  });
});
