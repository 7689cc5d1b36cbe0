// Runs several Node tools at once and fails if any fails: the build's lint and render steps are
// independent of one another, and run one after the other they left a core idle for seconds.
// Usage: node scripts/concurrently.mjs <script> [args...] [:: <script> [args...]]...
// Each script runs with this Node; its output is printed whole, in the order given, once all end.
import { spawn } from 'node:child_process';

const commands = [];
let current = [];
for (const arg of process.argv.slice(2)) {
  if (arg === '::') {
    commands.push(current);
    current = [];
  } else {
    current.push(arg);
  }
}
commands.push(current);
if (commands.some((command) => command.length === 0)) {
  console.error('concurrently: an empty command');
  process.exit(2);
}

const runs = commands.map((command) => new Promise((resolve) => {
  const child = spawn(process.execPath, command, { stdio: ['ignore', 'pipe', 'pipe'] });
  const output = [];
  child.stdout.on('data', (chunk) => output.push(chunk));
  child.stderr.on('data', (chunk) => output.push(chunk));
  child.on('error', (error) => resolve({ command, code: 1, output: [Buffer.from(`${error}\n`)] }));
  child.on('close', (code) => resolve({ command, code, output }));
}));

let failed = 0;
for (const { command, code, output } of await Promise.all(runs)) {
  process.stdout.write(Buffer.concat(output));
  if (code !== 0) {
    failed++;
    console.error(`concurrently: failed (exit ${code}): ${command.join(' ')}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
