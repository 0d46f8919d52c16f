import './board.css';
import {
  DndContext,
  DragOverlay,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DragCancelEvent,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import { findRole, roleSchemeOf } from '../../domain/roleSchemes';
import { currentDocument, selectDocument, useDocumentStore } from '../../store/documentStore';
import { useSessionStore } from '../../store/sessionStore';
import { ActivityGrid } from './ActivityGrid';
import { boardAnnouncements } from './announcements';
import { CellKeyboardSensor } from './CellKeyboardSensor';
import { DepartmentChipFace } from './DepartmentChipFace';
import { DepartmentPalette } from './DepartmentPalette';
import { DragInstructions } from './DragInstructions';
import { isDelegatedDragData } from './DelegatedDrag';
import { sourceDepartmentId, type DragSource } from './dragModel';
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
  const [active, setActive] = useState<DragSource | undefined>();
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
      // The chips point at the board's own instructions (DragInstructions); dnd-kit's copy would be unread.
      screenReaderInstructions: { draggable: '' },
      restoreFocus: false,
    }),
    [dragState],
  );

  const handleDragStart = useCallback((event: DragStartEvent) => {
    const data = event.active.data.current;
    const source = isDelegatedDragData(data) ? data.source : undefined;
    if (source) dragState.begin(source);
    setActive(source);
    // A keyboard drag scrolls cell by cell itself; the edge scrolling is for a pointer held at an edge.
    if (!(event.activatorEvent instanceof KeyboardEvent)) autoScroll.start(event.activatorEvent);
  }, [dragState, autoScroll]);

  // Over fires when the cell changes (and before dnd-kit announces it); move keeps the target right after
  // the edge scrolling changed what is under a pointer that then moves within the same cell.
  const handleDragOverOrMove = useCallback((event: DragOverEvent) => dragState.hover(collisionTarget(event.collisions)), [dragState]);

  const handleDragEnd = useCallback(
    (event: DragEndEvent) => {
      autoScroll.stop();
      setActive(undefined);
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
      setActive(undefined);
      const source = dragState.source();
      dragState.end();
      if (!source) return;
      lastDropMessage.current = `Cancelled. ${dropOutcome(currentDocument(), source, undefined).message}`;
      if (event.activatorEvent instanceof KeyboardEvent) requestFocus(focusAfterDrop(currentDocument(), source, undefined));
    },
    [requestFocus, dragState, autoScroll],
  );

  const overlay = active ? renderOverlay(active) : null;
  return (
    <DndContext
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
        <DragInstructions />
        <div className="board">
          <DepartmentPalette departments={doc.departments} />
          <ActivityGrid doc={doc} frameRef={gridFrame} />
        </div>
      </DragStateContext.Provider>
      <DragOverlay dropAnimation={null} className="drag-overlay-frame">{overlay}</DragOverlay>
    </DndContext>
  );

  function renderOverlay(source: DragSource) {
    const department = doc.departments.find((d) => d.id === sourceDepartmentId(source));
    if (!department) return null;
    const role = source.kind === 'placed' ? findRole(roleSchemeOf(doc.roleScheme), source.assignment.role) : undefined;
    return (
      <div className="drag-overlay">
        <DepartmentChipFace department={department} role={role} />
      </div>
    );
  }
}
