import { UNGROUPED_NAME, type ActivityGroup } from '../../domain/activityGroups';
import type { Activity } from '../../domain/model';
import type { WindowRow } from '../../ui/useRowWindow';

export type GridRow =
  | (WindowRow & { readonly kind: 'group'; readonly name: string; readonly group: string; readonly count: number; readonly folded: boolean })
  | (WindowRow & { readonly kind: 'activity'; readonly activity: Activity });

// First guesses, replaced by measured heights as rows appear: a group header line, a row of one chip line.
const GROUP_HEIGHT = 34;
const ACTIVITY_HEIGHT = 60;

/** The grid's rows in order, one list for windowing: each group's header, then its rows unless folded. */
export function gridRows(groups: readonly ActivityGroup[], folded: readonly string[]): GridRow[] {
  const rows: GridRow[] = [];
  for (const group of groups) {
    const isFolded = folded.includes(group.name);
    rows.push({
      kind: 'group',
      key: `group:${group.name}`,
      name: group.name || UNGROUPED_NAME,
      group: group.name,
      count: group.activities.length,
      folded: isFolded,
      estimatedHeight: GROUP_HEIGHT,
      sticky: true,
    });
    if (isFolded) continue;
    for (const activity of group.activities) rows.push({ kind: 'activity', key: `activity:${activity.id}`, activity, estimatedHeight: ACTIVITY_HEIGHT });
  }
  return rows;
}
