import { useCallback, useMemo, useState } from 'react';
import { statusProgress } from '../../domain/activityStatus';
import { findingKey, severities, type Finding, type Severity } from '../../domain/checks/findings';
import { severityCount } from '../../domain/checks/severityWords';
import { FindingItem } from './FindingItem';
import { ParkingLot } from './ParkingLot';
import { selectReport } from '../../store/checkReport';
import { selectDocument, useDocumentStore } from '../../store/documentStore';
import { useSessionStore } from '../../store/sessionStore';

/**
 * The live checks: counts, health and progress, and every finding, each one a way to its row or department.
 * The summary is a polite live region, so a screen reader hears how a drop changed the matrix.
 */
export function CheckPanel() {
  const report = useDocumentStore(selectReport);
  const activities = useDocumentStore((s) => selectDocument(s).activities);
  const { counts: rowCounts, parkingLot } = useMemo(() => statusProgress(activities), [activities]);
  const pointAt = useSessionStore((s) => s.pointAt);
  const showDialog = useSessionStore((s) => s.showDialog);
  // Until someone hides or shows the findings, the panel keeps to its summary while it has nothing urgent
  // to say (no error, no warning), giving the board the room; once it has, it opens, and it never closes by
  // itself: a panel that folds away under the focus, or resizes the board after a drop, helps nobody. The
  // app gives each workshop a panel of its own, so the next workshop starts from its own report.
  const [collapsedByChoice, setCollapsed] = useState<boolean | undefined>(undefined);
  const [hidden, setHidden] = useState<ReadonlySet<Severity>>(new Set());
  const [skipUntouched, setSkipUntouched] = useState(false);
  const { counts, health, nothingToCheck, ownedActivities, totalActivities } = report;
  const urgent = nothingToCheck !== undefined || counts.error > 0 || counts.warning > 0;
  const [openedByItself, setOpenedByItself] = useState(urgent);
  if (urgent && !openedByItself) setOpenedByItself(true);
  const collapsed = collapsedByChoice ?? !openedByItself;

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
  const untouched = (f: Finding) => f.activityId !== undefined && report.untouchedActivities.has(f.activityId);
  const shown = report.findings.filter((f) => !hidden.has(f.severity) && !(skipUntouched && untouched(f)));
  const progress = `${ownedActivities} of ${totalActivities} activities have an owner`;
  // Where the room stands, once it has said anything about a row.
  const rowsSaid = rowCounts.agreed + rowCounts.disputed + rowCounts.parked > 0;
  const rows = `${rowCounts.agreed} agreed, ${rowCounts.disputed} disputed, ${rowCounts.parked} parked`;
  const summary = nothingToCheck
    ? `${nothingToCheck} ${progress}.`
    : `${severities.map((s) => severityCount(counts[s], s)).join(', ')}. Health ${health} of 100. ${progress}.${rowsSaid ? ` Rows: ${rows}.` : ''}`;

  return (
    <section className={`checks${collapsed ? ' checks--collapsed' : ''}`} aria-label="Checks">
      <header className="checks__header">
        <h2 className="checks__title">Checks</h2>
        <button
          type="button"
          className="checks__toggle"
          aria-expanded={!collapsed}
          aria-controls="checks-body"
          onClick={() => setCollapsed(!collapsed)}
          title={collapsed ? 'Show the findings' : 'Hide the findings (more room for the board)'}
        >
          {collapsed ? 'Show' : 'Hide'}
        </button>
      </header>
      <div className="checks__summary" role="status" aria-live="polite">
        {/* A score over an empty matrix would claim a perfect one: a dash says there is none yet. */}
        <p className="checks__health" data-health={nothingToCheck ? undefined : health} aria-hidden="true">
          <span className="checks__score">{nothingToCheck ? '–' : health}</span>
          <span className="checks__score-label">health</span>
        </p>
        <p className="checks__counts" aria-hidden="true">
          <span className="checks__count checks__count--error">{severityCount(counts.error, 'error')}</span>
          <span className="checks__count checks__count--warning">{severityCount(counts.warning, 'warning')}</span>
          <span className="checks__count checks__count--info">{severityCount(counts.info, 'info')}</span>
        </p>
        <p className="checks__progress" aria-hidden="true">
          {progress}
        </p>
        {rowsSaid ? (
          <p className="checks__rows" aria-hidden="true">
            {rows}
          </p>
        ) : null}
        <span className="visually-hidden">{summary}</span>
      </div>
      <div id="checks-body" className="checks__body" hidden={collapsed}>
        <div className="checks__filters" role="group" aria-label="Show findings by severity">
          {severities.map((severity) => (
            <button key={severity} type="button" className="checks__severity" aria-pressed={!hidden.has(severity)} onClick={() => toggle(severity)}>
              {severityCount(counts[severity], severity)}
            </button>
          ))}
          {!nothingToCheck && report.untouchedActivities.size > 0 ? (
            <button
              type="button"
              className="checks__skip"
              aria-pressed={skipUntouched}
              onClick={() => setSkipUntouched(!skipUntouched)}
              title="During the workshop, rows nobody has a role in yet are work still to do"
            >
              Skip {report.untouchedActivities.size} untouched {report.untouchedActivities.size === 1 ? 'row' : 'rows'}
            </button>
          ) : null}
        </div>
        {nothingToCheck ? (
          <p className="checks__empty">{nothingToCheck}</p>
        ) : report.findings.length === 0 ? (
          <p className="checks__empty">No gaps and no conflicts: every rule holds.</p>
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
