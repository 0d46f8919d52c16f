import { describe, expect, it } from 'vitest';
import { cellDropId, isDragSource, isDropTarget, paletteDragId, placedDragId, sourceDepartmentId } from '../../../src/features/board/dragModel';

describe('drag model', () => {
  it('makes distinct ids even for ids with quotes, colons and commas', () => {
    const ids = [
      cellDropId('a:b', 'R'),
      cellDropId('a', 'b:R'),
      cellDropId('a","b', 'R'),
      placedDragId({ activityId: 'a', departmentId: 'b,c', role: 'R' }),
      placedDragId({ activityId: 'a,b', departmentId: 'c', role: 'R' }),
      paletteDragId('x'),
      paletteDragId('"x"'),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('recognises sources and targets', () => {
    expect(isDragSource({ kind: 'palette', departmentId: 'x' })).toBe(true);
    expect(isDragSource({ kind: 'cell' })).toBe(false);
    expect(isDragSource(null)).toBe(false);
    expect(isDropTarget({ kind: 'palette' })).toBe(true);
    expect(isDropTarget({ kind: 'placed' })).toBe(false);
    expect(sourceDepartmentId({ kind: 'placed', assignment: { activityId: 'a', departmentId: 'd', role: 'R' } })).toBe('d');
  });
});
