// Builds the npm package of the TypeScript client, as `npm pack` makes it for a registry:
//
//   1. assembles target/typescript-package/: the generated client (target/generated-sources/typescript/src,
//      never edited) under src/client/, the hand-written helpers of src/main/ts/ beside it, a package.json
//      derived from the generated one (name and version come from the pom's npmName/npmVersion) and a
//      tsconfig.json;
//   2. compiles it with the repository's pinned tsc, strictly, to CommonJS plus .d.ts files in dist/;
//   3. packs it with `npm pack` into target/npm/<name>-<version>.tgz: compiled JavaScript and types only,
//      no dependencies, so installing it needs no registry;
//   4. unpacks that tarball into target/ts-build/node_modules/@live-engine/client, where the compiled
//      scenario (src/test/ts, outDir target/ts-build) finds it by its package name, as a user's code would.
//
// Run from the polyglot-clients module (the pom's typescript-package execution does, in the compile phase).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const moduleDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(moduleDir, 'target');
const generated = join(target, 'generated-sources', 'typescript');
const helpers = join(moduleDir, 'src', 'main', 'ts');
const packageDir = join(target, 'typescript-package');
const tarballDir = join(target, 'npm');
const log = (message) => console.log(`[typescript-package] ${message}`);

function fail(message) {
  console.error(`[typescript-package] ${message}`);
  process.exit(1);
}

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (result.error) {
    fail(`could not run ${command}: ${result.error.message}`);
  }
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '');
    fail(`${command} ${args.join(' ')} exited with ${result.status}`);
  }
  return result.stdout;
}

if (!existsSync(join(generated, 'src', 'index.ts'))) {
  fail(`${generated} holds no generated client: the openapi-generator execution "typescript" makes it`);
}

// 1. assemble
rmSync(packageDir, { recursive: true, force: true });
mkdirSync(join(packageDir, 'src'), { recursive: true });
cpSync(join(generated, 'src'), join(packageDir, 'src', 'client'), { recursive: true });
for (const file of readdirSync(helpers)) {
  if (file.endsWith('.ts')) {
    cpSync(join(helpers, file), join(packageDir, 'src', file));
  }
}
cpSync(join(helpers, 'README.md'), join(packageDir, 'README.md'));

const generatedManifest = JSON.parse(readFileSync(join(generated, 'package.json'), 'utf8'));
const manifest = {
  name: generatedManifest.name,
  version: generatedManifest.version,
  description:
    'Client for the Live Engine (TUILiveKit) server REST API, generated from its OpenAPI spec, with helpers ' +
    'for credentials, FAIL envelopes as typed errors, and webhook verification.',
  license: 'Apache-2.0',
  main: './dist/index.js',
  types: './dist/index.d.ts',
  exports: {
    '.': { types: './dist/index.d.ts', default: './dist/index.js' },
    './webhooks': { types: './dist/webhooks.d.ts', default: './dist/webhooks.js' },
    './package.json': './package.json',
  },
  // for TypeScript projects still on "moduleResolution": "node", which does not read "exports"
  typesVersions: { '*': { webhooks: ['./dist/webhooks.d.ts'] } },
  files: ['dist/', 'README.md'],
  sideEffects: false,
  engines: { node: '>=18' },
};
writeFileSync(join(packageDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

writeFileSync(
  join(packageDir, 'tsconfig.json'),
  `${JSON.stringify(
    {
      compilerOptions: {
        strict: true,
        noEmitOnError: true,
        noImplicitReturns: true,
        noFallthroughCasesInSwitch: true,
        noUncheckedIndexedAccess: true,
        noPropertyAccessFromIndexSignature: true,
        forceConsistentCasingInFileNames: true,
        module: 'node16', // CommonJS output: the package.json has no "type"
        target: 'ES2022', // Node.js 18 and later
        lib: ['ES2022', 'DOM'], // fetch, Response, URL
        types: ['node'], // the webhook helper uses node:crypto
        declaration: true,
        rootDir: 'src',
        outDir: 'dist',
        newLine: 'lf',
      },
      include: ['src/**/*.ts'],
    },
    null,
    2,
  )}\n`,
);
log(`assembled ${manifest.name}@${manifest.version} in ${packageDir}`);

// 2. compile
run(process.execPath, [join(moduleDir, 'scripts', 'tsc.mjs'), '-p', join(packageDir, 'tsconfig.json')], moduleDir);

// 3. pack
rmSync(tarballDir, { recursive: true, force: true });
mkdirSync(tarballDir, { recursive: true });
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const packed = JSON.parse(
  run(npm, ['pack', '--json', '--ignore-scripts', '--loglevel=error', '--pack-destination', tarballDir], packageDir),
);
const tarball = join(tarballDir, packed[0].filename);
log(`packed ${tarball} (${packed[0].entryCount} files, ${packed[0].size} bytes)`);

// 4. unpack where the compiled scenario resolves the package name
const installed = join(target, 'ts-build', 'node_modules', ...manifest.name.split('/'));
rmSync(installed, { recursive: true, force: true });
mkdirSync(installed, { recursive: true });
run('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1'], moduleDir);
log(`unpacked into ${installed}`);
