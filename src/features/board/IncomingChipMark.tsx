import type { IncomingChip } from '../../domain/compare/rowChanges';
import type { RoleDefinition } from '../../domain/roleSchemes';
import { DepartmentChipFace } from './DepartmentChipFace';

interface IncomingChipMarkProps {
  readonly chip: IncomingChip;
  readonly role: RoleDefinition;
}

/**
 * A chip the compared file adds to this lane: drawn outlined beside the real chips, not draggable, since it
 * is not in the workshop until the change is accepted and merged.
 */
export function IncomingChipMark({ chip, role }: IncomingChipMarkProps) {
  return (
    <li className={`incoming-chip incoming-chip--${chip.choice}`} data-change={chip.changeId} title={`${chip.department.name}: in the compared file`}>
      <span className="incoming-chip__plus" aria-hidden="true">+</span>
      <DepartmentChipFace department={chip.department} role={role} />
      <span className="visually-hidden">({chip.choice === 'accepted' ? 'to be added' : 'added'} in the compared file)</span>
    </li>
  );
}
