/** Where a command writes: the process's streams when installed, strings in the tests. */
export interface Streams {
  readonly stdout: { write: (text: string) => unknown };
  readonly stderr: { write: (text: string) => unknown };
}
