import { workshopTemplates, type WorkshopTemplate } from '../domain/templates';
import { todayIso } from '../store/clock';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { Dialog } from '../ui/Dialog';

export function NewWorkshopDialog() {
  const open = useSessionStore((s) => s.newWorkshopOpen);
  const openNewWorkshop = useSessionStore((s) => s.openNewWorkshop);
  const announce = useSessionStore((s) => s.announce);
  const arm = useSessionStore((s) => s.arm);
  const replace = useDocumentStore((s) => s.replace);
  if (!open) return null;

  const start = (template: WorkshopTemplate) => {
    replace(template.create(todayIso()));
    arm(undefined);
    openNewWorkshop(false);
    announce(`Started a new workshop: ${template.name}. Undo brings back the previous one.`);
  };

  return (
    <Dialog title="New workshop" onClose={() => openNewWorkshop(false)}>
      <p>Start from a template. The current matrix is replaced, and Undo brings it back.</p>
      <ul className="template-list">
        {workshopTemplates.map((template) => (
          <li key={template.id}>
            <button type="button" className="template-choice" onClick={() => start(template)}>
              <strong>{template.name}</strong>
              <span>{template.summary}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="editor__actions">
        <button type="button" onClick={() => openNewWorkshop(false)}>Cancel</button>
      </div>
    </Dialog>
  );
}
