import type { Activity } from '../../domain/model';
import { answerWhyItWaits, type WaitingQuestion } from '../../store/waitingAnswer';
import { WaitingReasonPrompt } from '../../ui/WaitingReasonPrompt';

interface WaitingReasonProps {
  readonly activity: Activity;
  readonly question: WaitingQuestion;
  readonly openedFrom: Element | null;
  readonly onClosed: () => void;
}

/** Asks in the row why it waits; the answer joins the status change's undo step. Loads on first use. */
export function WaitingReason({ activity, question, openedFrom, onClosed }: WaitingReasonProps) {
  return (
    <WaitingReasonPrompt
      activityName={activity.name}
      status={question.status}
      note={activity.parkingNote ?? ''}
      openedFrom={openedFrom}
      onDone={(note) => {
        answerWhyItWaits(question, note);
        onClosed();
      }}
    />
  );
}
