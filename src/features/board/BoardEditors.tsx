import { lazy, Suspense } from 'react';
import { selectDocument, useDocumentStore } from '../../store/documentStore';
import { useSessionStore, type EditingTarget } from '../../store/sessionStore';

// Loaded on first use: editing is occasional, the board is on screen from the first moment.
const ActivityEditor = lazy(() => import('./ActivityEditor').then((m) => ({ default: m.ActivityEditor })));
const DepartmentEditor = lazy(() => import('./DepartmentEditor').then((m) => ({ default: m.DepartmentEditor })));

/** The open editor dialog, if any; closes itself when its item disappears (e.g. after undo). */
export function BoardEditors() {
  const editing = useSessionStore((s) => s.editing);
  if (!editing) return null;
  return (
    <Suspense fallback={null}>
      <OpenEditor editing={editing} />
    </Suspense>
  );
}

function OpenEditor({ editing }: { readonly editing: EditingTarget }) {
  const doc = useDocumentStore(selectDocument);
  switch (editing.kind) {
    case 'new-department':
      return <DepartmentEditor department={undefined} index={doc.departments.length} count={doc.departments.length} />;
    case 'department': {
      const index = doc.departments.findIndex((d) => d.id === editing.id);
      const department = doc.departments[index];
      return department ? <DepartmentEditor key={department.id} department={department} index={index} count={doc.departments.length} /> : null;
    }
    case 'new-activity':
      return <ActivityEditor activity={undefined} defaultGroup={editing.group} />;
    case 'activity': {
      const activity = doc.activities.find((a) => a.id === editing.id);
      return activity ? <ActivityEditor key={activity.id} activity={activity} /> : null;
    }
  }
}
