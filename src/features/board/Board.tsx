import {
  closestCenter,
  DndContext,
  DragOverlay,
  KeyboardCode,
  KeyboardSensor,
  MouseSensor,
  pointerWithin,
  TouchSensor,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragCancelEvent,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import { findRole, roleSchemeOf } from '../../domain/roleSchemes';
import { currentDocument, selectDocument, useDocumentStore } from '../../store/documentStore';
import { useSessionStore } from '../../store/sessionStore';
import { ActivityGrid } from './ActivityGrid';
import { boardAnnouncements, screenReaderInstructions } from './announcements';
import { cellKeyboardCoordinates } from './cellKeyboardCoordinates';
import { DepartmentChipFace } from './DepartmentChipFace';
import { DepartmentPalette } from './DepartmentPalette';
import { isDragSource, isDropTarget, sourceDepartmentId, type DragSource } from './dragModel';
import { dropOutcome } from './dropOutcome';
import { focusAfterDrop } from './dropFocus';

/** Pointer drags land where the pointer is; keyboard drags (no pointer) land on the nearest cell. */
const collisionDetection: CollisionDetection = (args) =>
  args.pointerCoordinates ? pointerWithin(args) : closestCenter(args);

// Space picks up and drops; Enter stays a click (it arms the chip), so the two paths never collide.
const keyboardCodes = {
  start: [KeyboardCode.Space],
  cancel: [KeyboardCode.Esc],
  end: [KeyboardCode.Space, KeyboardCode.Enter],
};

export function Board() {
  const doc = useDocumentStore(selectDocument);
  const apply = useDocumentStore((s) => s.apply);
  const announce = useSessionStore((s) => s.announce);
  const requestFocus = useSessionStore((s) => s.requestFocus);
  const [active, setActive] = useState<DragSource | undefined>();
  const lastDropMessage = useRef('');

  const sensors = useSensors(
    // A few pixels of travel separate a drag from a click, which arms the chip instead.
    useSensor(MouseSensor, { activationConstraint: { distance: 5 } }),
    // A short press starts a drag on touch; a swipe before that still scrolls the board.
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: cellKeyboardCoordinates, keyboardCodes }),
  );

  const accessibility = useMemo(
    // The board moves the focus itself (focusAfterDrop): dnd-kit's own restore aims at the picked-up
    // chip, which a move has just removed.
    () => ({ announcements: boardAnnouncements(currentDocument, () => lastDropMessage.current), screenReaderInstructions, restoreFocus: false }),
    [],
  );

  const handleDragStart = useCallback((event: DragStartEvent) => {
    const source = event.active.data.current;
    setActive(isDragSource(source) ? source : undefined);
  }, []);

  const handleDragEnd = useCallback(
    (event: DragEndEvent) => {
      setActive(undefined);
      const source = event.active.data.current;
      if (!isDragSource(source)) return;
      const over = event.over?.data.current;
      const target = isDropTarget(over) ? over : undefined;
      const doc = currentDocument();
      const outcome = dropOutcome(doc, source, target);
      lastDropMessage.current = outcome.message;
      // A mouse or a finger has no focus to keep; a keyboard drag does.
      if (event.activatorEvent instanceof KeyboardEvent) requestFocus(focusAfterDrop(doc, source, target));
      apply(() => outcome.document);
      announce(outcome.message, { spoken: false });
    },
    [apply, announce, requestFocus],
  );

  const handleDragCancel = useCallback(
    (event: DragCancelEvent) => {
      setActive(undefined);
      const source = event.active.data.current;
      if (event.activatorEvent instanceof KeyboardEvent && isDragSource(source)) requestFocus(focusAfterDrop(currentDocument(), source, undefined));
    },
    [requestFocus],
  );

  const overlay = active ? renderOverlay(active) : null;
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      onDragStart={handleDragStart}
      onDragEnd={handleDragEnd}
      onDragCancel={handleDragCancel}
      accessibility={accessibility}
    >
      <div className="board">
        <DepartmentPalette departments={doc.departments} />
        <ActivityGrid doc={doc} />
      </div>
      <DragOverlay dropAnimation={null}>{overlay}</DragOverlay>
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
