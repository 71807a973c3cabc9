import { readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildSite,
  fixtureBundle,
  serveFolder,
  type BuildResult,
} from './helpers.js';

// Figures of the fixture county 石桥县 (522298) and its three townships, as
// written in test/fixtures/bundle/returnee-indicators.csv.
const countyFigures = {
  returnees: '1,234',
  employedOrSelfEmployed: '987',
  selfEmployed: '156',
  inPark: '7',
  jobsCreated: '412',
  entitiesFounded: '23',
};
const townships = [
  { code: '522298100', name: '城关镇', returnees: '612', inPark: '*' },
  { code: '522298101', name: '青山乡', returnees: '389', inPark: '0' },
  { code: '522298102', name: '河西街道', returnees: '233', inPark: '*' },
];
const crossTableIds = [
  'out-migrant-province',
  'out-migrant-industry',
  'out-migrant-education',
  'out-migrant-return-intention',
];

/** Matches the figure of one indicator as rendered by IndicatorList. */
function indicatorPattern(id: string, value: string): RegExp {
  const escaped = value.replace(/[*]/g, '\\*');
  return new RegExp(
    `data-indicator="${id}">\\s*<span class="value">\\s*${escaped}\\s*</span>`,
  );
}

let build: BuildResult;
let outDir: string;

beforeAll(async () => {
  build = await buildSite(fixtureBundle);
  if (build.code !== 0) {
    throw new Error(`astro build failed:\n${build.output}`);
  }
  outDir = build.outDir;
});

afterAll(async () => {
  await rm(build.workDir, { recursive: true, force: true });
});

function readPage(page: string): Promise<string> {
  return readFile(path.join(outDir, page, 'index.html'), 'utf8');
}

describe('static build of fixture bundle', () => {
  it('county page shows six indicators', async () => {
    const html = await readPage('.');

    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('石桥县回乡就业创业情况');
    expect(html).toContain('数据截至 2026年6月30日');
    for (const [id, value] of Object.entries(countyFigures)) {
      expect(html).toMatch(indicatorPattern(id, value));
    }
  });

  it('county page lists townships', async () => {
    const html = await readPage('.');

    for (const township of townships) {
      expect(html).toContain(
        `<a href="/townships/${township.code}/">${township.name}</a>`,
      );
    }
    expect(html).toContain('<td class="count suppressed"');
    expect(html).toContain('注：表中“*”表示不公布的数');
    // Out-migrant totals per township, and links to the cross tables.
    expect(html).toContain('全县在外人员 2,650');
    expect(html).toMatch(/<td class="count">\s*1,180\s*<\/td>/);
    for (const id of crossTableIds) {
      expect(html).toContain(`href="/out-migrants/#${id}"`);
      expect(html).toContain(`href="/data/${id}.csv"`);
    }
  });

  it('one page per township', async () => {
    for (const township of townships) {
      const html = await readPage(`townships/${township.code}`);

      expect(html).toContain(`<title>${township.name}（${township.code}）`);
      expect(html).toMatch(indicatorPattern('returnees', township.returnees));
      expect(html).toMatch(indicatorPattern('inPark', township.inPark));
      for (const id of crossTableIds) {
        expect(html).toContain(`data-table="${id}"`);
      }
    }
  });

  it('out-migrant page shows cross tables', async () => {
    const html = await readPage('out-migrants');

    for (const id of crossTableIds) {
      expect(html).toContain(`<section id="${id}"`);
    }
    expect(html).toContain('广东省');
    expect(html).toContain('打算回乡创业');
  });

  it('methodology page shows every rule', async () => {
    const html = await readPage('methodology');
    const manifest = JSON.parse(
      await readFile(path.join(fixtureBundle, 'manifest.json'), 'utf8'),
    ) as { indicators: { rule: { 'zh-CN': string } }[] };

    expect(manifest.indicators).toHaveLength(6);
    for (const indicator of manifest.indicators) {
      expect(html).toContain(indicator.rule['zh-CN']);
    }
    expect(html).toContain('id="suppression"');
    expect(html).toContain('1 至 4');
    expect(html).toContain('个体工商户不计入经济实体数');
    expect(html).toContain('去重用概率记录链接');
  });

  it('CSV downloads equal bundle files', async () => {
    for (const id of ['returnee-indicators', ...crossTableIds]) {
      const published = await readFile(path.join(outDir, 'data', `${id}.csv`));
      const original = await readFile(path.join(fixtureBundle, `${id}.csv`));
      expect(published.equals(original)).toBe(true);
    }
  });
});

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe('built site in Chromium', () => {
  let server: Server;
  let origin: string;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(chromiumPath)) {
      throw new Error(
        `Chromium not found at ${chromiumPath}: install it with ` +
          '`apt-get install -y chromium fonts-noto-cjk` or set CHROMIUM_PATH.',
      );
    }
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
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('figures visible without JavaScript', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(`${origin}/`);

    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await expect
      .poll(() => page.locator('h1').innerText())
      .toBe('石桥县回乡就业创业情况');
    for (const [id, value] of Object.entries(countyFigures)) {
      const figure = page.locator(`[data-indicator="${id}"] .value`);
      expect(await figure.isVisible()).toBe(true);
      expect(await figure.innerText()).toBe(value);
    }

    const township = page.getByRole('link', { name: '青山乡' }).first();
    expect(await township.isVisible()).toBe(true);
    await township.click();
    await page.waitForURL(`${origin}/townships/522298101/`);
    expect(await page.locator('h1').innerText()).toBe('青山乡');

    // Set YANGUI_SITE_SCREENSHOT=/tmp/site-county.png to review the layout.
    const screenshot = process.env.YANGUI_SITE_SCREENSHOT;
    if (screenshot) {
      await page.goto(`${origin}/`);
      await page.screenshot({ path: screenshot, fullPage: true });
    }
    await context.close();
  });
});
