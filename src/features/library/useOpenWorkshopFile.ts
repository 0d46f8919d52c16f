import { useFileInput, type FileInput } from '../../ui/useFileInput';
import { openWorkshopFile } from './openWorkshop';

const open = (file: File) => void openWorkshopFile(file);

/** The file input behind Open and Ctrl/Cmd+O. */
export function useOpenWorkshopFile(): FileInput {
  return useFileInput('.json,application/json', open, 'open-workshop-input');
}
