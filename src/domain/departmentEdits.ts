import { nextDepartmentColor } from './departmentColors';
import { normalShortLabel } from './departmentLabels';
import { uniqueId } from './ids';
import { moveItem, updateWhere } from './listOrder';
import type { Department, RaciDocument } from './model';

const optionalLabel = (label: string | undefined) => {
  const shortLabel = normalShortLabel(label);
  return shortLabel ? { shortLabel } : {};
};

export interface NewDepartment {
  readonly name: string;
  readonly color?: string;
  readonly shortLabel?: string;
  readonly description?: string;
}

/** Adds a department at the end of the palette; blank names are refused (the document is returned as is). */
export function addDepartment(doc: RaciDocument, input: NewDepartment): RaciDocument {
  const name = input.name.trim();
  if (name === '') return doc;
  const department: Department = {
    id: uniqueId(name, doc.departments.map((d) => d.id)),
    name,
    color: input.color ?? nextDepartmentColor(doc),
    ...optionalLabel(input.shortLabel),
    ...(input.description?.trim() ? { description: input.description.trim() } : {}),
  };
  return { ...doc, departments: [...doc.departments, department] };
}

export interface DepartmentChanges {
  readonly name?: string;
  readonly color?: string;
  /** Blank removes the short label. */
  readonly shortLabel?: string;
  readonly description?: string;
}

export function updateDepartment(doc: RaciDocument, id: string, changes: DepartmentChanges): RaciDocument {
  const departments = updateWhere(
    doc.departments,
    (d) => d.id === id,
    (d) => {
      const name = changes.name === undefined ? d.name : changes.name.trim() || d.name;
      const color = changes.color ?? d.color;
      const description = changes.description === undefined ? d.description : changes.description.trim();
      const shortLabel = changes.shortLabel === undefined ? d.shortLabel : normalShortLabel(changes.shortLabel);
      if (name === d.name && color === d.color && shortLabel === d.shortLabel && (description ?? '') === (d.description ?? '')) return d;
      // Rebuilt field by field, so a cleared optional field is absent rather than empty.
      return { id: d.id, name, color, ...optionalLabel(shortLabel), ...(description ? { description } : {}) };
    },
  );
  return departments === doc.departments ? doc : { ...doc, departments };
}

export function moveDepartment(doc: RaciDocument, id: string, toIndex: number): RaciDocument {
  const from = doc.departments.findIndex((d) => d.id === id);
  const departments = moveItem(doc.departments, from, toIndex);
  return departments === doc.departments ? doc : { ...doc, departments };
}

/** Removing a department removes its assignments too; undo brings both back. */
export function removeDepartment(doc: RaciDocument, id: string): RaciDocument {
  if (!doc.departments.some((d) => d.id === id)) return doc;
  return {
    ...doc,
    departments: doc.departments.filter((d) => d.id !== id),
    assignments: doc.assignments.filter((a) => a.departmentId !== id),
    // Its sign-off line goes with it; nobody signs for a department that is not in the charter.
    ...(doc.charter ? { charter: { ...doc.charter, signOff: doc.charter.signOff.filter((line) => line.departmentId !== id) } } : {}),
  };
}
