import type { Department } from '../../domain/model';
import type { RoleDefinition } from '../../domain/roleSchemes';
import { RoleLetter } from '../../ui/RoleLetter';

interface DepartmentChipFaceProps {
  readonly department: Department;
  readonly role?: RoleDefinition;
}

/** What a chip looks like: shared by the palette, the cells and the drag overlay. */
export function DepartmentChipFace({ department, role }: DepartmentChipFaceProps) {
  return (
    <span className="chip-face" style={{ backgroundColor: department.color }}>
      {role ? <RoleLetter letter={role.key} color={role.color} /> : null}
      <span className="chip-face__name">{department.name}</span>
    </span>
  );
}
