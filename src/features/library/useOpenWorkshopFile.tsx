import { useCallback, useRef, type ReactElement } from 'react';
import { openWorkshopFile } from './openWorkshop';

export interface OpenWorkshopFile {
  /** Asks the browser for a file, as the Open button and Ctrl/Cmd+O do. */
  readonly choose: () => void;
  /** The real file input behind it; render it once. */
  readonly input: ReactElement;
}

export function useOpenWorkshopFile(): OpenWorkshopFile {
  const ref = useRef<HTMLInputElement>(null);
  const choose = useCallback(() => ref.current?.click(), []);
  const input = (
    <input
      ref={ref}
      type="file"
      accept=".json,application/json"
      hidden
      data-testid="open-workshop-input"
      onChange={(event) => {
        const target = event.currentTarget;
        const file = target.files?.[0];
        // Cleared at once, so choosing the same file again (after fixing it) opens it again.
        target.value = '';
        if (file) void openWorkshopFile(file);
      }}
    />
  );
  return { choose, input };
}
