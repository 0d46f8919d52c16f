import { lazy, Suspense, useEffect } from 'react';
import { Board } from '../features/board/Board';
import { BoardEditors } from '../features/board/BoardEditors';
import { useOpenByDropAndPaste, type FileHandlers } from '../features/library/useOpenByDropAndPaste';
import { useOpenWorkshopFile } from '../features/library/useOpenWorkshopFile';
import { compareWithFile, useCompareFileInput } from '../features/compare/useCompareFileInput';
import { importSheet, useImportCsvInput } from '../features/spreadsheets/useImportCsvInput';
import { useCompareSession } from '../store/compareSession';
import { useSessionStore } from '../store/sessionStore';
import { useSaveWorkshop } from '../features/library/useSaveWorkshop';
import { AppDialogs } from './AppDialogs';
import { RecoveryBoundary } from './RecoveryBoundary';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { FOCUS_HOME_ATTRIBUTE } from '../ui/Dialog';
import { useLibraryStore } from '../store/workshopLibrary';
import { useViewChoice } from '../store/viewChoice';
import { usePresenter } from '../store/presenter';
import { selectDocument, useDocumentStore } from '../store/documentStore';

const focusHome = { [FOCUS_HOME_ATTRIBUTE]: '' };

// The board paints first; the Checks panel follows a moment later (the start-up script budget is tight).
const CheckPanel = lazy(() => import('../features/checks/CheckPanel').then((m) => ({ default: m.CheckPanel })));
// In the Checks panel's place while a returned file is compared.
const ComparePanel = lazy(() => import('../features/compare/ComparePanel').then((m) => ({ default: m.ComparePanel })));
// The matrix loads on first use: the board is what a workshop starts with.
const MatrixView = lazy(() => import('../features/matrix/MatrixView').then((m) => ({ default: m.MatrixView })));
const DepartmentsView = lazy(() => import('../features/departments/DepartmentsView').then((m) => ({ default: m.DepartmentsView })));
// Loaded on entering presenter mode; the first frames of it show the board as it was.
const loadPresenterBar = () => import('../features/presenter/PresenterBar').then((m) => ({ default: m.PresenterBar }));
const PresenterBar = lazy(loadPresenterBar);
// Fetched soon after start, so the first Page Down after Present is not lost to the download.
const PREFETCH_PRESENTER_MS = 2000;
// Rare: a link carrying a workshop (read just after the first paint), a file that cannot be opened.
const SharedLinkOffer = lazy(() => import('../features/library/SharedLinkOffer').then((m) => ({ default: m.SharedLinkOffer })));
const OpenRefusalDialog = lazy(() => import('../features/library/OpenRefusalDialog').then((m) => ({ default: m.OpenRefusalDialog })));
// Rare at start: a full or missing storage, a workshop kept aside.
const StorageNotices = lazy(() => import('./StorageNotices').then((m) => ({ default: m.StorageNotices })));



// Module-level, so the drop listeners are set up once rather than on every render.
const fileHandlers: FileHandlers = { compare: compareWithFile, importSheet };

export function App() {
  const save = useSaveWorkshop();
  const openFile = useOpenWorkshopFile(importSheet);
  const compareFile = useCompareFileInput();
  const importFile = useImportCsvInput();
  const dropping = useOpenByDropAndPaste(fileHandlers);
  const comparing = useCompareSession((s) => s.session);
  useKeyboardShortcuts({ save, open: openFile.choose });
  const workshopId = useLibraryStore((s) => s.activeId);
  const chosenView = useViewChoice((s) => s.view);
  const title = useDocumentStore((s) => selectDocument(s).title);
  const presenting = usePresenter((s) => s.presenting);
  const refused = useSessionStore((s) => s.refusal !== undefined);
  // The room walks through rows, which the departments view does not show: presenting it shows the board.
  const view = presenting && chosenView === 'departments' ? 'board' : chosenView;
  useEffect(() => {
    const timer = setTimeout(() => void loadPresenterBar().catch(() => undefined), PREFETCH_PRESENTER_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <RecoveryBoundary>
      {/* Paper has no toolbar: the printed board and matrix carry the title above them (print.css). */}
      <div className={`app${presenting ? ' app--presenting' : ''}`} data-print-title={view === 'departments' ? undefined : title}>
        <Toolbar onSave={save} onOpen={openFile.choose} onCompare={compareFile.choose} onImportCsv={importFile.choose} hidden={presenting} />
        {presenting ? (
          <Suspense fallback={null}>
            <PresenterBar />
          </Suspense>
        ) : null}
        {openFile.input}
        {compareFile.input}
        {importFile.input}
        <Suspense fallback={null}>
          <StorageNotices />
        </Suspense>
        <main className="app__main" tabIndex={-1} {...focusHome}>
          {view === 'board' ? (
            <Board />
          ) : (
            <Suspense fallback={<div aria-busy="true" />}>{view === 'matrix' ? <MatrixView /> : <DepartmentsView />}</Suspense>
          )}
          <Suspense fallback={<div className="checks" aria-hidden="true" />}>
            {comparing ? <ComparePanel session={comparing} /> : <CheckPanel key={workshopId} summaryOnly={presenting} />}
          </Suspense>
        </main>
        <StatusBar />
        <BoardEditors />
        <AppDialogs onSave={save} />
        <Suspense fallback={null}>
          <SharedLinkOffer />
          {refused ? <OpenRefusalDialog /> : null}
        </Suspense>
        {dropping ? (
          <div className="drop-hint" aria-hidden="true">
            <p>
              Drop the .raci.json file to open it as a new workshop
              <span className="drop-hint__more">Hold Shift while dropping to compare it with this workshop instead; a spreadsheet (.csv or .xlsx) opens the import preview</span>
            </p>
          </div>
        ) : null}
      </div>
    </RecoveryBoundary>
  );
}
