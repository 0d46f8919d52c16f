import { useSessionStore } from '../store/sessionStore';

export function StatusBar() {
  const status = useSessionStore((s) => s.status);
  return (
    <p className="status-bar" role="status" aria-live={status.spoken ? 'polite' : 'off'}>
      {status.text}
    </p>
  );
}
