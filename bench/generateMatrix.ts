import { departmentColors } from '../src/domain/departmentColors';
import type { Assignment, RaciDocument } from '../src/domain/model';

/** A small seeded generator (mulberry32), so every run measures the same matrices. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A matrix shaped like a real workshop's: every activity with one or two owners and doers, a few consulted
 * and informed departments, in groups of ten; some rows left with gaps, so the checks have work to do.
 */
export function generateMatrix(activityCount: number, departmentCount: number, seed = 1): RaciDocument {
  const next = random(seed);
  const pick = () => Math.floor(next() * departmentCount);
  const departments = Array.from({ length: departmentCount }, (_, i) => ({
    id: `d${i + 1}`,
    name: `Department ${i + 1}`,
    color: departmentColors[i % departmentColors.length] ?? '#1e40af',
  }));
  const activities = Array.from({ length: activityCount }, (_, i) => ({
    id: `a${i + 1}`,
    name: `Activity ${i + 1}`,
    group: `Group ${Math.floor(i / 10) + 1}`,
  }));
  const assignments: Assignment[] = [];
  const seen = new Set<string>();
  const add = (activityId: string, role: string, times: number) => {
    for (let n = 0; n < times; n += 1) {
      const departmentId = `d${pick() + 1}`;
      const key = `${activityId} ${departmentId} ${role}`;
      if (!seen.has(key)) {
        seen.add(key);
        assignments.push({ activityId, departmentId, role });
      }
    }
  };
  for (const { id } of activities) {
    add(id, 'A', next() < 0.9 ? 1 : 2);
    add(id, 'R', 1 + Math.floor(next() * 2));
    add(id, 'C', Math.floor(next() * 4));
    add(id, 'I', Math.floor(next() * 5));
  }
  return {
    title: `Generated ${activityCount} x ${departmentCount}`,
    roleScheme: 'RACI',
    workshop: { organization: 'Benchmark Ltd', date: '2026-11-22', facilitator: 'Bench', participants: [] },
    departments,
    activities,
    assignments,
  };
}
