import { hasOwnShortLabel } from '../../domain/departmentLabels';
import type { Department } from '../../domain/model';
import type { RoleDefinition } from '../../domain/roleSchemes';
import { DEPARTMENT_COLOUR_CLASS, departmentColourStyle } from '../../ui/departmentColour';
import { RoleLetter } from '../../ui/RoleLetter';
import { Hyphenated } from '../../ui/Hyphenated';

interface DepartmentChipFaceProps {
  readonly department: Department;
  readonly role?: RoleDefinition;
}

/**
 * What a chip looks like: shared by the palette, the cells and the dragged copy. A department's short label
 * is drawn beside the name; the stylesheet shows it instead of the name in a cell too narrow for names and
 * as a legend in the palette. The name itself is never removed, so it stays in the chip's accessible name.
 *
 * The chips take their accessible name from this content, never from an `aria-label`: the name and a label
 * of its own read "Public Relations, PR" (the comma is heard, not seen), so the name always holds what the
 * chip shows, whether the cell shows the name, the label, or the name set with soft hyphens (WCAG 2.5.3).
 */
export function DepartmentChipFace({ department, role }: DepartmentChipFaceProps) {
  const { name, shortLabel } = department;
  const ownLabel = hasOwnShortLabel(department);
  return (
    // The label is drawn even when it is the name itself ("IT"): every chip of a narrow cell then looks alike.
    <span className={`chip-face ${DEPARTMENT_COLOUR_CLASS}${shortLabel ? ' chip-face--short' : ''}`} style={departmentColourStyle(department.color)}>
      {role ? <RoleLetter letter={role.key} color={role.color} /> : null}
      <span className="chip-face__name">
        <Hyphenated text={name} trailing={ownLabel ? <span className="heard-only">,</span> : undefined} />
      </span>
      {/* Unseen between flex items; it keeps name and label apart where a name is computed without layout. */}
      {shortLabel ? ' ' : null}
      {shortLabel ? (
        // A label that is the name itself would be heard twice: it is only drawn.
        <span className={ownLabel ? 'chip-face__short' : 'chip-face__short chip-face__short--same'} aria-hidden={ownLabel ? undefined : true}>
          {shortLabel}
        </span>
      ) : null}
    </span>
  );
}
