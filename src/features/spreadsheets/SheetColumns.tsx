import { useId } from 'react';
import type { ColumnPart, SheetColumnReading } from '../../format/sheets/readSheetRows';

/** How each part is said in the preview; the role columns' part is fixed by the layout. */
const partWords: Readonly<Record<ColumnPart, string>> = {
  activity: 'Activity',
  id: 'Activity ID (joined to the name)',
  group: 'Group',
  channel: 'Social property',
  description: 'Description',
  notes: 'Notes',
  department: 'Department',
  'leave-out': 'Leave out',
};

interface SheetColumnsProps {
  readonly columns: readonly SheetColumnReading[];
  readonly onChange: (index: number, part: ColumnPart) => void;
}

/** Every column with the part it was given, and a choice to give it another. */
export function SheetColumns({ columns, onChange }: SheetColumnsProps) {
  const id = useId();
  const shown = columns.filter((column) => column.header !== '' || column.part !== 'leave-out');
  return (
    <details className="sheet-import__columns">
      <summary>Columns ({shown.length}): what each one holds</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Header</th>
            <th scope="col">Read as</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((column) => (
            <tr key={column.index}>
              <td>{column.label}</td>
              <td>{column.header || <span className="sheet-import__quiet">(no header)</span>}</td>
              <td>
                {column.part === 'names' ? (
                  <span>Names of the departments holding this role</span>
                ) : (
                  <>
                    <label className="visually-hidden" htmlFor={`${id}-${column.index}`}>
                      Column {column.label} {column.header ? `“${column.header}”` : ''} is read as
                    </label>
                    <select id={`${id}-${column.index}`} value={column.part} onChange={(e) => onChange(column.index, e.target.value as ColumnPart)}>
                      {(Object.keys(partWords) as ColumnPart[]).map((part) => (
                        <option key={part} value={part}>{partWords[part]}</option>
                      ))}
                    </select>
                    <span className="sheet-import__quiet"> {column.reason}</span>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
