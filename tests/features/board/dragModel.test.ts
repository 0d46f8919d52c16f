// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  cellDropId,
  dragSourceAttributes,
  dragSourceOf,
  dropTargetAttributes,
  dropTargetOf,
  isDropTarget,
  paletteDragId,
  placedDragId,
  sourceDepartmentId,
  type DragSource,
  type DropTarget,
} from '../../../src/features/board/dragModel';

/** An element with the given data attributes and a child inside it, as a press would land on either. */
function elementWith(attributes: Record<string, string>): { element: HTMLElement; child: HTMLElement } {
  const element = document.createElement('button');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const child = document.createElement('span');
  element.append(child);
  return { element, child };
}

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

  it('recognises targets', () => {
    expect(isDropTarget({ kind: 'palette' })).toBe(true);
    expect(isDropTarget({ kind: 'placed' })).toBe(false);
    expect(isDropTarget(null)).toBe(false);
    expect(sourceDepartmentId({ kind: 'placed', assignment: { activityId: 'a', departmentId: 'd', role: 'R' } })).toBe('d');
  });

  it('reads back the source a chip carries, from the chip or anything inside it', () => {
    const sources: DragSource[] = [
      { kind: 'palette', departmentId: 'pr "x"' },
      { kind: 'placed', assignment: { activityId: 'crisis', departmentId: 'legal', role: 'A' } },
    ];
    for (const source of sources) {
      const { element, child } = elementWith(dragSourceAttributes(source));
      expect(dragSourceOf(element)).toEqual(source);
      expect(dragSourceOf(child)).toEqual(source);
    }
    expect(dragSourceOf(document.createElement('button'))).toBeUndefined();
  });

  it('reads back the target a cell or the palette carries', () => {
    const targets: DropTarget[] = [{ kind: 'palette' }, { kind: 'cell', activityId: 'crisis', role: 'C' }];
    for (const target of targets) expect(dropTargetOf(elementWith(dropTargetAttributes(target)).child)).toEqual(target);
    expect(dropTargetOf(document.createElement('div'))).toBeUndefined();
  });
});
