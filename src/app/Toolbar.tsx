import { currentDocument, selectCanRedo, selectCanUndo, selectDocument, useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { chooseView, useViewChoice, workshopViews } from '../store/viewChoice';
import { commandKey, undoKeys } from '../ui/commandKey';
import { MenuButton, type MenuItem } from '../ui/MenuButton';
import { WorkshopTitle } from './WorkshopTitle';
import { enterPresenterMode } from '../features/presenter/presenterMode';
import { usePresenter } from '../store/presenter';
import { useEffect, useRef } from 'react';
import { themeChoice, themes } from '../store/themeChoice';

interface ToolbarProps {
  readonly onSave: () => void;
  readonly onOpen: () => void;
  /** Chooses a returned copy to compare with the open workshop and merge change by change. */
  readonly onCompare: () => void;
  /** Chooses a spreadsheet (CSV) to preview and open as a new workshop. */
  readonly onImportCsv: () => void;
  /** In presenter mode: out of sight, kept mounted so the focus comes back to Present on leaving. */
  readonly hidden: boolean;
}

export function Toolbar({ onSave, onOpen, onCompare, onImportCsv, hidden }: ToolbarProps) {
  const canUndo = useDocumentStore(selectCanUndo);
  const canRedo = useDocumentStore(selectCanRedo);
  const undo = useDocumentStore((s) => s.undo);
  const redo = useDocumentStore((s) => s.redo);
  const showDialog = useSessionStore((s) => s.showDialog);
  const announce = useSessionStore((s) => s.announce);
  const view = useViewChoice((s) => s.view);
  const roleScheme = useDocumentStore((s) => selectDocument(s).roleScheme);
  const theme = themeChoice.useValue((s) => s.value);
  const presentRef = useRef<HTMLButtonElement>(null);
  const presenting = usePresenter((s) => s.presenting);
  const wasPresenting = useRef(presenting);
  useEffect(() => {
    if (wasPresenting.current && !presenting) presentRef.current?.focus();
    wasPresenting.current = presenting;
  }, [presenting]);
  // Loaded on the first export: spreadsheets are for after the workshop, not for start-up.
  const exportCsv = () =>
    void import('../features/spreadsheets/exportMatrixCsv').then(({ exportMatrixCsv }) => announce(`Exported ${exportMatrixCsv(currentDocument())}.`));
  // The exports that can fail say so in words: the file's name when made, the reason when not.
  const exportLazily = (make: () => Promise<string>, failure: (error: unknown) => string) =>
    void make()
      .then((fileName) => announce(`Exported ${fileName}.`))
      .catch((error: unknown) => announce(failure(error)));
  const exportXlsx = () =>
    exportLazily(
      () => import('../features/spreadsheets/exportMatrixXlsx').then(({ exportMatrixXlsx }) => exportMatrixXlsx(currentDocument())),
      () => 'The XLSX file could not be made. Export CSV gives the same matrix without colours.',
    );
  // A long matrix takes seconds: each step is said as it starts, and a picture drawn smaller than the
  // screen says so, since its letters may be too small to read.
  const exportPng = () => {
    const what = view === 'matrix' ? 'matrix' : 'board';
    announce(`Making a picture of the ${what}…`);
    void import('../features/picture/exportPicture')
      .then(({ exportPicture }) => exportPicture(currentDocument(), (step) => announce(`Picture of the ${what}: ${step}`)))
      .then(({ fileName, scale }) =>
        announce(
          scale < 1
            ? `Exported ${fileName}, drawn at ${Math.round(scale * 100)}% of the screen's size: the whole ${what} at full size is larger than the browser can draw.`
            : `Exported ${fileName}.`,
        ),
      )
      .catch((error: unknown) => announce(`The picture could not be made: ${error instanceof Error ? error.message : String(error)}.`));
  };
  // What a workshop needs now and then, not every minute: kept out of the way so the title has room.
  const more: readonly MenuItem[] = [
    { label: 'Workshops…', onSelect: () => showDialog('workshops'), title: 'Switch, rename, duplicate or delete the workshops kept in this browser' },
    { label: `Role scheme (${roleScheme})…`, onSelect: () => showDialog('role-scheme'), title: 'RACI, RASCI or DACI, with a preview of how the roles map' },
    { label: 'Check settings…', onSelect: () => showDialog('check-settings'), title: 'The thresholds of the checks for this workshop' },
    { label: 'Agenda and time boxes…', onSelect: () => showDialog('agenda'), title: 'How presenter mode steps through the matrix, and how long each step may take' },
    { label: 'Compare with a file…', onSelect: onCompare, title: 'Mark the changes of a returned copy on the board, then accept or reject each and merge (or hold Shift while dropping the file)' },
    { label: 'Import spreadsheet…', onSelect: onImportCsv, title: 'Open a spreadsheet (CSV or .xlsx) as a new workshop, after a preview of what was read (or drop the file on the window)' },
    { label: 'Export CSV', onSelect: exportCsv, title: 'Download the matrix as a spreadsheet (CSV)' },
    { label: 'Export XLSX', onSelect: exportXlsx, title: 'Download a workbook: the matrix with coloured letters and a legend, and a sheet per department' },
    { label: 'Export PNG', onSelect: exportPng, title: 'Download a picture of the board or the matrix view, every row, for slides' },
    ...themes.map((t) => ({
      label: `Theme: ${t.name}`,
      checked: theme === t.id,
      onSelect: () => {
        themeChoice.set(t.id);
        announce(`${t.name} theme.`);
      },
      title: 'Kept in this browser; light shows best on a projector',
    })),
    { label: 'Keyboard shortcuts…', onSelect: () => showDialog('shortcuts'), title: 'Every key the app answers to (?)' },
  ];
  return (
    <header className="toolbar" hidden={hidden}>
      <h1 className="toolbar__brand">
        RACI<span className="visually-hidden"> workshop board</span>
      </h1>
      <WorkshopTitle />
      <div className="toolbar__actions" role="toolbar" aria-label="Workshop">
        <div className="toolbar__views" role="group" aria-label="View">
          {workshopViews.map((b) => (
            <button key={b.view} type="button" aria-pressed={view === b.view} onClick={() => chooseView(b.view)} title={`${b.name} view (Alt+Shift+${b.key})`} aria-keyshortcuts={`Alt+Shift+${b.key}`}>
              {b.name}
            </button>
          ))}
        </div>
        <button type="button" onClick={undo} disabled={!canUndo} title={`Undo (${undoKeys})`} aria-keyshortcuts="Control+Z Meta+Z">
          Undo
        </button>
        <button type="button" onClick={redo} disabled={!canRedo} title={`Redo (${commandKey}Shift+Z)`} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y">
          Redo
        </button>
        <button type="button" onClick={() => showDialog('new-workshop')} title="Start a new workshop from a template">
          New
        </button>
        <button type="button" onClick={onOpen} title={`Open a .raci.json file as a new workshop (${commandKey}O)`} aria-keyshortcuts="Control+O Meta+O">
          Open
        </button>
        <button type="button" onClick={onSave} title={`Save as a .raci.json file (${commandKey}S)`} aria-keyshortcuts="Control+S Meta+S">
          Save
        </button>
        <button type="button" onClick={() => showDialog('share')} title="Copy a link that carries the whole matrix">
          Share
        </button>
        <button ref={presentRef} type="button" onClick={enterPresenterMode} title="Presenter mode: full screen, step by step through the agenda (Alt+Shift+P)" aria-keyshortcuts="Alt+Shift+P">
          Present
        </button>
        <MenuButton label="More" items={more} />
        <button type="button" onClick={() => showDialog('charter')} title="Purpose, sponsor, escalation criteria and sign-off names for the charter">
          Charter
        </button>
        <button type="button" onClick={() => showDialog('export-pdf')} title="The charter as a PDF, ready to sign">
          Export PDF
        </button>
      </div>
    </header>
  );
}
