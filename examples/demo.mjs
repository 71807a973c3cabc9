// Runs the sample county end to end: generate the survey exports, validate
// them, publish the aggregate bundle and build the public site from it.
// Usage: node examples/demo.mjs (after `pnpm build`; `pnpm demo` does both).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSampleCounty } from './sample-county/generate.mjs';

const root = path.resolve(fileURLToPath(import.meta.url), '../..');
const outRoot = path.join(root, 'examples/sample-county/out');
const dataDir = path.join(outRoot, 'data');
const bundleDir = path.join(outRoot, 'bundle');
const cli = path.join(root, 'packages/cli/dist/bin.js');
const asOf = '2026-09-30';

function step(title) {
  console.log(`\n== ${title}`);
}

function runCli(args, { allowRejected = false } = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    stdio: 'inherit',
  });
  const ok = result.status === 0 || (allowRejected && result.status === 1);
  if (!ok) {
    console.error(`yangui ${args[0]} failed with exit code ${result.status}`);
    process.exit(1);
  }
}

function csvFiles(folder) {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.csv'))
    .sort()
    .map((name) => path.relative(root, path.join(folder, name)));
}

step('Generating the sample county (seed fixed, same files every run)');
rmSync(outRoot, { recursive: true, force: true });
await generateSampleCounty({ outDir: dataDir });
const registry = path.relative(root, path.join(dataDir, 'registry.csv'));
const returneeFiles = csvFiles(path.join(dataDir, 'returnee'));
const outMigrantFiles = csvFiles(path.join(dataDir, 'out-migrant'));
console.log(
  `${returneeFiles.length} returnee files, ${outMigrantFiles.length} out-migrant files in ${path.relative(root, dataDir)}`,
);

step('Validating the returnee exports (faulty rows are expected)');
runCli(
  [
    'validate',
    '--kind',
    'returnee',
    '--registry',
    registry,
    '--max-issues',
    '10',
    '--report',
    path.relative(root, path.join(outRoot, 'returnee-issues.csv')),
    ...returneeFiles,
  ],
  { allowRejected: true },
);

step('Validating the out-migrant exports (faulty rows are expected)');
runCli(
  [
    'validate',
    '--kind',
    'out-migrant',
    '--registry',
    registry,
    '--max-issues',
    '10',
    '--report',
    path.relative(root, path.join(outRoot, 'out-migrant-issues.csv')),
    ...outMigrantFiles,
  ],
  { allowRejected: true },
);

step(`Publishing the aggregate bundle as of ${asOf}`);
runCli(
  [
    'publish',
    '--registry',
    registry,
    ...returneeFiles.flatMap((file) => ['--returnee', file]),
    ...outMigrantFiles.flatMap((file) => ['--out-migrant', file]),
    '--as-of',
    asOf,
    '--out',
    path.relative(root, bundleDir),
  ],
  { allowRejected: true },
);

step('Building the public site from the bundle');
const site = spawnSync('pnpm', ['--filter', '@yangui/site', 'run', 'build'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, YANGUI_BUNDLE: bundleDir },
});
if (site.status !== 0) {
  console.error('The site build failed; see the messages above.');
  process.exit(1);
}

const manifest = JSON.parse(
  readFileSync(path.join(bundleDir, 'manifest.json'), 'utf8'),
);
const table = readFileSync(
  path.join(bundleDir, 'returnee-indicators.csv'),
  'utf8',
)
  .replace(/^\uFEFF/, '')
  .split(/\r?\n/);
const countyRow = table[1].split(',');
step(`Published figures for ${manifest.county.name}, as of ${manifest.asOf}`);
manifest.indicators.forEach((indicator, index) => {
  console.log(`  ${indicator.label['zh-CN']}: ${countyRow[3 + index]}`);
});
console.log(`\nBundle: ${path.relative(root, bundleDir)}/`);
console.log(
  `Site:   site/dist/index.html (serve it with \`pnpm --filter @yangui/site preview\`)`,
);
