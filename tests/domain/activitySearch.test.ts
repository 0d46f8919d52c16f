import { describe, expect, it } from 'vitest';
import { findActivities } from '../../src/domain/activitySearch';
import type { Activity } from '../../src/domain/model';

const activities: Activity[] = [
  { id: 'reply', name: 'Reply to comments', group: 'Community', channel: 'Instagram' },
  { id: 'policy', name: 'Write the social media policy', group: 'Strategy' },
  { id: 'press', name: 'Öffentlichkeitsarbeit planen', group: 'Strategy' },
  { id: 'loose', name: 'Monitor mentions' },
];
const ids = (query: string) => findActivities(activities, query).map((a) => a.id);

describe('findActivities', () => {
  it('finds by name, group or channel, in the order the board shows them (grouped)', () => {
    expect(ids('reply')).toEqual(['reply']);
    expect(ids('strategy')).toEqual(['policy', 'press']);
    expect(ids('instagram')).toEqual(['reply']);
    // The board shows groups in order of first appearance; the ungrouped row stays last.
    expect(ids('m')).toEqual(['reply', 'policy', 'loose']);
  });

  it('ignores case, accents and extra spaces, and matches the words as written together', () => {
    expect(ids('OFFENTLICH')).toEqual(['press']);
    expect(ids('  social   media ')).toEqual(['policy']);
    expect(ids('media social')).toEqual([]);
  });

  it('finds nothing for an empty query', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
  });
});
