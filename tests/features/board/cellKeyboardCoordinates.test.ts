// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cellKeyboardCoordinates } from '../../../src/features/board/cellKeyboardCoordinates';

type Args = Parameters<typeof cellKeyboardCoordinates>[1];
const rect = (left: number, top: number) => ({ left, top, width: 100, height: 50, right: left + 100, bottom: top + 50 });

// Four cells in a 2x2 grid; the dragged chip (40x20) sits centred on the top-left cell.
const rects = new Map([
  ['a', rect(0, 0)],
  ['b', rect(100, 0)],
  ['c', rect(0, 50)],
  ['d', rect(100, 50)],
]);

function args(overId = 'a'): Args {
  const context = {
    collisionRect: { left: 30, top: 15, width: 40, height: 20 },
    droppableRects: rects,
    droppableContainers: { getEnabled: () => [...rects.keys()].map((id) => ({ id })) },
    over: { id: overId },
  };
  return { active: 'chip', currentCoordinates: { x: 30, y: 15 }, context } as unknown as Args;
}
const key = (code: string) => new KeyboardEvent('keydown', { code });

describe('cellKeyboardCoordinates', () => {
  it('jumps to the centre of the neighbouring cell', () => {
    expect(cellKeyboardCoordinates(key('ArrowRight'), args())).toEqual({ x: 130, y: 15 });
    expect(cellKeyboardCoordinates(key('ArrowDown'), args())).toEqual({ x: 30, y: 65 });
  });

  it('stays put when there is no cell that way', () => {
    expect(cellKeyboardCoordinates(key('ArrowLeft'), args())).toEqual({ x: 30, y: 15 });
    expect(cellKeyboardCoordinates(key('ArrowUp'), args())).toEqual({ x: 30, y: 15 });
  });

  it('leaves other keys to the sensor', () => {
    expect(cellKeyboardCoordinates(key('KeyA'), args())).toBeUndefined();
  });
});
