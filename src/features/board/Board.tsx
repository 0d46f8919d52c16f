import './board.css';
import {
  DndContext,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DragCancelEvent,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useCallback, useMemo, useRef } from 'react';
import { currentDocument, selectDocument, useDocumentStore } from '../../store/documentStore';
import { useSessionStore } from '../../store/sessionStore';
import { ActivityGrid } from './ActivityGrid';
import { boardAnnouncements, DRAG_INSTRUCTIONS_ID, screenReaderInstructions } from './announcements';
import { CellKeyboardSensor } from './CellKeyboardSensor';
import { DepartmentPalette } from './DepartmentPalette';
import { isDelegatedDragData } from './DelegatedDrag';
import { createDragState, DragStateContext } from './dragState';
import { collisionTarget, hitTestCollision } from './dropHitTest';
import { dropOutcome } from './dropOutcome';
import { focusAfterDrop } from './dropFocus';
import { useEdgeAutoScroll } from './useEdgeAutoScroll';

export function Board() {
  const doc = useDocumentStore(selectDocument);
  const apply = useDocumentStore((s) => s.apply);
  const announce = useSessionStore((s) => s.announce);
  const requestFocus = useSessionStore((s) => s.requestFocus);
  const lastDropMessage = useRef('');
  const dragState = useMemo(createDragState, []);
  const gridFrame = useRef<HTMLDivElement>(null);
  const autoScroll = useEdgeAutoScroll(gridFrame, dragState);

  const sensors = useSensors(
    // A few pixels of travel separate a drag from a click, which arms the chip instead.
    useSensor(MouseSensor, { activationConstraint: { distance: 5 } }),
    // A short press starts a drag on touch; a swipe before that still scrolls the board.
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(CellKeyboardSensor),
  );

  const accessibility = useMemo(
    // The board moves the focus itself (focusAfterDrop): dnd-kit's own restore aims at the picked-up
    // chip, which a move has just removed.
    () => ({
      announcements: boardAnnouncements(currentDocument, dragState, () => lastDropMessage.current),
      screenReaderInstructions,
      restoreFocus: false,
    }),
    [dragState],
  );

  const handleDragStart = useCallback((event: DragStartEvent) => {
    const data = event.active.data.current;
    const source = isDelegatedDragData(data) ? data.source : undefined;
    if (source) dragState.begin(source);
    // A keyboard drag scrolls cell by cell itself; the edge scrolling is for a pointer held at an edge.
    if (!(event.activatorEvent instanceof KeyboardEvent)) autoScroll.start(event.activatorEvent);
  }, [dragState, autoScroll]);

  // Over fires when the cell changes (and before dnd-kit announces it); move keeps the target right after
  // the edge scrolling changed what is under a pointer that then moves within the same cell.
  const handleDragOverOrMove = useCallback((event: DragOverEvent) => dragState.hover(collisionTarget(event.collisions)), [dragState]);

  const handleDragEnd = useCallback(
    (event: DragEndEvent) => {
      autoScroll.stop();
      const source = dragState.source();
      const target = dragState.target();
      dragState.end();
      if (!source) return;
      const doc = currentDocument();
      const outcome = dropOutcome(doc, source, target);
      lastDropMessage.current = outcome.message;
      // A mouse or a finger has no focus to keep; a keyboard drag does.
      if (event.activatorEvent instanceof KeyboardEvent) requestFocus(focusAfterDrop(doc, source, target));
      apply(() => outcome.document);
      announce(outcome.message, { spoken: false });
    },
    [apply, announce, requestFocus, dragState, autoScroll],
  );

  const handleDragCancel = useCallback(
    (event: DragCancelEvent) => {
      autoScroll.stop();
      const source = dragState.source();
      dragState.end();
      if (!source) return;
      lastDropMessage.current = `Cancelled. ${dropOutcome(currentDocument(), source, undefined).message}`;
      if (event.activatorEvent instanceof KeyboardEvent) requestFocus(focusAfterDrop(currentDocument(), source, undefined));
    },
    [requestFocus, dragState, autoScroll],
  );

  return (
    <DndContext
      // Also the id of dnd-kit's instructions text, which the chips name as their description.
      id={DRAG_INSTRUCTIONS_ID}
      sensors={sensors}
      collisionDetection={hitTestCollision}
      // The board scrolls itself while a chip is held at the grid's edge (useEdgeAutoScroll): dnd-kit's
      // own scrolling follows the droppable under the pointer, and the board registers none.
      autoScroll={false}
      onDragStart={handleDragStart}
      onDragOver={handleDragOverOrMove}
      onDragMove={handleDragOverOrMove}
      onDragEnd={handleDragEnd}
      onDragCancel={handleDragCancel}
      accessibility={accessibility}
    >
      <DragStateContext.Provider value={dragState}>
        <div className="board">
          <DepartmentPalette departments={doc.departments} />
          <ActivityGrid doc={doc} frameRef={gridFrame} />
        </div>
      </DragStateContext.Provider>
    </DndContext>
  );
}
