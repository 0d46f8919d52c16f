import { useEffect, useState } from 'react';
import { formatCountdown } from '../../domain/agenda';
import { elapsedOn, pauseOrResume, type StepClock } from '../../store/presenter';

interface CountdownProps {
  readonly clock: StepClock;
  readonly minutes: number;
}

// Often enough that a second never shows twice as long as the others.
const TICK_MS = 250;

/**
 * The step's time box. It never interrupts: at zero it turns amber and stays, and says "Time is up" in
 * large words (colour alone says nothing to some of the room), once, politely, to screen readers too.
 */
export function Countdown({ clock, minutes }: CountdownProps) {
  const [now, setNow] = useState(() => Date.now());
  const running = clock.since !== undefined;
  useEffect(() => {
    if (!running) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, [running, clock]);
  // A clock restarted since the last tick has not run yet, rather than run backwards.
  const left = minutes * 60_000 - elapsedOn(clock, Math.max(now, clock.since ?? 0));
  const over = left <= 0;
  const note = !running ? 'Paused' : over ? '' : `of ${formatCountdown(minutes * 60_000)}`;
  return (
    <div className={`countdown${over ? ' countdown--over' : ''}`}>
      <p className="countdown__time" role="timer" aria-label={`Time left in this step: ${formatCountdown(left)}${over ? ', time is up' : ''}${running ? '' : ', paused'}`}>
        <span aria-hidden="true">{formatCountdown(left)}</span>
        {note ? (
          <span className="countdown__note" aria-hidden="true">
            {note}
          </span>
        ) : null}
      </p>
      {/* In the page from the start, so that its words are announced when they come. */}
      <p className="countdown__up" role="status">
        {over ? 'Time is up' : ''}
      </p>
      <button type="button" onClick={pauseOrResume} aria-keyshortcuts="T" title={`${running ? 'Pause' : 'Resume'} the time box (T)`}>
        {running ? 'Pause' : 'Resume'}
      </button>
    </div>
  );
}
