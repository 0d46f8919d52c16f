// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { createElement } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { assign } from '../../../src/domain/assignmentEdits';
import { createExampleWorkshop } from '../../../src/domain/templates/example';
import { useDocumentStore } from '../../../src/store/documentStore';
import { resetStores } from '../../app/resetStores';

// Counts cell renders per activity: a row that does not re-render renders none of its cells.
const cellRenders = new Map<string, number>();
vi.mock('../../../src/features/board/RoleCell', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/features/board/RoleCell')>();
  return {
    RoleCell: (props: Parameters<typeof actual.RoleCell>[0]) => {
      cellRenders.set(props.activityId, (cellRenders.get(props.activityId) ?? 0) + 1);
      return createElement(actual.RoleCell, props);
    },
  };
});

describe('re-rendering on a drop', () => {
  beforeEach(() => {
    resetStores();
    useDocumentStore.getState().replace(createExampleWorkshop('2026-11-22'), { resetHistory: true });
  });

  it('redraws only the row whose cells or findings changed', () => {
    render(<App />);
    cellRenders.clear();
    act(() => useDocumentStore.getState().apply((doc) => assign(doc, { activityId: 'crisis', departmentId: 'agency', role: 'A' })));
    expect([...cellRenders.keys()]).toEqual(['crisis']);

    // Undo changes the same row back: again, nothing else is drawn.
    cellRenders.clear();
    act(() => useDocumentStore.getState().undo());
    expect([...cellRenders.keys()]).toEqual(['crisis']);
  });
});
