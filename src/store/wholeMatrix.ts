import { create } from 'zustand';

/**
 * While a picture of the matrix is taken, the board renders every row rather than those near the view,
 * as it does for paper. Kept in the store so the picture feature can ask it of the board without importing it.
 */
export const useWholeMatrix = create<{ readonly shown: boolean }>()(() => ({ shown: false }));

export function showWholeMatrix(shown: boolean): void {
  useWholeMatrix.setState({ shown });
}
