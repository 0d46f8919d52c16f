import { useMemo } from 'react';
import { describeIgnoredFieldForPeople, plainProblemsOf } from '../format/issueWords';
import { parseWorkshopFile } from '../format/parseWorkshopFile';
import { useSessionStore, type KeptAsideWorkshop } from '../store/sessionStore';
import { downloadFile } from '../ui/downloadFile';
import { appStorage } from './boot';
import { downloadWorkshopFile } from '../features/library/saveWorkshopFile';
import { currentDocument } from '../store/documentStore';
import { useLibraryStore } from '../store/workshopLibrary';
import { resolveChangedElsewhere } from '../store/workshopListActions';

const problemText = {
  full: 'This browser’s storage is full, so changes are not being saved here. Keep this tab open and download a copy of the workshop.',
  unavailable: 'This browser does not allow the app to save (storage is turned off), so changes are not kept after this tab closes. Download a copy of the workshop before you leave.',
} as const;

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
// A file of an unknown future version can carry hundreds: the first few say what kind they are.
const MAX_IGNORED_LISTED = 5;

/** What is wrong with a kept workshop, in a person's words ("Activity 4 has no name."), read again from its text. */
function KeptFaults({ text }: { readonly text: string }) {
  const faults = useMemo(() => {
    const parsed = parseWorkshopFile(text);
    return parsed.ok ? [] : plainProblemsOf(parsed.error);
  }, [text]);
  return faults.length > 0 ? <ul>{faults.map((fault, i) => <li key={i}>{fault}</li>)}</ul> : null;
}

/** Everything about saving that the user must know: shown until dealt with, never silently. */
export function StorageNotices() {
  const problem = useSessionStore((s) => s.storageProblem);
  const kept = useSessionStore((s) => s.keptAside);
  const repairs = useSessionStore((s) => s.repairs);
  const setKeptAside = useSessionStore((s) => s.setKeptAside);
  const setRepairs = useSessionStore((s) => s.setRepairs);
  const changedElsewhere = useLibraryStore((s) => s.changedElsewhere);

  const discard = (item: KeptAsideWorkshop) => {
    appStorage()?.removeItem(item.key);
    setKeptAside(kept.filter((k) => k !== item));
  };

  return (
    <div className="notices">
      {problem ? (
        <div className="notice notice--warning" role="alert">
          <p>{problemText[problem]}</p>
          <button type="button" onClick={() => downloadWorkshopFile(currentDocument())}>Download the workshop</button>
        </div>
      ) : null}
      {kept.map((item, index) => (
        <div className="notice notice--warning" role="alert" key={item.key}>
          <p>
            A saved workshop could not be opened, so it was kept aside, untouched. {item.reason}
          </p>
          <KeptFaults text={item.text} />
          <button type="button" onClick={() => downloadFile(`kept-aside-workshop-${index + 1}.raci.json`, item.text)}>
            Download the kept workshop
          </button>
          <button type="button" onClick={() => discard(item)}>Delete the kept copy</button>
        </div>
      ))}
      {changedElsewhere ? (
        <div className="notice notice--warning" role="alert">
          <p>This workshop was just changed in another tab. Changes made here wait, unsaved, until you choose which version to keep.</p>
          <button type="button" onClick={() => resolveChangedElsewhere('theirs')}>Load the other tab’s version</button>
          <button type="button" onClick={() => resolveChangedElsewhere('mine')}>Keep this tab’s version</button>
        </div>
      ) : null}
      {repairs ? (
        <div className="notice" role="status">
          {repairs.warnings.length > 0 ? (
            <>
              <p>
                {capitalize(repairs.source)} was opened with {repairs.warnings.length === 1 ? 'one repair' : `${repairs.warnings.length} repairs`}:
              </p>
              <ul>{repairs.warnings.map((w) => <li key={w}>{w}</li>)}</ul>
            </>
          ) : null}
          {repairs.ignored.length > 0 ? (
            <>
              <p>
                {repairs.warnings.length > 0 ? 'It also has' : `${capitalize(repairs.source)} has`}{' '}
                {repairs.ignored.length === 1 ? 'a field' : `${repairs.ignored.length} fields`} this version of the app does not know,
                probably from a newer version. {repairs.ignored.length === 1 ? 'It was' : 'They were'} left out, and saving here removes{' '}
                {repairs.ignored.length === 1 ? 'it' : 'them'}:
              </p>
              <ul>
                {repairs.ignored.slice(0, MAX_IGNORED_LISTED).map((field) => (
                  <li key={field.path}>{describeIgnoredFieldForPeople(field.at)}</li>
                ))}
                {repairs.ignored.length > MAX_IGNORED_LISTED ? <li>And {repairs.ignored.length - MAX_IGNORED_LISTED} more.</li> : null}
              </ul>
            </>
          ) : null}
          <button type="button" onClick={() => setRepairs(undefined)}>Dismiss</button>
        </div>
      ) : null}
    </div>
  );
}
