import { useIsDropTarget } from './dragState';

/** The dashed outline over a cell or the palette while a chip would land there; nothing otherwise. */
export function DropHighlight({ targetId }: { readonly targetId: string }) {
  const over = useIsDropTarget(targetId);
  return over ? <div className="drop-zone drop-zone--over" aria-hidden="true" /> : null;
}
