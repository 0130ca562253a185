// Renders every processes/*.bpmn to target/models/<name>.png with bpmn-js (the viewer bundle of the npm package) in
// Debian's Chromium through Playwright: the pictures a reviewer looks at to see how a model reads. No server needed.
//   node src/test/e2e/render-models.mjs            (run.sh runs it before the browser tests)
// Exits non-zero when a model does not import (bpmn-js warnings count as failures: a picture of a broken model lies).
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { chromium } from 'playwright-core';

const root = new URL('../../../', import.meta.url).pathname;
const processes = join(root, 'processes');
const out = process.env.MODELS_OUT || join(root, 'target', 'models');
mkdirSync(out, { recursive: true });

const require = createRequire(import.meta.url);
const viewer = require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js');
const css = ['diagram-js.css', 'bpmn-js.css', 'bpmn-font/css/bpmn.css']
  .map((file) => readFileSync(join(viewer, '..', 'assets', file), 'utf8'))
  .join('\n');

const files = readdirSync(processes).filter((f) => f.endsWith('.bpmn')).sort();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
let failed = 0;
try {
  for (const file of files) {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, deviceScaleFactor: 1 });
    await page.setContent(`<!doctype html><html lang="ru"><head><meta charset="utf-8"><style>${css}
      html, body { margin: 0; background: #fff; } #canvas { width: 100%; height: 100%; position: absolute; }</style>
      </head><body><div id="canvas"></div></body></html>`);
    await page.addScriptTag({ path: viewer });
    const xml = readFileSync(join(processes, file), 'utf8');
    const result = await page.evaluate(async (diagram) => {
      const bpmnViewer = new window.BpmnJS({ container: '#canvas' });
      try {
        const { warnings } = await bpmnViewer.importXML(diagram);
        const { svg } = await bpmnViewer.saveSVG();
        const box = bpmnViewer.get('canvas').getActiveLayer().getBBox();
        // the picture itself: the exported SVG drawn at its own size, so nothing is cut off or scaled down
        document.body.innerHTML = `<div id="picture" style="display:inline-block;padding:20px">${svg}</div>`;
        return { warnings: warnings.map((w) => w.message), width: box.width, height: box.height };
      } catch (error) {
        return { error: String(error && error.message || error) };
      }
    }, xml);
    const name = basename(file, '.bpmn');
    if (result.error || result.warnings.length) {
      failed++;
      console.error(`${file}: ${result.error || result.warnings.join('; ')}`);
    } else {
      await page.locator('#picture').screenshot({ path: join(out, `${name}.png`) });
      console.log(`${file} -> target/models/${name}.png (${Math.round(result.width)}×${Math.round(result.height)})`);
    }
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`models rendered: ${files.length - failed} of ${files.length}`);
process.exit(failed ? 1 : 0);
