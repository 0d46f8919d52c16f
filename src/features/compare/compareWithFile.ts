import { fileError } from '../../format/fileErrors';
import { startComparing } from '../../store/compareSession';
import { currentDocument } from '../../store/documentStore';
import { readWorkshopFile } from '../../store/readWorkshopFile';
import { useSessionStore } from '../../store/sessionStore';
import { chooseView } from '../../store/viewChoice';
import { changesOf } from './comparison';

/**
 * Lays a returned file over the open workshop, or says why it cannot: a file that does not open, or one in
 * another role scheme (its letters would not line up with the lanes). The open workshop is never touched.
 */
export async function compareWithFile(file: File): Promise<void> {
  const session = useSessionStore.getState();
  const source = `“${file.name}”`;
  const result = await readWorkshopFile(file);
  if (!result.ok) {
    session.refuse({ source, error: result.error, action: 'compare' });
    return;
  }
  const open = currentDocument();
  const other = result.document;
  if (other.roleScheme !== open.roleScheme) {
    const message = `${source} uses ${other.roleScheme} and this workshop ${open.roleScheme}. Switch this workshop to ${other.roleScheme} first (More, Role scheme), so the roles line up, then compare again.`;
    session.refuse({ source, error: fileError('other-scheme', message), action: 'compare' });
    return;
  }
  const changes = changesOf(open, other);
  if (changes.length === 0) {
    session.announce(`${source} holds the same workshop as the one open: nothing to merge.`);
    return;
  }
  chooseView('board');
  startComparing(source, other);
  session.announce(`${changes.length === 1 ? 'One change' : `${changes.length} changes`} in ${source}, marked on the board. Accept or reject each, then merge.`);
}
