import { createContext, useContext, useSyncExternalStore } from 'react';
import { dragSourceId, dropTargetId, type DragSource, type DropTarget } from './dragModel';

/**
 * What is being dragged and where it would land, outside React state: dnd-kit re-renders every component
 * that uses its hooks on each pointer move, so the board keeps its own tiny store instead, and each chip
 * or cell subscribes to its own yes/no. A pointer move that changes the hovered cell re-renders two
 * cells; one that does not re-renders none.
 */
export interface DragState {
  readonly source: () => DragSource | undefined;
  readonly target: () => DropTarget | undefined;
  readonly begin: (source: DragSource) => void;
  readonly hover: (target: DropTarget | undefined) => void;
  readonly end: () => void;
  readonly subscribe: (listener: () => void) => () => void;
}

export function createDragState(): DragState {
  let source: DragSource | undefined;
  let target: DropTarget | undefined;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  return {
    source: () => source,
    target: () => target,
    begin: (next) => {
      source = next;
      target = undefined;
      notify();
    },
    hover: (next) => {
      if ((next && dropTargetId(next)) === (target && dropTargetId(target))) return;
      target = next;
      notify();
    },
    end: () => {
      source = undefined;
      target = undefined;
      notify();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const DragStateContext = createContext<DragState>(createDragState());

/** True while a chip would land on this target (a cell's id, or the palette's). */
export function useIsDropTarget(targetId: string): boolean {
  const state = useContext(DragStateContext);
  const current = () => {
    const target = state.target();
    return target !== undefined && dropTargetId(target) === targetId;
  };
  return useSyncExternalStore(state.subscribe, current, current);
}

/** True while this chip is the one being dragged. */
export function useIsDragSource(sourceId: string): boolean {
  const state = useContext(DragStateContext);
  const current = () => {
    const source = state.source();
    return source !== undefined && dragSourceId(source) === sourceId;
  };
  return useSyncExternalStore(state.subscribe, current, current);
}
