import { describe, expect, it } from 'vitest';
import { nextCellBox } from '../../../src/features/board/nextCell';

const box = (name: string, left: number, top: number) => ({ name, left, top, width: 100, height: 50 });

// Four cells in a 2x2 grid; the dragged chip (40x20) sits inside the top-left cell, off its centre.
const cells = [box('a', 0, 0), box('b', 100, 0), box('c', 0, 50), box('d', 100, 50)];
const chip = { left: 5, top: 5, width: 40, height: 20 };

describe('nextCellBox', () => {
  it('goes to the neighbouring cell, never to the one the chip is already in', () => {
    expect(nextCellBox(chip, cells, 'ArrowRight')?.name).toBe('b');
    expect(nextCellBox(chip, cells, 'ArrowDown')?.name).toBe('c');
  });

  it('finds nothing where there is no cell that way', () => {
    expect(nextCellBox(chip, cells, 'ArrowLeft')).toBeUndefined();
    expect(nextCellBox(chip, cells, 'ArrowUp')).toBeUndefined();
  });

  it('stays in its lane going down, even past a nearer cell beside it', () => {
    const lane = [box('below', 0, 300), box('beside-lower', 100, 60)];
    expect(nextCellBox(chip, lane, 'ArrowDown')?.name).toBe('below');
  });

  it('knows only arrow keys', () => {
    expect(nextCellBox(chip, cells, 'KeyA')).toBeUndefined();
  });
});
