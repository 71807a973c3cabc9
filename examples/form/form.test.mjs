// End-to-end test of the form example: builds it, serves examples/form/dist
// on 127.0.0.1 and drives Debian's Chromium through a record with a wrong
// check character and a valid record.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import {
  exampleReturneeInput,
  idMessages,
  maskResidentId,
  residentIdCheckCharacter,
} from '@yangui/core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ensureCoreBuilt } from '../../packages/core/test/packaging/dist.mjs';
import { serveFolder } from '../../site/test/helpers.ts';
import { buildForm } from './build.mjs';

const formDir = path.dirname(fileURLToPath(import.meta.url));
const tsc = path.resolve(formDir, '../../node_modules/.bin/tsc');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The example's resident ID and the same number with a wrong check character. */
const goodId = exampleReturneeInput.residentId ?? '';
const correctCheck = residentIdCheckCharacter(goodId.slice(0, 17));
const badId = goodId.slice(0, 17) + (correctCheck === '0' ? '1' : '0');

/**
 * Splits a message template at its `{placeholders}`, giving the fixed text
 * that every message of that code contains.
 *
 * @param {string} template
 */
function fixedParts(template) {
  return template.split(/\{\w+\}/u).filter((part) => part !== '');
}

// esbuild strips the types of form.ts without checking them.
describe('form.ts', () => {
  it('type-checks against the package exports', () => {
    const result = spawnSync(tsc, ['-p', formDir], { encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('returnee form in Chromium', () => {
  /** @type {import('node:http').Server} */
  let server;
  let origin = '';
  /** @type {import('playwright-core').Browser} */
  let browser;
  /** @type {import('playwright-core').Page} */
  let page;

  beforeAll(async () => {
    if (!existsSync(chromiumPath)) {
      throw new Error(
        `Chromium not found at ${chromiumPath}: install it with ` +
          '`apt-get install -y chromium fonts-noto-cjk` or set CHROMIUM_PATH.',
      );
    }
    await ensureCoreBuilt();
    const { outDir } = await buildForm();
    ({ server, origin } = await serveFolder(outDir));
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
    });
    // The page loads only its own files; anything else would be a leak.
    await context.route('**/*', (route) =>
      route.request().url().startsWith(origin)
        ? route.continue()
        : route.abort(),
    );
    page = await context.newPage();
    await page.goto(`${origin}/`);
  });

  afterAll(async () => {
    await browser?.close();
    if (server !== undefined) {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('bad check character shows the checksum message', async () => {
    await page.getByRole('button', { name: '填入示例' }).click();
    await page.getByLabel('公民身份号码').fill(badId);
    await page.getByRole('button', { name: '检查' }).click();

    const error = page.locator('#error-residentId');
    await expect.poll(() => error.isVisible()).toBe(true);
    const text = await error.innerText();
    for (const part of fixedParts(idMessages.id_bad_checksum['zh-CN'])) {
      expect(text).toContain(part);
    }
    expect(text).toContain(maskResidentId(badId));
    expect(text).not.toContain(badId);
    expect(
      await page.getByLabel('公民身份号码').getAttribute('aria-invalid'),
    ).toBe('true');
    expect(await page.locator('#result').isVisible()).toBe(false);
    expect(await page.locator('#summary').innerText()).toContain('需要更正');

    // Set YANGUI_FORM_SCREENSHOT=/tmp/form.png to review the layout.
    const screenshot = process.env.YANGUI_FORM_SCREENSHOT;
    if (screenshot !== undefined) {
      await page.screenshot({ path: screenshot, fullPage: true });
    }
  });

  it('valid record shows the masked record', async () => {
    await page.getByLabel('公民身份号码').fill(goodId);
    await page.getByRole('button', { name: '检查' }).click();

    const result = page.locator('#result');
    await expect.poll(() => result.isVisible()).toBe(true);
    expect(await page.locator('.error:visible').count()).toBe(0);

    const text = await page.locator('#record').innerText();
    expect(text).not.toContain(goodId);
    const record = JSON.parse(text);
    expect(record.residentId).toBe(maskResidentId(goodId));
    expect(record.name).toBe(exampleReturneeInput.name);
    expect(record.status).toBe('self_employed');
    expect(record.returnedAt).toBe('2023-02');
    expect(await page.locator('#summary').innerText()).toContain('校验通过');
  });
});
