// Builds the returnee form example into examples/form/dist: index.html with
// one input per returnee field of the catalogue, and form.ts bundled by
// esbuild for the browser.
//
//   node examples/form/build.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import {
  exampleReturneeInput,
  outMigrantFields,
  returneeFields,
} from '@yangui/core';
import * as esbuild from 'esbuild';

const formDir = path.dirname(fileURLToPath(import.meta.url));

/** Default output folder. */
export const defaultOutDir = path.join(formDir, 'dist');

/**
 * Input modes that bring up a fitting on-screen keyboard, by field type.
 *
 * @type {Partial<Record<string, string>>}
 */
const inputModes = { integer: 'numeric', decimal: 'decimal', phone: 'tel' };

/**
 * Escapes text for HTML element content and attribute values.
 *
 * @param {string} text
 */
function escapeHtml(text) {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/**
 * Returns the Chinese label with the unit in brackets, unless the label
 * already ends with it, as 投资额(万元) does.
 *
 * @param {import('@yangui/core').FieldSpec} spec
 */
function labelText(spec) {
  const label = spec.label['zh-CN'];
  const unit = spec.unit?.['zh-CN'];
  if (
    unit === undefined ||
    label.endsWith(`(${unit})`) ||
    label.endsWith(`（${unit}）`)
  ) {
    return label;
  }
  return `${label}（${unit}）`;
}

/**
 * Renders one field: label, input, the catalogue's description as a hint,
 * an empty error line and, for a field with a code list, its Chinese labels
 * as suggestions.
 *
 * @param {import('@yangui/core').FieldSpec} spec
 */
function renderField(spec) {
  const id = `field-${spec.name}`;
  const required =
    spec.required === 'always'
      ? '<span class="required" aria-hidden="true">*</span>'
      : '';
  const listId = spec.codeList === undefined ? '' : `codes-${spec.name}`;
  const inputMode = inputModes[spec.type];

  const attributes = [
    `id="${id}"`,
    `name="${spec.name}"`,
    'type="text"',
    'autocomplete="off"',
    `aria-describedby="hint-${spec.name} error-${spec.name}"`,
    spec.required === 'always' ? 'aria-required="true"' : '',
    listId === '' ? '' : `list="${listId}"`,
    inputMode === undefined ? '' : `inputmode="${inputMode}"`,
  ].filter((attribute) => attribute !== '');
  const options =
    spec.codeList?.entries
      .map((entry) => `<option value="${escapeHtml(entry.zh)}"></option>`)
      .join('') ?? '';

  return [
    `<div class="field" data-field="${spec.name}">`,
    `  <label for="${id}">${escapeHtml(labelText(spec))}${required}</label>`,
    `  <input ${attributes.join(' ')} />`,
    listId === '' ? '' : `  <datalist id="${listId}">${options}</datalist>`,
    `  <p class="hint" id="hint-${spec.name}">${escapeHtml(spec.description['zh-CN'])}</p>`,
    `  <p class="error" id="error-${spec.name}" hidden></p>`,
    '</div>',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * Renders the returnee fields in two groups: the fields both databases
 * share, then the fields about work and business at home.
 */
function renderFieldsets() {
  /** @type {Set<string>} */
  const shared = new Set(outMigrantFields.map((spec) => spec.name));
  /** @type {[string, import('@yangui/core').FieldSpec[]][]} */
  const groups = [
    ['基本情况', returneeFields.filter((spec) => shared.has(spec.name))],
    [
      '返乡就业创业情况',
      returneeFields.filter((spec) => !shared.has(spec.name)),
    ],
  ];
  return groups
    .map(
      ([legend, specs]) =>
        `<fieldset>\n<legend>${legend}</legend>\n${specs.map(renderField).join('\n')}\n</fieldset>`,
    )
    .join('\n');
}

/**
 * Renders the catalogue's example record as JSON for the "填入示例"
 * button. `<` is escaped so the text cannot close the script element.
 */
function renderExample() {
  const json = JSON.stringify(exampleReturneeInput).replaceAll('<', '\\u003c');
  return `<script type="application/json" id="example-record">${json}</script>`;
}

/**
 * Replaces the one placeholder comment `<!-- name -->` of the template.
 *
 * @param {string} template
 * @param {string} name
 * @param {string} content
 */
function fillPlaceholder(template, name, content) {
  const placeholder = `<!-- ${name} -->`;
  if (template.split(placeholder).length !== 2) {
    throw new Error(
      `index.html must contain the placeholder ${placeholder} exactly once.`,
    );
  }
  return template.replace(placeholder, () => content);
}

/**
 * Writes index.html and form.js into `outDir`, creating the folder.
 *
 * @param {{ outDir?: string }} [options]
 * @returns {Promise<{ outDir: string, scriptBytes: number }>}
 */
export async function buildForm(options = {}) {
  const outDir = options.outDir ?? defaultOutDir;
  mkdirSync(outDir, { recursive: true });

  let html = readFileSync(path.join(formDir, 'index.html'), 'utf8');
  html = fillPlaceholder(html, 'fields', renderFieldsets());
  html = fillPlaceholder(html, 'example', renderExample());
  writeFileSync(path.join(outDir, 'index.html'), html);

  const result = await esbuild.build({
    entryPoints: [path.join(formDir, 'form.ts')],
    outfile: path.join(outDir, 'form.js'),
    bundle: true,
    minify: true,
    sourcemap: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    metafile: true,
    logLevel: 'warning',
  });
  const script = Object.entries(result.metafile.outputs).find(([file]) =>
    file.endsWith('form.js'),
  );
  return { outDir, scriptBytes: script?.[1].bytes ?? 0 };
}

const invokedDirectly =
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;

if (invokedDirectly) {
  const { outDir, scriptBytes } = await buildForm();
  console.log(
    `Built the form into ${path.relative(process.cwd(), outDir) || '.'} (form.js: ${scriptBytes} bytes). Open index.html through a local web server.`,
  );
}
