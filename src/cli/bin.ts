import { exitCodes } from './exitCodes';
import { main } from './main';

// The installed command: the real streams and environment, and the exit code set rather than forced, so
// whatever is still being written to a pipe gets out before Node exits.
try {
  process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }, process.env);
} catch (error) {
  process.stderr.write(`raci-workshop: an unexpected fault stopped the command: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = exitCodes.internal;
}
