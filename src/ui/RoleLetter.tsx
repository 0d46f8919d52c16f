interface RoleLetterProps {
  readonly letter: string;
  readonly color: string;
  /** The full role name for assistive technology; omit where the surrounding text already says it. */
  readonly label?: string;
}

/** The role as letter and colour together, so colour is never the only cue. */
export function RoleLetter({ letter, color, label }: RoleLetterProps) {
  return (
    <span className="role-letter" style={{ backgroundColor: color }} aria-hidden={label ? undefined : true} aria-label={label} role={label ? 'img' : undefined}>
      {letter}
    </span>
  );
}
