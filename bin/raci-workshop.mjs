#!/usr/bin/env node
// The command line runs the app's own TypeScript (codec and checks) through tsx, so a file is judged
// exactly as the app judges it.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
