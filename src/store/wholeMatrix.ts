import { create } from 'zustand';

/**
 * While a picture of the matrix is taken, the board and the matrix view render every row rather than those
 * near the view, as they do for paper. Kept in the store so the picture feature can ask it of them without importing them.
 */
export const useWholeMatrix = create<{ readonly shown: boolean }>()(() => ({ shown: false }));

export function showWholeMatrix(shown: boolean): void {
  useWholeMatrix.setState({ shown });
}
