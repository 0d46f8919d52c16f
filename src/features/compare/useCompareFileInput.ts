import { useFileInput, type FileInput } from '../../ui/useFileInput';

/** Loaded with the first comparison: merging a returned file comes after the workshop, not at start-up. */
export const compareWithFile = (file: File) => import('./compareWithFile').then((m) => m.compareWithFile(file));

const compare = (file: File) => void compareWithFile(file);

/** The file input behind "Compare with a file…". */
export function useCompareFileInput(): FileInput {
  return useFileInput('.json,application/json', compare, 'compare-workshop-input');
}
