import { useCallback, useMemo, useState } from 'react';
import { statusProgress } from '../../domain/activityStatus';
import { findingKey, severities, type Finding, type Severity } from '../../domain/checks/findings';
import { severityCount, severityCounts } from '../../domain/checks/severityWords';
import { FindingItem } from './FindingItem';
import { ParkingLot } from './ParkingLot';
import { chooseCheckScope, selectReport, useCheckScope, useJudgedReport } from '../../store/checkReport';
import { selectDocument, useDocumentStore } from '../../store/documentStore';
import { useSessionStore } from '../../store/sessionStore';
import { usePanelsBesideBoard } from '../../ui/panelLayout';

interface CheckPanelProps {
  /** Presenter mode: where the matrix stands, and nothing to operate. */
  readonly summaryOnly?: boolean;
}

/**
 * The live checks: progress, counts and health, and every finding, each one a way to its row or department.
 * While the workshop is under way it leads with progress and judges the rows the room has touched; every
 * rule over every row is one click away. The summary is a polite live region, so a screen reader hears how
 * a drop changed the matrix.
 */
export function CheckPanel({ summaryOnly = false }: CheckPanelProps) {
  const scope = useCheckScope();
  const report = useJudgedReport();
  const literal = useDocumentStore(selectReport);
  const activities = useDocumentStore((s) => selectDocument(s).activities);
  const { counts: rowCounts, parkingLot } = useMemo(() => statusProgress(activities), [activities]);
  const pointAt = useSessionStore((s) => s.pointAt);
  const showDialog = useSessionStore((s) => s.showDialog);
  // Until someone hides or shows the findings, the panel keeps to its summary while it has nothing urgent
  // to say (no error, no warning); once it has, it opens, and it never closes by itself: a panel that folds
  // away under the focus helps nobody. Beside the board it opens within its own width, so no lane moves
  // between two drops; under the board (a tablet) opening would shorten the board under the pointer, so
  // there it opens only when asked and its one-line summary says the counts. The app gives each workshop a
  // panel of its own, so the next workshop starts from its own report.
  const beside = usePanelsBesideBoard();
  const [collapsedByChoice, setCollapsed] = useState<boolean | undefined>(undefined);
  const [hidden, setHidden] = useState<ReadonlySet<Severity>>(new Set());
  const { counts, health, nothingToCheck, settledActivities, totalActivities } = report;
  const underWay = scope === 'under-way';
  const stillToDo = report.untouchedActivities.size;
  const urgent = beside && (nothingToCheck !== undefined || counts.error > 0 || counts.warning > 0);
  const [openedByItself, setOpenedByItself] = useState(urgent);
  if (urgent && !openedByItself) setOpenedByItself(true);
  const collapsed = summaryOnly || (collapsedByChoice ?? !openedByItself);

  const toggle = (severity: Severity) => {
    const next = new Set(hidden);
    if (!next.delete(severity)) next.add(severity);
    setHidden(next);
  };
  const point = useCallback(
    (finding: Finding) =>
      pointAt(finding.activityId !== undefined ? { kind: 'activity', id: finding.activityId } : { kind: 'department', id: finding.departmentId ?? '' }),
    [pointAt],
  );
  const shown = report.findings.filter((f) => !hidden.has(f.severity));
  // The noun follows the total: "1 of 1 activity settled", "0 of 22 activities settled".
  const progress = `${settledActivities} of ${totalActivities} ${totalActivities === 1 ? 'activity' : 'activities'} settled`;
  const toDo = `${stillToDo} still to do`;
  const countsText = severityCounts(counts);
  // Where the room stands, once it has said anything about a row.
  const rowsSaid = rowCounts.agreed + rowCounts.disputed + rowCounts.parked > 0;
  const rows = `${rowCounts.agreed} agreed, ${rowCounts.disputed} disputed, ${rowCounts.parked} parked`;
  const summary = nothingToCheck
    ? nothingToCheck
    : underWay
      ? `${progress}, ${toDo}. In the rows under way: ${countsText}.${rowsSaid ? ` Rows: ${rows}.` : ''}`
      : `Every row: ${countsText}. Health ${health} of 100. ${progress}.${rowsSaid ? ` Rows: ${rows}.` : ''}`;
  const literalCounts = severityCounts(literal.counts);

  return (
    <section className={`checks${collapsed ? ' checks--collapsed' : ''}${summaryOnly ? ' checks--summary' : ''}`} aria-label="Checks">
      <header className="checks__header">
        <h2 className="checks__title">Checks</h2>
        <button
          type="button"
          hidden={summaryOnly}
          className="checks__toggle"
          aria-expanded={!collapsed}
          aria-controls="checks-body"
          onClick={() => setCollapsed(!collapsed)}
          title={collapsed ? 'Show the findings' : 'Hide the findings'}
        >
          {collapsed ? 'Show' : 'Hide'}
        </button>
      </header>
      <div className="checks__summary" role="status" aria-live="polite">
        {/* A score over an empty matrix would claim a perfect one: a dash says there is none yet. */}
        {underWay && !nothingToCheck ? (
          <p className="checks__health checks__health--progress" aria-hidden="true">
            <span className="checks__score">
              {settledActivities}
              <span className="checks__of"> of {totalActivities}</span>
            </span>
            <span className="checks__score-label">settled</span>
          </p>
        ) : (
          <p className="checks__health" data-health={nothingToCheck ? undefined : health} aria-hidden="true">
            <span className="checks__score">{nothingToCheck ? '–' : health}</span>
            <span className="checks__score-label">health</span>
          </p>
        )}
        <p className="checks__counts" aria-hidden="true">
          <span className="checks__count checks__count--error">{severityCount(counts.error, 'error')}</span>
          <span className="checks__count checks__count--warning">{severityCount(counts.warning, 'warning')}</span>
          <span className="checks__count checks__count--info">{severityCount(counts.info, 'info')}</span>
        </p>
        <p className="checks__progress" aria-hidden="true">
          {nothingToCheck ? '' : underWay ? toDo : progress}
        </p>
        {rowsSaid ? (
          <p className="checks__rows" aria-hidden="true">
            {rows}
          </p>
        ) : null}
        <span className="visually-hidden">{summary}</span>
      </div>
      {nothingToCheck || summaryOnly ? null : (
        <button
          type="button"
          className="checks__scope"
          aria-pressed={!underWay}
          onClick={() => chooseCheckScope(underWay ? 'everything' : 'under-way')}
          title={underWay ? `Every rule over every row, as the charter judges it: ${literalCounts}` : 'Judge only the rows the room has touched so far'}
        >
          Judge every row
        </button>
      )}
      <div id="checks-body" className="checks__body" hidden={collapsed}>
        <div className="checks__filters" role="group" aria-label="Show findings by severity">
          {severities.map((severity) => (
            <button key={severity} type="button" className="checks__severity" aria-pressed={!hidden.has(severity)} onClick={() => toggle(severity)}>
              {severityCount(counts[severity], severity)}
            </button>
          ))}
        </div>
        {nothingToCheck ? (
          <p className="checks__empty">{nothingToCheck}</p>
        ) : report.findings.length === 0 ? (
          <p className="checks__empty">{underWay && stillToDo > 0 ? 'No gaps and no conflicts in the rows under way.' : 'No gaps and no conflicts: every rule holds.'}</p>
        ) : shown.length === 0 ? (
          <p className="checks__empty">All findings are filtered out.</p>
        ) : (
          <ul className="checks__list" aria-label="Findings">
            {shown.map((finding) => (
              <FindingItem key={findingKey(finding)} finding={finding} onPoint={point} />
            ))}
          </ul>
        )}
        <ParkingLot rows={parkingLot} />
        <button type="button" className="checks__settings" onClick={() => showDialog('check-settings')}>
          Check settings…
        </button>
      </div>
    </section>
  );
}
