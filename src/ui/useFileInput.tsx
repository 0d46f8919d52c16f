import { useCallback, useRef, type ReactElement } from 'react';

export interface FileInput {
  /** Asks the browser for a file, as a button or a shortcut does. */
  readonly choose: () => void;
  /** The real file input behind it; render it once. */
  readonly input: ReactElement;
}

/** A hidden `<input type="file">` for one file, with a way to open its chooser from anywhere. */
export function useFileInput(accept: string, onFile: (file: File) => void, testId: string): FileInput {
  const ref = useRef<HTMLInputElement>(null);
  const choose = useCallback(() => ref.current?.click(), []);
  const input = (
    <input
      ref={ref}
      type="file"
      accept={accept}
      hidden
      data-testid={testId}
      onChange={(event) => {
        const target = event.currentTarget;
        const file = target.files?.[0];
        // Cleared at once, so choosing the same file again (after fixing it) reads it again.
        target.value = '';
        if (file) onFile(file);
      }}
    />
  );
  return { choose, input };
}
