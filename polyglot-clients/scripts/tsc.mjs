// Runs the TypeScript compiler pinned in the repository's package-lock.json, passing on its
// arguments. It lives in the root node_modules, which the openapi module's build installs with
// scripts/ensure-node-modules.mjs; when it is missing, say so instead of a bare "Cannot find module".
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const tsc = join(repositoryRoot, 'node_modules', 'typescript', 'bin', 'tsc');

if (!existsSync(tsc)) {
  console.error(`[polyglot-clients] TypeScript is not installed: ${tsc} does not exist.`);
  console.error('[polyglot-clients] Install the pinned Node tools from the repository root with');
  console.error('[polyglot-clients]   node scripts/ensure-node-modules.mjs');
  console.error('[polyglot-clients] (the full build, ./mvnw -B verify, does this in the openapi module).');
  process.exit(1);
}

const result = spawnSync(process.execPath, [tsc, ...process.argv.slice(2)], { stdio: 'inherit' });
if (result.error) {
  console.error(`[polyglot-clients] could not run ${tsc}: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
