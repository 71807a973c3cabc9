import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { idMessages } from '../id/index.js';
import { registryMessages } from '../registry/index.js';
import { readSurveyCsv } from '../validate/index.js';
import { fieldsOf } from './catalogue.js';
import { codeListsUsed } from './dictionary-reference.js';
import { renderDataDictionary } from './dictionary.js';
import { recordKinds } from './spec.js';
import { renderTemplateCsv, templateFileName } from './template.js';

const docsUrl = new URL('../../../../docs/', import.meta.url);
const dictionaryPath = fileURLToPath(new URL('data-dictionary.md', docsUrl));
const staleHint = 'is out of date: run `pnpm build && pnpm docs:dictionary`';

/** Formats the rendered page as scripts/write-docs.mjs does. */
async function formatDictionary(): Promise<string> {
  const config = await resolveConfig(dictionaryPath);
  return format(renderDataDictionary(), {
    ...config,
    filepath: dictionaryPath,
  });
}

describe('renderDataDictionary', () => {
  const markdown = renderDataDictionary();

  it.each(recordKinds)('documents every %s field', (kind) => {
    for (const spec of fieldsOf(kind)) {
      const [header, ...aliases] = spec.headers;
      expect(markdown, spec.name).toContain(
        `| ${header} | ${aliases.join(', ')} | \`${spec.name}\` |`,
      );
      expect(markdown, spec.name).toContain(spec.description['zh-CN']);
      expect(markdown, spec.name).toContain(spec.description.en);
    }
  });

  it('states conditional requirements', () => {
    expect(markdown).toContain(
      'when 就业创业状态 is 自主创业: error `self_employed_field_missing`',
    );
    expect(markdown).toContain(
      'when 出生日期 is empty: error `resident_id_missing`; when 出生日期 is given: warning `resident_id_missing_with_birth_date`',
    );
  });

  it('lists every entry of used code lists', () => {
    for (const list of codeListsUsed()) {
      expect(markdown, list.id).toContain(`### Code list \`${list.id}\``);
      for (const entry of list.entries) {
        expect(markdown, `${list.id} ${entry.code}`).toContain(
          `- \`${entry.code}\`: ${entry.zh} (${entry.en})`,
        );
      }
    }
  });

  it('names every resident ID issue code', () => {
    for (const code of Object.keys(idMessages)) {
      expect(markdown, code).toContain(`\`${code}\``);
    }
  });

  it('names every registry issue code', () => {
    for (const code of Object.keys(registryMessages)) {
      expect(markdown, code).toContain(`\`${code}\``);
    }
  });

  it('matches docs/data-dictionary.md', async () => {
    const docs = readFileSync(dictionaryPath, 'utf8').replace(/\r\n/g, '\n');
    expect(docs, `docs/data-dictionary.md ${staleHint}`).toBe(
      await formatDictionary(),
    );
  });
});

describe.each(recordKinds)('renderTemplateCsv(%s)', (kind) => {
  const text = renderTemplateCsv(kind);
  const standardHeaders = fieldsOf(kind).map((spec) => spec.headers[0]);

  it('has a BOM and one CRLF header row', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.slice(1, -2)).toBe(standardHeaders.join(','));
  });

  it('reads back with every field', () => {
    const bytes = new TextEncoder().encode(text);
    const table = readSurveyCsv({ file: templateFileName(kind), bytes }, kind);
    expect(table.fatal).toBe(false);
    // A blank template has no data rows, which the reader reports.
    expect(table.issues.map((issue) => issue.code)).toEqual([
      'csv_no_data_rows',
    ]);
    expect(table.encoding).toBe('utf-8-bom');
    expect(table.columns.map((column) => column.field)).toEqual(
      fieldsOf(kind).map((spec) => spec.name),
    );
    expect(table.rows).toEqual([]);
  });

  it('matches docs/templates', () => {
    const path = `templates/${templateFileName(kind)}`;
    const bytes = readFileSync(new URL(path, docsUrl));
    expect(bytes.toString('utf8'), `docs/${path} ${staleHint}`).toBe(text);
  });
});
