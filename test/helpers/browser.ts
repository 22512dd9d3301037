/**
 * A real browser for the report tests: the system's Chromium (Debian's `chromium` or
 * `chromium-headless-shell`; `DOCPARSE_TEST_CHROMIUM` names another binary) driven by
 * playwright-core, which downloads nothing. Each launch gets a fresh profile folder and the
 * flags that keep Chromium off the network. When no Chromium is installed, `skipReason` says
 * so and the test file reports itself skipped with it (`.ci/run` installs Debian's).
 */
import { existsSync, rmSync } from 'node:fs';
import { chromium, type BrowserContext } from 'playwright-core';
import { tempDir } from './fixtures.js';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-headless-shell', '/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium-browser'];

/** Flags: headless, no sandbox (root in CI), and no background traffic of any kind. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type BrowserSetup = { executablePath: string; skipReason: null } | { executablePath: null; skipReason: string };

export function findChromium(): BrowserSetup {
  const named = process.env.DOCPARSE_TEST_CHROMIUM;
  if (named) {
    // A browser that was named but is missing is a failure, never a skip.
    if (!existsSync(named)) throw new Error(`DOCPARSE_TEST_CHROMIUM is set to ${named}, which does not exist`);
    return { executablePath: named, skipReason: null };
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return { executablePath: found, skipReason: null };
  return { executablePath: null, skipReason: `no Chromium found (looked for ${CANDIDATES.join(', ')}); install it with \`apt-get install chromium\` or set DOCPARSE_TEST_CHROMIUM` };
}

/** Opens a browser with a fresh profile; close() removes the profile too. */
export async function openBrowser(executablePath: string, viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = tempDir('docparse-chromium-');
  const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: CHROMIUM_ARGS, viewport, timeout: 60_000 });
  return {
    context,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
