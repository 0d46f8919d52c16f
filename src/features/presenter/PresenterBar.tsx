import './presenter.css';
import { useCallback, useEffect, useRef, useState } from 'react';
import { UNGROUPED_NAME } from '../../domain/activityGroups';
import { countNoun } from '../../domain/checks/findings';
import type { ActivityStatus } from '../../domain/model';
import { isWaitingStatus } from '../../domain/activityStatus';
import { changeActivityStatus } from '../../store/activityStatusActions';
import { answerWhyItWaits, type WaitingQuestion } from '../../store/waitingAnswer';
import { selectDocument, useDocumentStore } from '../../store/documentStore';
import { agendaSettings, presentedStep, stepAgenda, stopPresenting, timeBoxOf, usePresenter } from '../../store/presenter';
import { useSessionStore } from '../../store/sessionStore';
import { undoKeys } from '../../ui/commandKey';
import { Countdown } from './Countdown';
import { PresenterRow, type AskingWhy } from './PresenterRow';
import { leavePresenterMode } from './presenterMode';
import { usePresenterKeys } from './usePresenterKeys';

/**
 * Presenter mode's own bar, in place of the toolbar: where the agenda stands, the time box, the way on,
 * and the row the room is talking about. It takes the focus on entering, so a clicker works at once.
 */
export function PresenterBar() {
  const activities = useDocumentStore((s) => selectDocument(s).activities);
  const settings = agendaSettings.useValue((s) => s.value);
  const presenter = usePresenter();
  const showDialog = useSessionStore((s) => s.showDialog);
  const announce = useSessionStore((s) => s.announce);
  const { steps, index, step, rowId } = presentedStep(presenter, activities, settings.by);
  const barRef = useRef<HTMLElement>(null);
  const decisionRef = useRef<HTMLTextAreaElement>(null);
  const focusBar = useCallback(() => barRef.current?.focus(), []);
  // Disputing or parking the current row (by key or button) asks why it waits, in the row's own panel.
  const [asking, setAsking] = useState<AskingWhy>();
  const onStatus = useCallback((activityId: string, status: ActivityStatus) => {
    const step = changeActivityStatus(activityId, status, undoKeys);
    if (isWaitingStatus(status)) setAsking({ question: { activityId, status, step }, from: document.activeElement });
  }, []);
  const onAnswered = useCallback((question: WaitingQuestion, note: string | undefined) => {
    answerWhyItWaits(question, note);
    setAsking((open) => (open?.question === question ? undefined : open));
  }, []);
  usePresenterKeys(useCallback(() => decisionRef.current?.focus(), []), onStatus);

  useEffect(() => barRef.current?.focus(), []);
  // Leaving full screen (the browser's own Escape, which never reaches the page) leaves the mode too.
  useEffect(() => {
    let wasFullscreen = document.fullscreenElement !== null;
    const onChange = () => {
      if (wasFullscreen && !document.fullscreenElement) stopPresenting();
      wasFullscreen = document.fullscreenElement !== null;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const unit = settings.by === 'group' ? 'Group' : 'Row';
  const title = step ? step.group || UNGROUPED_NAME : 'No activities yet';
  const progress = `${unit} ${steps.length === 0 ? 0 : index + 1} of ${steps.length}`;
  // Said once per step, not again on every edit within it.
  const stepSaying = useRef('');
  stepSaying.current = `${progress}: ${title}, ${countNoun(step?.activityIds.length ?? 0, 'activity', 'activities')}.`;
  const stepKey = step?.key;
  useEffect(() => {
    if (stepKey !== undefined) announce(stepSaying.current);
  }, [stepKey, announce]);

  const minutes = timeBoxOf(step, settings);
  const row = activities.find((a) => a.id === rowId);
  const rowPosition = step && rowId !== undefined ? step.activityIds.indexOf(rowId) + 1 : 0;

  return (
    <header ref={barRef} className="presenter" tabIndex={-1} aria-label="Presenter mode">
      <h1 className="visually-hidden">RACI workshop board, presenter mode</h1>
      <div className="presenter__top">
        <div className="presenter__where">
          <p className="presenter__progress">{progress}</p>
          <h2 className="presenter__title">{title}</h2>
        </div>
        {minutes > 0 && step ? <Countdown key={step.key} clock={presenter.clock} minutes={minutes} /> : null}
        <div className="presenter__actions">
          <button type="button" onClick={() => stepAgenda(-1)} disabled={index === 0} aria-keyshortcuts="PageUp ArrowLeft" title="Previous step (Page Up, ←)">
            <span aria-hidden="true">◀ </span>Previous
          </button>
          <button type="button" className="primary" onClick={() => stepAgenda(1)} disabled={index >= steps.length - 1} aria-keyshortcuts="PageDown ArrowRight" title="Next step (Page Down, →)">
            Next<span aria-hidden="true"> ▶</span>
          </button>
          <button type="button" onClick={() => showDialog('agenda')} title="Step by group or by row; the time boxes">
            Agenda…
          </button>
          <button type="button" onClick={leavePresenterMode} aria-keyshortcuts="Escape" title="Back to editing (Escape)">
            Exit
          </button>
        </div>
      </div>
      {row && step ? (
        <PresenterRow
          key={row.id}
          activity={row}
          position={rowPosition}
          count={step.activityIds.length}
          decisionRef={decisionRef}
          onDecisionDone={focusBar}
          onStatus={onStatus}
          asking={asking?.question.activityId === row.id ? asking : undefined}
          onAnswered={onAnswered}
        />
      ) : null}
    </header>
  );
}
