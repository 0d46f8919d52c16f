import { memo } from 'react';
import type { Department } from '../../domain/model';
import { useSessionStore } from '../../store/sessionStore';
import { PALETTE_DROP_ID } from './dragModel';
import { DropZone } from './DropZone';
import { PaletteChip } from './PaletteChip';

interface DepartmentPaletteProps {
  readonly departments: readonly Department[];
}

/** Memoised: the palette only changes with the departments, not with every drop on the grid. */
export const DepartmentPalette = memo(function DepartmentPalette({ departments }: DepartmentPaletteProps) {
  const armedId = useSessionStore((s) => s.armedDepartmentId);
  const arm = useSessionStore((s) => s.arm);
  const edit = useSessionStore((s) => s.edit);
  const armed = departments.find((d) => d.id === armedId);
  const toggleArm = (id: string) => arm(id === armedId ? undefined : id);
  const editDepartment = (id: string) => edit({ kind: 'department', id });

  return (
    <section className="palette" aria-label="Departments">
      <DropZone id={PALETTE_DROP_ID} target={{ kind: 'palette' }} />
      <h2 className="palette__title">Departments</h2>
      <p className="palette__hint">{armed ? `Click cells to place ${armed.name}. Esc to stop.` : 'Drag onto a cell, or click to place with clicks.'}</p>
      {departments.length === 0 ? <p className="empty-note">No departments yet.</p> : null}
      <ul className="palette__list">
        {departments.map((department) => (
          <PaletteChip key={department.id} department={department} armed={department.id === armedId} onArm={toggleArm} onEdit={editDepartment} />
        ))}
      </ul>
      <button type="button" className="add-button" onClick={() => edit({ kind: 'new-department' })}>
        + Add department
      </button>
    </section>
  );
});
