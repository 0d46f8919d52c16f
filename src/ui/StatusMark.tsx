import { severityWords } from '../domain/checks/severityWords';

export type StatusKind = 'ok' | 'info' | 'warning' | 'error' | 'todo';

// 'ok' and 'todo' are no severity, so their marks live here; the others are the marks the findings carry everywhere.
const symbols: Readonly<Record<StatusKind, string>> = {
  ok: '✓',
  todo: '',
  info: severityWords.info.mark,
  warning: severityWords.warning.mark,
  error: severityWords.error.mark,
};

interface StatusMarkProps {
  readonly status: StatusKind;
  /** Said to assistive technology and shown on hover: the mark alone is only a symbol and a colour. */
  readonly label: string;
}

/** Symbol, shape and colour together, so no one has to tell amber from red. */
export function StatusMark({ status, label }: StatusMarkProps) {
  return (
    <span className={`status-mark status-mark--${status}`} role="img" aria-label={label} title={label}>
      {symbols[status]}
    </span>
  );
}
