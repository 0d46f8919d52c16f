import { memo, useCallback, useRef } from 'react';
import { DepartmentSpotlight } from './DepartmentSpotlight';
import type { Department } from '../../domain/model';
import { roleSchemeOf, rolePhrase } from '../../domain/roleSchemes';
import { labelsOf, useJudgedReport } from '../../store/checkReport';
import { selectDocument, useDocumentStore } from '../../store/documentStore';
import { useSessionStore } from '../../store/sessionStore';
import { DelegatedDrag } from './DelegatedDrag';
import { dropTargetAttributes, PALETTE_DROP_ID } from './dragModel';
import { DropHighlight } from './DropHighlight';
import { ADD_DEPARTMENT_FOCUS_KEY } from './focusKeys';
import { useFocusRequest } from './useFocusRequest';
import { PaletteChip, type ChipLoad } from './PaletteChip';
import { useOutOfView } from './useOutOfView';

interface DepartmentPaletteProps {
  readonly departments: readonly Department[];
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

// The height of the "more below" note at the palette's foot: a chip under it is not in view.
const MORE_NOTE_HEIGHT = 26;

/** Memoised against its parent: it re-renders for its departments and their loads, not for the grid. */
export const DepartmentPalette = memo(function DepartmentPalette({ departments }: DepartmentPaletteProps) {
  const report = useJudgedReport();
  const scheme = roleSchemeOf(useDocumentStore((s) => selectDocument(s).roleScheme));
  const labels = labelsOf(report).departments;
  const loadOf = (id: string): ChipLoad => {
    const { doer, owner } = report.departmentLoad.get(id) ?? { doer: 0, owner: 0 };
    return {
      status: report.departmentStatus.get(id) ?? 'ok',
      statusLabel: labels.get(id) ?? '',
      counts: `${scheme.doerRole} ${doer} · ${scheme.ownerRole} ${owner}`,
      countsLabel: `${capitalised(rolePhrase(scheme, scheme.doerRole))} ${doer}, ${rolePhrase(scheme, scheme.ownerRole)} ${owner}`,
    };
  };
  const armedId = useSessionStore((s) => s.armedDepartmentId);
  const arm = useSessionStore((s) => s.arm);
  const edit = useSessionStore((s) => s.edit);
  const armed = departments.find((d) => d.id === armedId);
  const addRef = useFocusRequest<HTMLButtonElement>(ADD_DEPARTMENT_FOCUS_KEY);
  const toggleArm = useCallback((id: string) => arm(id === armedId ? undefined : id), [arm, armedId]);
  const editDepartment = useCallback((id: string) => edit({ kind: 'department', id }), [edit]);
  const paletteRef = useRef<HTMLElement>(null);
  const { above, below } = useOutOfView(paletteRef, '.palette-chip', departments.map((d) => d.id).join(' '), MORE_NOTE_HEIGHT);

  return (
    <section ref={paletteRef} className="palette" aria-label="Departments" {...dropTargetAttributes({ kind: 'palette' })}>
      <DropHighlight targetId={PALETTE_DROP_ID} />
      <h2 className="palette__title">Departments</h2>
      <p className="palette__hint">{armed ? `Click cells to place ${armed.name}. Escape to stop.` : 'Drag onto a cell, or click it, then cells.'}</p>
      {departments.length === 0 ? <p className="empty-note">No departments yet.</p> : null}
      {/* Seen, not heard: a screen reader already says how many departments the list holds. */}
      {above > 0 ? (
        <p className="palette__more palette__more--above" aria-hidden="true">
          ↑ {above} more above
        </p>
      ) : null}
      <DelegatedDrag id="palette-chips">
      <ul className="palette__list">
        {departments.map((department) => (
          <PaletteChip
            key={department.id}
            department={department}
            armed={department.id === armedId}
            load={loadOf(department.id)}
            onArm={toggleArm}
            onEdit={editDepartment}
          />
        ))}
      </ul>
      </DelegatedDrag>
      <button ref={addRef} type="button" className="add-button" onClick={() => edit({ kind: 'new-department' })}>
        + Add department
      </button>
      {departments.length > 0 ? <DepartmentSpotlight departments={departments} /> : null}
      {below > 0 ? (
        <p className="palette__more palette__more--below" aria-hidden="true">
          ↓ {below} more below
        </p>
      ) : null}
    </section>
  );
});
