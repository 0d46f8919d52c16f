import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { groupNames } from '../../domain/activityGroups';
import { localIsoDate } from '../../domain/calendarDate';
import { roleSchemeIds, type RoleSchemeId } from '../../domain/model';
import type { SheetChoices } from '../../format/parseMatrixCsv';
import { sheetEncodings, type SheetEncoding } from '../../format/sheetGrid';
import type { ColumnPart, MarkMeaning, SheetLayout } from '../../format/sheets/readSheetRows';
import { useSessionStore } from '../../store/sessionStore';
import { previewSheet, useSheetImport, type PendingSheet } from '../../store/sheetImport';
import { addWorkshop } from '../../store/workshopLibrary';
import { Dialog } from '../../ui/Dialog';
import { readPendingSheet, type SheetSource } from './readPendingSheet';
import { SheetColumns } from './SheetColumns';
import { SheetMarks } from './SheetMarks';
import { SheetPreview } from './SheetPreview';
import './spreadsheets.css';

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

const encodingWords: Readonly<Record<SheetEncoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252 (Western European)',
  'windows-1250': 'Windows-1250 (Central European)',
  'windows-1251': 'Windows-1251 (Cyrillic)',
  'windows-1253': 'Windows-1253 (Greek)',
};

function layoutWords(layout: SheetLayout, headerRow: number): string {
  if (layout === 'own-export') return 'Read as this app’s own CSV export: ';
  if (layout === 'role-columns') return `Read as one column per role with the departments named in its cells (header in row ${headerRow}): `;
  if (layout === 'departments-down') return `Read turned, departments down and activities across (header in row ${headerRow}): `;
  return `Read as activities down and departments across (header in row ${headerRow}): `;
}

