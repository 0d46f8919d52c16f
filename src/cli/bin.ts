import { main } from './main';

// The installed command: the real streams and environment, and the exit code set rather than forced, so
// whatever is still being written to a pipe gets out before Node exits.
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }, process.env);
