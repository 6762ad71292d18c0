// Renders Mermaid charts with Mermaid's own renderer (mermaid-cli, in headless Chromium), so that the tests know
// GitHub's Mermaid accepts what the exporter writes. Usage: node render.mjs FILE.mmd... [--png]
// Each FILE.mmd is written as FILE.svg (and FILE.png with --png); the exit code is 1 when any chart fails.
import fs from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer';
import { renderMermaid } from '@mermaid-js/mermaid-cli';

function findChromium() {
  if (process.env.PUPPETEER_EXECUTABLE_PATH) return process.env.PUPPETEER_EXECUTABLE_PATH;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
      const candidate = path.join(dir, name);
      if (fs.existsSync(candidate)) return candidate;
    }
  }
  console.error('No Chromium found on PATH: install it (Debian: apt-get install chromium) or set PUPPETEER_EXECUTABLE_PATH.');
  process.exit(3);
}

const args = process.argv.slice(2);
const png = args.includes('--png');
const files = args.filter((arg) => arg !== '--png');
// --no-sandbox: the tests run as root in a container, where Chromium's sandbox cannot start.
const browser = await puppeteer.launch({ headless: 'shell', executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
let failed = 0;
try {
  for (const file of files) {
    const definition = fs.readFileSync(file, 'utf8');
    try {
      const svg = await renderMermaid(browser, definition, 'svg', { backgroundColor: 'white', mermaidConfig: { maxTextSize: 1000000, maxEdges: 5000 } });
      fs.writeFileSync(file.replace(/\.mmd$/, '.svg'), svg.data);
      if (png) {
        const image = await renderMermaid(browser, definition, 'png', { backgroundColor: 'white', viewport: { width: 1200, height: 800, deviceScaleFactor: 2 }, mermaidConfig: { maxTextSize: 1000000, maxEdges: 5000 } });
        fs.writeFileSync(file.replace(/\.mmd$/, '.png'), image.data);
      }
    } catch (error) {
      failed++;
      console.error(`${file}: ${error?.message ?? error}`);
    }
  }
} finally {
  await browser.close();
}
process.exit(failed === 0 ? 0 : 1);
