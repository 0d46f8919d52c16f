import { beforeEach, describe, expect, it } from 'vitest';
import { createExampleWorkshop } from '../../src/domain/templates/example';
import { changeActivityStatus } from '../../src/store/activityStatusActions';
import { currentDocument, useDocumentStore } from '../../src/store/documentStore';
import { useSessionStore } from '../../src/store/sessionStore';
import { answerWhyItWaits, type WaitingQuestion } from '../../src/store/waitingAnswer';

const crisis = () => currentDocument().activities.find((a) => a.id === 'crisis');
const history = () => useDocumentStore.getState().history;
const statusesOfPast = () => history().past.map((d) => d.activities.find((a) => a.id === 'crisis')?.status);

function park(): WaitingQuestion {
  return { activityId: 'crisis', status: 'parked', step: changeActivityStatus('crisis', 'parked', 'Ctrl+Z') };
}

describe('why a row waits, answered after its status was set', () => {
  beforeEach(() => useDocumentStore.getState().replace(createExampleWorkshop('2026-11-22'), { resetHistory: true }));

  it('joins the answer to the status change’s undo step, and says so', () => {
    changeActivityStatus('crisis', 'agreed', 'Ctrl+Z');
    answerWhyItWaits(park(), 'Waits for Legal');
    expect(crisis()).toMatchObject({ status: 'parked', parkingNote: 'Waits for Legal' });
    expect(statusesOfPast()).toEqual([undefined, 'agreed']);
    expect(history().future).toEqual([]);
    expect(useSessionStore.getState().status.text).toBe('Noted why Lead crisis response waits.');
    useDocumentStore.getState().undo();
    expect(crisis()?.status).toBe('agreed');
    expect(crisis()?.parkingNote).toBeUndefined();
  });

  it('returns no step when the row already stood there, and then records the answer as a step of its own', () => {
    park();
    const again = park();
    expect(again.step).toBeUndefined();
    answerWhyItWaits(again, 'Waits for Legal');
    expect(statusesOfPast()).toEqual([undefined, 'parked']);
    expect(crisis()?.parkingNote).toBe('Waits for Legal');
  });

  it('leaves everything alone when the question is closed without an answer', () => {
    const question = park();
    const after = history();
    answerWhyItWaits(question, undefined);
    expect(history()).toBe(after);
  });

  it('drops the note of a disputed row with an empty answer, within the same step', () => {
    answerWhyItWaits({ activityId: 'crisis', status: 'disputed', step: changeActivityStatus('crisis', 'disputed', 'Ctrl+Z') }, 'Budget first');
    const question = park();
    expect(crisis()?.parkingNote).toBe('Budget first');
    answerWhyItWaits(question, '');
    expect(crisis()?.parkingNote).toBeUndefined();
    expect(useSessionStore.getState().status.text).toBe('Lead crisis response waits without a reason.');
    useDocumentStore.getState().undo();
    expect(crisis()).toMatchObject({ status: 'disputed', parkingNote: 'Budget first' });
  });

  it('records a step of its own once another edit came between, and nothing for a row no longer waiting', () => {
    const question = park();
    changeActivityStatus('policy', 'agreed', 'Ctrl+Z');
    answerWhyItWaits(question, 'Waits for Legal');
    expect(history().past).toHaveLength(3);
    expect(crisis()?.parkingNote).toBe('Waits for Legal');
    const undone = park();
    useDocumentStore.getState().undo();
    useDocumentStore.getState().undo();
    useDocumentStore.getState().undo();
    const before = history();
    answerWhyItWaits(undone, 'Too late');
    expect(history()).toBe(before);
  });

  it('does not fold into a status step that was undone and redone elsewhere', () => {
    const question = park();
    changeActivityStatus('policy', 'agreed', 'Ctrl+Z');
    useDocumentStore.getState().undo();
    // The present is the status step again, but a redo waits: folding into it would lose that redo.
    expect(history().present).toBe(question.step);
    answerWhyItWaits(question, 'Waits for Legal');
    expect(history().past).toHaveLength(2);
    expect(history().future).toEqual([]);
  });
});
