import { describe, expect, it } from 'vitest';
import { connectFoldedGroups, foldedGroupsOf, setGroupFolded, useFoldedGroupsStore } from '../../src/store/foldedGroups';
import { MemoryStorage } from '../../src/store/memoryStorage';

describe('folded groups', () => {
  it('are kept per workshop in this browser, and read back on the next visit', () => {
    const storage = new MemoryStorage();
    connectFoldedGroups(storage);
    setGroupFolded('w1', 'Strategy', true);
    setGroupFolded('w1', '', true);
    setGroupFolded('w2', 'Content', true);
    setGroupFolded('w1', 'Strategy', false);
    expect(foldedGroupsOf(useFoldedGroupsStore.getState(), 'w1')).toEqual(['']);

    useFoldedGroupsStore.setState({ folded: {} });
    connectFoldedGroups(storage);
    expect(foldedGroupsOf(useFoldedGroupsStore.getState(), 'w1')).toEqual(['']);
    expect(foldedGroupsOf(useFoldedGroupsStore.getState(), 'w2')).toEqual(['Content']);
  });

  it('start all open when the stored preference is unreadable or storage refuses writes', () => {
    const storage = new MemoryStorage();
    storage.setItem('raci-workshop/folded-groups', '{not json');
    connectFoldedGroups(storage);
    expect(foldedGroupsOf(useFoldedGroupsStore.getState(), 'w1')).toEqual([]);
    storage.failWith = new DOMException('full', 'QuotaExceededError');
    setGroupFolded('w1', 'Strategy', true);
    // The fold still holds for this visit.
    expect(foldedGroupsOf(useFoldedGroupsStore.getState(), 'w1')).toEqual(['Strategy']);
  });
});
