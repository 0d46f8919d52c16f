import { useCallback, useRef, type ReactElement } from 'react';

export interface CompareFileInput {
  readonly choose: () => void;
  readonly input: ReactElement;
}

/** Loaded with the first comparison: merging a returned file comes after the workshop, not at start-up. */
export const compareWithFile = (file: File) => import('./compareWithFile').then((m) => m.compareWithFile(file));

/** The real file input behind "Compare with a file…". */
export function useCompareFileInput(): CompareFileInput {
  const ref = useRef<HTMLInputElement>(null);
  const choose = useCallback(() => ref.current?.click(), []);
  const input = (
    <input
      ref={ref}
      type="file"
      accept=".json,application/json"
      hidden
      data-testid="compare-workshop-input"
      onChange={(event) => {
        const target = event.currentTarget;
        const file = target.files?.[0];
        // Cleared at once, so the same file can be compared again after a merge.
        target.value = '';
        if (file) void compareWithFile(file);
      }}
    />
  );
  return { choose, input };
}
