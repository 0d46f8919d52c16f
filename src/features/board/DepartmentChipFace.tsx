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
 * as a legend in the palette. The name itself is never removed, so it stays the chip's accessible name.
 */
export function DepartmentChipFace({ department, role }: DepartmentChipFaceProps) {
  const { name, shortLabel } = department;
  return (
    // The label is drawn even when it is the name itself ("IT"): every chip of a narrow cell then looks alike.
    <span className={`chip-face ${DEPARTMENT_COLOUR_CLASS}${shortLabel ? ' chip-face--short' : ''}`} style={departmentColourStyle(department.color)}>
      {role ? <RoleLetter letter={role.key} color={role.color} /> : null}
      <span className="chip-face__name">
        <Hyphenated text={name} />
      </span>
      {/* A space between name and label, unseen between flex items, so the visible text reads "Marketing
          Mktg" and sits within the accessible name "Marketing, Mktg" as a label-in-name check reads it. */}
      {shortLabel ? ' ' : null}
      {shortLabel ? (
        <span className={shortLabel === name ? 'chip-face__short chip-face__short--same' : 'chip-face__short'} aria-hidden="true">
          {shortLabel}
        </span>
      ) : null}
    </span>
  );
}
