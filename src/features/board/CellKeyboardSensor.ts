import type { Activators, SensorInstance, SensorProps } from '@dnd-kit/core';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { cellCoordinatesFor } from './nextCell';

// Space picks up and drops; Enter drops too but never picks up (on a chip it arms it for placing with
// clicks), so the two ways of placing never collide.

type Point = { x: number; y: number };

/**
 * Keyboard dragging from cell to cell. dnd-kit's own keyboard sensor scrolls the scroll container of
 * the picked-up chip or of the droppable it is over; the board has no droppables, so it would scroll the
 * palette when an arrow goes down the grid. This one only moves the chip: the next cell scrolls itself
 * into view (cellCoordinatesFor).
 */
export class CellKeyboardSensor implements SensorInstance {
  autoScrollEnabled = false;
  private readonly props: SensorProps<object>;
  /** The chip's top-left when the first arrow was pressed: moves are offsets from it. */
  private origin: Point | undefined;
  private listening = 0;

  constructor(props: SensorProps<object>) {
    this.props = props;
    props.activeNode.node.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    props.onStart({ x: 0, y: 0 });
    // From the next task on: the Space that picked the chip up must not also drop it.
    this.listening = window.setTimeout(() => document.addEventListener('keydown', this.onKeyDown));
    window.addEventListener('resize', this.onCancel);
    document.addEventListener('visibilitychange', this.onCancel);
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.code === 'Space' || event.code === 'Enter') {
      event.preventDefault();
      this.detach();
      this.props.onEnd();
      return;
    }
    if (event.code === 'Escape') {
      event.preventDefault();
      this.onCancel();
      return;
    }
    const rect = this.props.context.current.collisionRect;
    if (!rect || !event.code.startsWith('Arrow')) return;
    // Arrows belong to the drag, even at the matrix's edge where they lead nowhere.
    event.preventDefault();
    const next = cellCoordinatesFor(event.code, rect);
    if (!next) return;
    this.origin ??= { x: rect.left, y: rect.top };
    this.props.onMove({ x: next.x - this.origin.x, y: next.y - this.origin.y });
  };

  private readonly onCancel = () => {
    this.detach();
    this.props.onCancel();
  };

  private detach() {
    window.clearTimeout(this.listening);
    document.removeEventListener('keydown', this.onKeyDown);
    window.removeEventListener('resize', this.onCancel);
    document.removeEventListener('visibilitychange', this.onCancel);
  }

  static activators: Activators<object> = [
    {
      eventName: 'onKeyDown',
      handler: (event: ReactKeyboardEvent) => {
        if (event.nativeEvent.code !== 'Space') return false;
        event.preventDefault();
        return true;
      },
    },
  ];
}