function ImportForm({ pending, onClose }: { readonly pending: PendingSheet; readonly onClose: () => void }) {
  const ids = useId();
  const announce = useSessionStore((s) => s.announce);
  const [today] = useState(() => localIsoDate(new Date()));
  const [source, setSource] = useState<SheetSource>({});
  const [choices, setChoices] = useState<SheetChoices>({});
  const reading = useMemo(() => readPendingSheet(pending, source, choices, today), [pending, source, choices, today]);
  const { result } = reading;
  // A choice that leaves no matrix is said, while the columns and marks of the last reading stay to change it back.
  const lastGood = useRef(result.ok ? result : undefined);
  if (result.ok) lastGood.current = result;
  const shown = result.ok ? result : lastGood.current;
  const [title, setTitle] = useState(() => (result.ok ? result.document.title : pending.baseName));
  const titleField = useRef<HTMLInputElement>(null);
  // After the dialog has opened: showing a modal dialog moves the focus to its first focusable part.
  useEffect(() => titleField.current?.focus(), []);
  const choose = (change: Partial<SheetChoices>) => setChoices((current) => ({ ...current, ...change }));
  const setPart = (index: number, part: ColumnPart) => choose({ parts: { ...choices.parts, [index]: part } });
  const setMark = (mark: string, meaning: MarkMeaning) => choose({ marks: { ...choices.marks, [mark]: meaning } });

  const open = (event: FormEvent) => {
    event.preventDefault();
    if (!result.ok) return;
    const named = title.trim() || result.document.title;
    addWorkshop({ ...result.document, title: named });
    onClose();
    announce(`Imported ${pending.source} as a new workshop: ${named}. The previous one is in Workshops.`);
  };
  const doc = result.ok ? result.document : undefined;
  const groups = doc ? groupNames(doc.activities).length : 0;
  const turnable = result.ok && (result.layout === 'activities-down' || result.layout === 'departments-down');
  return (
    <form className="editor" onSubmit={open}>
      <div>
        {result.ok && doc ? (
          <p>
            {layoutWords(result.layout, result.headerRow)}
            <strong>
              {count(doc.activities.length, 'activity', 'activities')}
              {groups > 0 ? ` in ${count(groups, 'group')}` : ''}, {count(doc.departments.length, 'department')}, {count(doc.assignments.length, 'role')} given.
            </strong>{' '}
            It opens as a new workshop; the one open now stays as it is.
          </p>
        ) : (
          <p role="alert" className="notice notice--warning">{result.ok ? '' : `${result.error.message} Change a choice below, or cancel.`}</p>
        )}
        <div className="sheet-import__choices">
          <div className="editor__field">
            <label htmlFor={`${ids}-title`}>Title of the new workshop</label>
            <input id={`${ids}-title`} ref={titleField} value={title} onChange={(e) => setTitle(e.target.value)} />
          </div>
          <div className="editor__field">
            <label htmlFor={`${ids}-scheme`}>Role letters</label>
            <select id={`${ids}-scheme`} value={doc?.roleScheme ?? choices.roleScheme ?? 'RACI'} onChange={(e) => choose({ roleScheme: e.target.value as RoleSchemeId })} aria-describedby={`${ids}-scheme-hint`}>
              {roleSchemeIds.map((id) => (
                <option key={id} value={id}>{id}</option>
              ))}
            </select>
            <p className="editor__hint" id={`${ids}-scheme-hint`}>{choices.roleScheme === undefined ? 'Going by the marks in the sheet.' : 'As chosen.'}</p>
          </div>
          {turnable ? (
            <div className="editor__field">
              <label htmlFor={`${ids}-turn`}>Layout</label>
              <select id={`${ids}-turn`} value={result.ok ? result.layout : 'activities-down'} onChange={(e) => choose({ orientation: e.target.value as 'activities-down' | 'departments-down', parts: {} })}>
                <option value="activities-down">Activities down, departments across</option>
                <option value="departments-down">Departments down, activities across</option>
              </select>
            </div>
          ) : null}
          {reading.encoding ? (
            <div className="editor__field">
              <label htmlFor={`${ids}-encoding`}>Text encoding</label>
              <select id={`${ids}-encoding`} value={reading.encoding.used} onChange={(e) => setSource({ ...source, encoding: e.target.value as SheetEncoding })} aria-describedby={`${ids}-encoding-hint`}>
                {sheetEncodings.map((encoding) => (
                  <option key={encoding} value={encoding}>{encodingWords[encoding]}</option>
                ))}
              </select>
              <p className="editor__hint" id={`${ids}-encoding-hint`}>
                {reading.encoding.guessed ? (reading.encoding.used === 'utf-8' ? 'Detected.' : `Detected ${encodingWords[reading.encoding.used]}: if names look wrong, pick another.`) : 'As chosen.'}
              </p>
            </div>
          ) : null}
          {pending.kind === 'workbook' && pending.sheets.length > 1 ? (
            <div className="editor__field">
              <label htmlFor={`${ids}-sheet`}>Sheet</label>
              <select id={`${ids}-sheet`} value={reading.sheet ?? 0} onChange={(e) => { setSource({ ...source, sheet: Number(e.target.value) }); setChoices({}); }}>
                {pending.sheets.map((sheet, index) => (
                  <option key={`${index}-${sheet.name}`} value={index}>{sheet.hidden ? `${sheet.name} (hidden)` : sheet.name}</option>
                ))}
              </select>
            </div>
          ) : null}
        </div>
        {doc ? <SheetPreview doc={doc} /> : null}
        {shown ? <SheetColumns columns={shown.columns.map((column) => ({ ...column, part: choices.parts?.[column.index] ?? column.part }))} onChange={setPart} /> : null}
        {shown && shown.marks.length > 0 ? <SheetMarks marks={shown.marks} onChange={setMark} /> : null}
        {result.ok ? (
          <>
            {result.notes.length > 0 ? (
              <section className="sheet-import__notes" aria-labelledby={`${ids}-notes`}>
                <h3 id={`${ids}-notes`}>Left out or read in a particular way ({result.notes.length})</h3>
                <ul tabIndex={0} aria-labelledby={`${ids}-notes`}>
                  {result.notes.map((note) => (
                    <li key={note}>{note}</li>
                  ))}
                </ul>
              </section>
            ) : null}
          </>
        ) : null}
      </div>
      <div className="editor__actions">
        <button type="button" onClick={onClose}>Cancel</button>
        <button type="submit" className="primary" disabled={!result.ok}>Open as new workshop</button>
      </div>
    </form>
  );
}

/** The preview of a spreadsheet before it opens as a workshop: what was read, and what was not. */
export function ImportCsvDialog() {
  const pending = useSheetImport((s) => s.pending);
  const showDialog = useSessionStore((s) => s.showDialog);
  const close = () => {
    previewSheet(undefined);
    showDialog(undefined);
  };
  if (!pending) return null;
  return (
    <Dialog title={`Import ${pending.source}`} onClose={close} className="sheet-import">
      <ImportForm pending={pending} onClose={close} />
    </Dialog>
  );
}
