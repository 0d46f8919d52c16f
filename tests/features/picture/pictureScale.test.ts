import { describe, expect, it } from 'vitest';
import { pictureScale } from '../../../src/features/picture/pictureScale';

describe('pictureScale', () => {
  it('is 2 for a workshop-size matrix, for crisp slides', () => {
    expect(pictureScale(1280, 2400)).toBe(2);
  });

  it('shrinks for a long matrix so the canvas stays within the browser’s limits', () => {
    const width = 1600;
    const height = 200 * 72;
    const scale = pictureScale(width, height);
    expect(scale).toBeLessThan(2);
    expect(Math.max(width, height) * scale).toBeLessThanOrEqual(16_384);
    expect(width * height * scale * scale).toBeLessThanOrEqual(64 * 1024 * 1024);
  });
});
