import { screenReaderInstructions } from './announcements';

/** Every chip points here (`aria-describedby`), so a screen reader says how to drag it by keyboard. */
export const DRAG_INSTRUCTIONS_ID = 'board-drag-instructions';

export function DragInstructions() {
  return (
    <div id={DRAG_INSTRUCTIONS_ID} hidden>
      {screenReaderInstructions.draggable}
    </div>
  );
}
