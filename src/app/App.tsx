import { Board } from '../features/board/Board';
import { BoardEditors } from '../features/board/BoardEditors';
import { useSaveWorkshop } from '../features/library/useSaveWorkshop';
import { NewWorkshopDialog } from './NewWorkshopDialog';
import { RecoveryBoundary } from './RecoveryBoundary';
import { StatusBar } from './StatusBar';
import { StorageNotices } from './StorageNotices';
import { Toolbar } from './Toolbar';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';

export function App() {
  const save = useSaveWorkshop();
  useKeyboardShortcuts({ save });
  return (
    <RecoveryBoundary>
      <div className="app">
        <Toolbar onSave={save} />
        <StorageNotices />
        <main className="app__main">
          <Board />
        </main>
        <StatusBar />
        <BoardEditors />
        <NewWorkshopDialog />
      </div>
    </RecoveryBoundary>
  );
}
