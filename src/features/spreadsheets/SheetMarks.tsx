import { useId } from 'react';
import type { MarkMeaning, SheetMarkReading } from '../../format/sheets/readSheetRows';
import { conceptWords } from '../../format/sheets/roleWords';

/** "no role" stands mid-sentence in the notes; an option starts with a capital. */
const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const sourceWords: Readonly<Record<SheetMarkReading['source'], string>> = {
  legend: 'from the sheet’s legend',
  letter: 'a role letter',
  word: 'a role word',
  single: 'one mark for one role: your pick',
};

interface SheetMarksProps {
  readonly marks: readonly SheetMarkReading[];
  readonly onChange: (mark: string, meaning: MarkMeaning) => void;
}

/** The marks found in the department columns, what each is read as, and a choice to read it otherwise. */
export function SheetMarks({ marks, onChange }: SheetMarksProps) {
  const id = useId();
  const open = marks.some((m) => m.source === 'single' || m.source === 'legend');
  return (
    <details className="sheet-import__marks" open={open}>
      <summary>Marks ({marks.length}): what each one means</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">Mark</th>
            <th scope="col">Cells</th>
            <th scope="col">Read as</th>
          </tr>
        </thead>
        <tbody>
          {marks.map((m) => (
            <tr key={m.mark}>
              <td>“{m.mark}”</td>
              <td>{m.count.toLocaleString()}</td>
              <td>
                <label className="visually-hidden" htmlFor={`${id}-${m.mark}`}>“{m.mark}” is read as</label>
                <select id={`${id}-${m.mark}`} value={m.meaning} onChange={(e) => onChange(m.mark, e.target.value as MarkMeaning)}>
                  {(Object.keys(conceptWords) as MarkMeaning[]).map((meaning) => (
                    <option key={meaning} value={meaning}>{sentenceCase(conceptWords[meaning])}</option>
                  ))}
                </select>
                <span className="sheet-import__quiet"> {sourceWords[m.source]}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
