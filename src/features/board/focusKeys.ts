import { assignmentKey, type Assignment } from '../../domain/model';

/** Names of the board's focusable elements, for a focus request that outlives the element it came from. */
export const paletteChipFocusKey = (departmentId: string): string => `palette-chip:${JSON.stringify(departmentId)}`;
export const placedChipFocusKey = (a: Assignment): string => `placed-chip:${assignmentKey(a)}`;
export const cellFocusKey = (activityId: string, role: string): string => `cell:${JSON.stringify([activityId, role])}`;
export const activityFocusKey = (activityId: string): string => `activity:${JSON.stringify(activityId)}`;
export const ADD_DEPARTMENT_FOCUS_KEY = 'add-department';
export const ADD_ACTIVITY_FOCUS_KEY = 'add-activity';
