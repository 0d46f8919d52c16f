import { useDraggable } from '@dnd-kit/core';
import { useMemo, useRef, type CSSProperties, type ReactNode, type Ref, type SyntheticEvent } from 'react';
import { useFloatingCopy } from './useFloatingCopy';
import { dragSourceOf, type DragSource } from './dragModel';

/** What a delegated drag carries: filled in with the chip that was pressed, just before dnd-kit starts. */
export interface DelegatedDragData {
  source: DragSource | undefined;
}

export function isDelegatedDragData(value: unknown): value is DelegatedDragData {
  return typeof value === 'object' && value !== null && 'source' in value;
}

interface DelegatedDragProps {
  /** One id per area (palette, grid): dnd-kit knows two draggables, however many chips there are. */
  readonly id: string;
  readonly className?: string;
  readonly style?: CSSProperties;
  readonly frameRef?: Ref<HTMLDivElement>;
  readonly children: ReactNode;
}

type Listener = (event: SyntheticEvent) => void;

/**
 * One drag activator for every chip inside: a press on an element marked with `dragSourceAttributes`
 * points dnd-kit at that chip (its node, for the overlay's start position, and its source) and lets the
 * sensor decide whether it becomes a drag. Presses elsewhere (a remove control, an activity's name) are
 * not drags. This component re-renders on each pointer move, as every dnd-kit hook user does, but it is
 * one component and its children are the same elements each time, so React stops right here.
 */
export function DelegatedDrag({ id, className, style, frameRef, children }: DelegatedDragProps) {
  const data = useRef<DelegatedDragData>({ source: undefined }).current;
  const { setNodeRef, listeners, isDragging, transform, node } = useDraggable({ id, data });
  useFloatingCopy(isDragging ? node.current : null, transform);
  const handlers = useMemo(() => {
    const wrapped: Record<string, Listener> = {};
    for (const [name, listener] of Object.entries(listeners ?? {}) as [string, Listener][]) {
      wrapped[name] = (event) => {
        const chip = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-drag]') : null;
        const source = chip ? dragSourceOf(chip) : undefined;
        if (!chip || !source) return;
        data.source = source;
        setNodeRef(chip);
        listener(event);
      };
    }
    return wrapped;
  }, [listeners, data, setNodeRef]);
  return (
    <div ref={frameRef} className={className} style={style} {...handlers}>
      {children}
    </div>
  );
}
