import { Component, type ErrorInfo, type ReactNode } from 'react';
import { downloadWorkshopFile } from '../features/library/saveWorkshopFile';
import { currentDocument } from '../store/documentStore';

interface RecoveryBoundaryState {
  readonly error: Error | undefined;
}

/** A rendering error must not cost the matrix: the store still holds it, so offer it as a file. */
export class RecoveryBoundary extends Component<{ children: ReactNode }, RecoveryBoundaryState> {
  override state: RecoveryBoundaryState = { error: undefined };

  static getDerivedStateFromError(error: unknown): RecoveryBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('The board failed to render', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="recovery" role="alert">
        <h1>Something went wrong while showing the board</h1>
        <p>Your workshop is still here. Download it as a file to be safe, then try again.</p>
        <p className="recovery__detail">{this.state.error.message}</p>
        <div className="editor__actions">
          <button type="button" className="primary" onClick={() => downloadWorkshopFile(currentDocument())}>Download the workshop (JSON)</button>
          <button type="button" onClick={() => this.setState({ error: undefined })}>Try again</button>
          <button type="button" onClick={() => window.location.reload()}>Reload</button>
        </div>
      </main>
    );
  }
}
