import { undoKeys } from '../../ui/commandKey';
import { useId, useState, type FormEvent } from 'react';
import { departmentPalette, nextDepartmentColor } from '../../domain/departmentColors';
import { addDepartment, moveDepartment, removeDepartment, updateDepartment } from '../../domain/departmentEdits';
import { labelKey, normalShortLabel, SHORT_LABEL_MAX_LENGTH, shortLabelOf, suggestShortLabel } from '../../domain/departmentLabels';
import type { Department } from '../../domain/model';
import { currentDocument, useDocumentStore } from '../../store/documentStore';
import { useSessionStore } from '../../store/sessionStore';
import { DEPARTMENT_COLOUR_CLASS, departmentColourStyle } from '../../ui/departmentColour';
import { Dialog } from '../../ui/Dialog';
import { DepartmentChipFace } from './DepartmentChipFace';
import { ADD_DEPARTMENT_FOCUS_KEY, paletteChipFocusKey } from './focusKeys';

interface DepartmentEditorProps {
  /** Undefined to add a new department. */
  readonly department: Department | undefined;
  readonly index: number;
  readonly count: number;
}

export function DepartmentEditor({ department, index, count }: DepartmentEditorProps) {
  const apply = useDocumentStore((s) => s.apply);
  const edit = useSessionStore((s) => s.edit);
  const close = () => edit(undefined);
  const announce = useSessionStore((s) => s.announce);
  const requestFocus = useSessionStore((s) => s.requestFocus);
  const [name, setName] = useState(department?.name ?? '');
  const [color, setColor] = useState(department?.color ?? nextDepartmentColor(currentDocument()));
  const [description, setDescription] = useState(department?.description ?? '');
  // A new department's short label follows its name until someone types one, and is never one in use.
  const [shortLabel, setShortLabel] = useState(department?.shortLabel);
  const others = currentDocument().departments.filter((d) => d.id !== department?.id);
  const suggested = suggestShortLabel(name, others.map(shortLabelOf));
  const shownLabel = shortLabel ?? (department ? '' : suggested);
  // Two chips reading "PR" cannot be told apart in a narrow cell: say so (saving is still allowed).
  const label = normalShortLabel(shownLabel) ?? name.trim();
  const sameLabel = label === '' ? undefined : others.find((d) => labelKey(shortLabelOf(d)) === labelKey(label));
  const ids = useId();
  const blank = name.trim() === '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (blank) return;
    if (department) {
      apply((doc) => updateDepartment(doc, department.id, { name, color, description, shortLabel: shownLabel }));
      announce(`Saved ${name.trim()}.`);
    } else {
      apply((doc) => addDepartment(doc, { name, color, description, shortLabel: shownLabel }));
      announce(`Added ${name.trim()} to the departments.`);
    }
    close();
  };

  const move = (to: number) => {
    if (!department) return;
    apply((doc) => moveDepartment(doc, department.id, to));
    announce(`Moved ${department.name} to position ${to + 1} of ${count}.`);
  };

  const remove = () => {
    if (!department) return;
    // The chip that opened the editor goes with the department: focus moves to its neighbour.
    const departments = currentDocument().departments;
    const neighbour = departments[index + 1] ?? departments[index - 1];
    requestFocus(neighbour ? paletteChipFocusKey(neighbour.id) : ADD_DEPARTMENT_FOCUS_KEY);
    apply((doc) => removeDepartment(doc, department.id));
    announce(`Removed ${department.name} and its assignments. Undo with ${undoKeys}.`);
    close();
  };

  return (
    <Dialog title={department ? `Edit ${department.name}` : 'Add a department'} onClose={close}>
      <form onSubmit={submit} className="editor">
        <div className="editor__pair">
          <div className="editor__field">
            <label htmlFor={`${ids}-name`}>Name</label>
            <input id={`${ids}-name`} value={name} onChange={(e) => setName(e.target.value)} autoFocus required maxLength={80} />
          </div>
          <div className="editor__field">
            <label htmlFor={`${ids}-short`}>Short label</label>
            <input
              id={`${ids}-short`}
              value={shownLabel}
              onChange={(e) => setShortLabel(e.target.value)}
              maxLength={SHORT_LABEL_MAX_LENGTH}
              placeholder={suggested}
              aria-describedby={`${ids}-short-hint`}
            />
          </div>
          <p id={`${ids}-short-hint`} className={sameLabel ? 'editor__hint editor__hint--warning' : 'editor__hint'} aria-live="polite">
            {sameLabel
              ? `${sameLabel.name} already shows as “${shortLabelOf(sameLabel)}”: their chips would look alike in narrow cells.`
              : 'Shown on chips in narrow cells and in matrix headers; the full name stays in tooltips and for screen readers.'}
          </p>
        </div>
        <fieldset className="swatches">
          <legend>Colour</legend>
          {departmentPalette.map((swatch) => (
            <label key={swatch.hex} className={`swatch ${DEPARTMENT_COLOUR_CLASS}`} style={departmentColourStyle(swatch.hex)}>
              <input type="radio" name="color" value={swatch.hex} checked={color === swatch.hex} onChange={() => setColor(swatch.hex)} />
              <span className="visually-hidden">{swatch.name}</span>
            </label>
          ))}
          <label className="swatch swatch--custom">
            <span className="visually-hidden">Custom colour</span>
            <input type="color" value={color} onChange={(e) => setColor(e.target.value)} />
          </label>
          {/* The chip as this theme will draw it, deepened or lightened where the colour alone is hard to read. */}
          <span className="swatches__preview" aria-hidden="true">
            <DepartmentChipFace department={{ id: 'preview', name: name.trim() || 'New department', color }} />
          </span>
        </fieldset>
        <label htmlFor={`${ids}-description`}>What they bring (optional)</label>
        <input id={`${ids}-description`} value={description} onChange={(e) => setDescription(e.target.value)} maxLength={200} />
        {department ? (
          <div className="editor__row">
            <button type="button" onClick={() => move(index - 1)} disabled={index === 0}>Move up</button>
            <button type="button" onClick={() => move(index + 1)} disabled={index === count - 1}>Move down</button>
            <button type="button" className="danger" onClick={remove}>Remove department</button>
          </div>
        ) : null}
        <div className="editor__actions">
          <button type="button" onClick={close}>Cancel</button>
          <button type="submit" className="primary" disabled={blank}>{department ? 'Save' : 'Add'}</button>
        </div>
      </form>
    </Dialog>
  );
}
