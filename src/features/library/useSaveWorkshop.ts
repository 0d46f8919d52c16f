import { useCallback } from 'react';
import { currentDocument } from '../../store/documentStore';
import { useSessionStore } from '../../store/sessionStore';
import { saveWorkshopFile } from './saveWorkshopFile';

/** Save as the toolbar button and Ctrl/Cmd+S use it: write the file, then say what happened. */
export function useSaveWorkshop(): () => Promise<void> {
  const announce = useSessionStore((s) => s.announce);
  return useCallback(async () => {
    const result = await saveWorkshopFile(currentDocument());
    announce(result.kind === 'saved' ? `Saved ${result.fileName}.` : 'Save cancelled.');
  }, [announce]);
}
