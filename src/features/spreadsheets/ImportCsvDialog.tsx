import { useId, useMemo, useState, type FormEvent } from 'react';
import { groupNames } from '../../domain/activityGroups';
import { localIsoDate } from '../../domain/calendarDate';
import { cellRoles } from '../../domain/cellRoles';
import { roleSchemeIds, type RaciDocument, type RoleSchemeId } from '../../domain/model';
import { roleSchemeOf } from '../../domain/roleSchemes';
import { parseMatrixCsv } from '../../format/parseMatrixCsv';
import { useSessionStore } from '../../store/sessionStore';
import { previewSheet, useSheetImport, type PendingSheet } from '../../store/sheetImport';
import { addWorkshop } from '../../store/workshopLibrary';
import { Dialog } from '../../ui/Dialog';
import { RoleLetter } from '../../ui/RoleLetter';
import './spreadsheets.css';

const PREVIEW_ROWS = 8;
const LISTED_NOTES = 12;

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The first rows as the board will hold them: enough to see the columns landed where they should. */
function SheetPreview({ doc }: { readonly doc: RaciDocument }) {
  const held = cellRoles(doc);
  const scheme = roleSchemeOf(doc.roleScheme);
  const rows = doc.activities.slice(0, PREVIEW_ROWS);
  return (
    <div className="sheet-preview" tabIndex={0} role="group" aria-label="Preview of the matrix">
      <table>
        <caption>{rows.length < doc.activities.length ? `The first ${rows.length} of ${doc.activities.length} activities` : 'All activities'}</caption>
        <thead>
          <tr>
            <th scope="col">Activity</th>
            {doc.departments.map((d) => (
              <th scope="col" key={d.id}>{d.name}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((activity) => (
            <tr key={activity.id}>
              <th scope="row">
                {activity.name}
                {activity.group ? <span className="sheet-preview__group">{activity.group}</span> : null}
              </th>
              {doc.departments.map((d) => (
                <td key={d.id}>
                  {held(activity.id, d.id).map((key) => {
                    const role = scheme.roles.find((r) => r.key === key);
                    return role ? <RoleLetter key={key} letter={key} color={role.color} label={role.name} /> : null;
                  })}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ImportForm({ pending, onClose }: { readonly pending: PendingSheet; readonly onClose: () => void }) {
  const ids = useId();
  const announce = useSessionStore((s) => s.announce);
  const [today] = useState(() => localIsoDate(new Date()));
  const [chosenScheme, setChosenScheme] = useState<RoleSchemeId | undefined>(undefined);
  const result = useMemo(
    () => parseMatrixCsv(pending.text, { title: pending.baseName, today, roleScheme: chosenScheme }),
    [pending, today, chosenScheme],
  );
  const [title, setTitle] = useState(() => (result.ok ? result.document.title : pending.baseName));
  // Read once before the dialog opened, so a refusal here would mean the file changed under it.
  if (!result.ok) return <p role="alert">{result.error.message}</p>;
  const { document: doc, notes } = result;
  const open = (event: FormEvent) => {
    event.preventDefault();
    const named = title.trim() || doc.title;
    addWorkshop({ ...doc, title: named });
    onClose();
    announce(`Imported ${pending.source} as a new workshop: ${named}. The previous one is in Workshops.`);
  };
  const groups = groupNames(doc.activities).length;
  return (
    <form className="editor" onSubmit={open}>
      <p>
        {result.layout === 'own-export' ? 'Read as this app’s own CSV export: ' : 'Read as activities down and departments across: '}
        <strong>
          {count(doc.activities.length, 'activity', 'activities')}
          {groups > 0 ? ` in ${count(groups, 'group')}` : ''}, {count(doc.departments.length, 'department')}, {count(doc.assignments.length, 'role')} given.
        </strong>{' '}
        It opens as a new workshop; the one open now stays as it is.
      </p>
      <div className="editor__pair sheet-import__fields">
        <div className="editor__field">
          <label htmlFor={`${ids}-title`}>Title of the new workshop</label>
          <input id={`${ids}-title`} value={title} onChange={(e) => setTitle(e.target.value)} autoFocus />
        </div>
        <div className="editor__field">
          <label htmlFor={`${ids}-scheme`}>Role letters</label>
          <select id={`${ids}-scheme`} value={doc.roleScheme} onChange={(e) => setChosenScheme(e.target.value as RoleSchemeId)} aria-describedby={`${ids}-scheme-hint`}>
            {roleSchemeIds.map((id) => (
              <option key={id} value={id}>{id}</option>
            ))}
          </select>
        </div>
        <p className="editor__hint" id={`${ids}-scheme-hint`}>
          {chosenScheme === undefined ? `${doc.roleScheme}, going by the letters in the sheet.` : `Read as ${doc.roleScheme}, as chosen.`}
        </p>
      </div>
      <SheetPreview doc={doc} />
      {notes.length > 0 ? (
        <div className="sheet-import__notes">
          <h3>Left out or read differently ({notes.length})</h3>
          <ul>
            {notes.slice(0, LISTED_NOTES).map((note) => (
              <li key={note}>{note}</li>
            ))}
            {notes.length > LISTED_NOTES ? <li>…and {notes.length - LISTED_NOTES} more.</li> : null}
          </ul>
        </div>
      ) : null}
      <div className="editor__actions">
        <button type="button" onClick={onClose}>Cancel</button>
        <button type="submit" className="primary">Open as new workshop</button>
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
