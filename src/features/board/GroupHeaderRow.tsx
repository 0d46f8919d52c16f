import { memo } from 'react';
import { Hyphenated } from '../../ui/Hyphenated';

interface GroupHeaderRowProps {
  readonly windowKey: string;
  /** The group as the activities name it ('' for those without one), and the name shown for it. */
  readonly group: string;
  readonly name: string;
  readonly count: number;
  readonly folded: boolean;
  readonly rowIndex: number;
  readonly columns: number;
  /** A ref callback that watches the row's height; its cleanup stops watching. */
  readonly measure: (element: HTMLElement | null) => (() => void) | undefined;
  /** Called with the group's own name ('' for the ungrouped) and whether to fold it. */
  readonly onFold: (group: string, fold: boolean) => void;
}

/** A group's header row; its button folds the group's rows away (remembered in this browser). */
export const GroupHeaderRow = memo(function GroupHeaderRow(props: GroupHeaderRowProps) {
  const { windowKey, group, name, count, folded, rowIndex, columns, measure, onFold } = props;
  return (
    <div ref={measure} role="row" className="group__header" aria-rowindex={rowIndex} data-window-key={windowKey}>
      <div role="rowheader" aria-colspan={columns} className="group__name">
        <button type="button" className="group__fold" aria-expanded={!folded} onClick={() => onFold(group, !folded)}>
          <span className="group__chevron" aria-hidden="true">{folded ? '▸' : '▾'}</span>
          <span>
            <Hyphenated text={name} />
          </span>
          <span className="group__count">{count === 1 ? '1 activity' : `${count} activities`}</span>
        </button>
      </div>
    </div>
  );
});
