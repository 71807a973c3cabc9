// Writes the files generated from the field catalogue of @yangui/core:
// docs/data-dictionary.md, formatted with Prettier as `pnpm lint` expects,
// and the blank CSV templates in docs/templates/. Run `pnpm build` first,
// because this reads packages/core/dist.
//
//   node scripts/write-docs.mjs   (or: pnpm docs:dictionary)

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const root = fileURLToPath(new URL('..', import.meta.url));
const coreEntry = join(root, 'packages/core/dist/index.js');

let core;
try {
  core = await import(coreEntry);
} catch (error) {
  process.stderr.write(
    `error: cannot load ${relative(root, coreEntry)}: ${error.message}\nhint: run \`pnpm build\` first.\n`,
  );
  process.exit(1);
}

/** Writes a file under the repository root and prints its path. */
function writeOutput(path, text) {
  const target = join(root, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text, 'utf8');
  process.stdout.write(`wrote ${path}\n`);
}

/** Formats Markdown with the repository's Prettier settings for `path`. */
async function formatMarkdown(path, text) {
  const filepath = join(root, path);
  const config = await prettier.resolveConfig(filepath);
  return prettier.format(text, { ...config, filepath });
}

const dictionaryPath = 'docs/data-dictionary.md';
writeOutput(
  dictionaryPath,
  await formatMarkdown(dictionaryPath, core.renderDataDictionary()),
);
for (const kind of core.recordKinds) {
  writeOutput(
    `docs/templates/${core.templateFileName(kind)}`,
    core.renderTemplateCsv(kind),
  );
}
