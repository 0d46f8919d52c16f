import { selectDocument, useDocumentStore } from '../../store/documentStore';
import { useSessionStore } from '../../store/sessionStore';
import { ActivityEditor } from './ActivityEditor';
import { DepartmentEditor } from './DepartmentEditor';

/** The open editor dialog, if any; closes itself when its item disappears (e.g. after undo). */
export function BoardEditors() {
  const editing = useSessionStore((s) => s.editing);
  const doc = useDocumentStore(selectDocument);
  if (!editing) return null;
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
