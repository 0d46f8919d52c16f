import { useEffect, useRef } from 'react';
import type { CheckScope } from '../../domain/checks/checkDocument';
import type { Finding } from '../../domain/checks/findings';
import { groupChanges } from '../../domain/compare/changeSections';
import { errorsAfterMerge } from '../../domain/compare/mergeBreaks';
import { mergeChanges, withDependents, withRequirements } from '../../domain/compare/mergeChanges';
import { indexRowChanges, type ChangeChoice, type RowChanges } from '../../domain/compare/rowChanges';
import { diffWorkshops, type WorkshopChange } from '../../domain/compare/workshopChanges';
import type { RaciDocument } from '../../domain/model';
import { choiceIn, setChoices, setRowMarks, stopComparing, useCompareSession, type CompareSession } from '../../store/compareSession';
import { reportOf } from '../../store/checkReport';
import { currentDocument, selectDocument, useDocumentStore } from '../../store/documentStore';

// One diff per pair of documents, however often it is asked for: the list and the board's marks share it.
let cached: { open: RaciDocument; other: RaciDocument; changes: readonly WorkshopChange[] } | undefined;

export function changesOf(open: RaciDocument, other: RaciDocument): readonly WorkshopChange[] {
  if (cached?.open !== open || cached.other !== other) cached = { open, other, changes: diffWorkshops(open, other) };
  return cached.changes;
}

/** The changes of the comparison under way, from the open document as it is now. */
export function useComparedChanges(session: CompareSession): readonly WorkshopChange[] {
  const doc = useDocumentStore(selectDocument);
  return changesOf(doc, session.other);
}

/**
 * Accepting a change accepts what it needs (an assignment of a new department, the department); rejecting
 * one rejects what cannot stand without it.
 */
export function chooseChanges(ids: readonly string[], choice: ChangeChoice): void {
  const { session } = useCompareSession.getState();
  if (!session) return;
  const changes = changesOf(currentDocument(), session.other);
  const touched = choice === 'accepted' ? withRequirements(changes, new Set(ids)) : choice === 'rejected' ? withDependents(changes, new Set(ids)) : new Set(ids);
  const choices = { ...session.choices };
  for (const id of touched) {
    if (choice === 'pending') delete choices[id];
    else choices[id] = choice;
  }
  setChoices(choices);
}

/** Applies the accepted changes as one undoable step and ends the comparison; returns how many there were. */
export function mergeAccepted(): number {
  const { session } = useCompareSession.getState();
  if (!session) return 0;
  const accepted = changesOf(currentDocument(), session.other).filter((c) => session.choices[c.id] === 'accepted');
  useDocumentStore.getState().apply((doc) => mergeChanges(doc, session.other, accepted));
  stopComparing();
  return accepted.length;
}

/** What a merge as decided leaves out and breaks, and what accepting the undecided ones too would break. */
export interface BeforeMerging {
  readonly accepted: number;
  readonly undecided: readonly WorkshopChange[];
  /** Errors the merge as decided creates, that the open workshop does not have. */
  readonly newErrors: readonly Finding[];
  /** The same, were the undecided changes accepted too. */
  readonly newErrorsIfAccepted: readonly Finding[];
}

export function beforeMerging(open: RaciDocument, session: CompareSession, scope: CheckScope): BeforeMerging {
  const changes = changesOf(open, session.other);
  const accepted = changes.filter((c) => choiceIn(session, c.id) === 'accepted');
  // In the list's order, so the first one named is the first one the list shows.
  const undecided = groupChanges(changes.filter((c) => choiceIn(session, c.id) === 'pending')).flatMap((g) => g.changes);
  const openReport = reportOf(open);
  const errorsOf = (merged: readonly WorkshopChange[]) => errorsAfterMerge(open, session.other, merged, scope, openReport);
  const all = withRequirements(changes, new Set([...accepted, ...undecided].map((c) => c.id)));
  return {
    accepted: accepted.length,
    undecided,
    newErrors: errorsOf(accepted),
    newErrorsIfAccepted: undecided.length === 0 ? [] : errorsOf(changes.filter((c) => all.has(c.id))),
  };
}

/** Keeps the board's marks in step with the open document and the choices made. */
export function useBoardMarks(session: CompareSession): void {
  const doc = useDocumentStore(selectDocument);
  const previous = useRef<ReadonlyMap<string, RowChanges>>(new Map());
  useEffect(() => {
    previous.current = indexRowChanges(changesOf(doc, session.other), (id) => choiceIn(session, id), doc, session.other, previous.current);
    setRowMarks(previous.current);
  }, [doc, session]);
}
