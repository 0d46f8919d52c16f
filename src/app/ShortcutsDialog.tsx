import { useSessionStore } from '../store/sessionStore';
import { workshopViews } from '../store/viewChoice';
import { commandKey, undoKeys } from '../ui/commandKey';
import { Dialog } from '../ui/Dialog';
import { presenterKeys } from '../features/presenter/presenterKeys';


/** Every key the app answers to, grouped by where it works; the README's table says the same for readers. */
const groups: readonly { readonly title: string; readonly keys: readonly (readonly [string, string])[] }[] = [
  {
    title: 'Anywhere',
    keys: [
      ['?', 'these shortcuts'],
      [undoKeys, 'undo'],
      [`${commandKey}Shift+Z or ${commandKey}Y`, 'redo'],
      [`${commandKey}S`, 'save as a .raci.json file'],
      [`${commandKey}O`, 'open a .raci.json file as a new workshop'],
      [`${commandKey}V outside a text field`, 'open a pasted matrix or share link'],
      ['Shift while dropping a file', 'compare it with the open workshop instead of opening it'],
      ...workshopViews.map((v): readonly [string, string] => [`Alt+Shift+${v.key}`, `the ${v.name.toLowerCase()} view`]),
      ['Alt+Shift+P', 'presenter mode, or back out of it'],
    ],
  },
  { title: 'In presenter mode', keys: presenterKeys },
  {
    title: 'On the board',
    keys: [
      ['Space on a department or a placed chip', 'pick it up; arrows move it, Space drops, Escape cancels'],
      ['Enter on a department', 'pick it up, then click cells to place it; Escape stops'],
      ['Delete on a placed chip', 'remove it'],
      [`${commandKey}F`, 'find an activity; Enter and Shift+Enter go through the matches'],
      ['Escape', 'stop placing with clicks, or clear the spotlight'],
    ],
  },
  {
    title: 'In the matrix',
    keys: [
      ['Arrows, Home, End, Page Up, Page Down', 'move from cell to cell'],
      ['A role’s letter', 'give that role, or take it back'],
      ['Delete or Backspace', 'clear the cell'],
      ['Enter or Space', 'the role picker'],
    ],
  },
  {
    title: 'In a menu',
    keys: [
      ['Arrows, Home, End, a first letter', 'move'],
      ['Enter', 'choose'],
      ['Escape', 'close without choosing'],
    ],
  },
];

export function ShortcutsDialog() {
  const showDialog = useSessionStore((s) => s.showDialog);
  const close = () => showDialog(undefined);
  return (
    <Dialog title="Keyboard shortcuts" onClose={close} className="shortcuts">
      <div className="shortcuts__groups">
        {groups.map((group) => (
          <section key={group.title} aria-label={group.title}>
            <h3 className="shortcuts__title">{group.title}</h3>
            <dl className="shortcuts__list">
              {group.keys.map(([keys, what]) => (
                <div key={keys} className="shortcuts__item">
                  <dt>
                    <kbd>{keys}</kbd>
                  </dt>
                  <dd>{what}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <div className="editor__actions">
        <button type="button" className="primary" onClick={close} autoFocus>
          Close
        </button>
      </div>
    </Dialog>
  );
}
