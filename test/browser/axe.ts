import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type AxeCore from 'axe-core';

// axe-core for the accessibility checks of the Chromium and the Firefox tests.

/** axe-core's script, evaluated in a page before it runs there. */
export const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs in the page, once AXE_SOURCE has: axe-core's violations, each as its rule id and the
 * nodes' targets.
 */
export async function violationsInPage(): Promise<string[]> {
  const { axe } = window as unknown as { axe: typeof AxeCore };
  const result = await axe.run();
  return result.violations.map(
    (violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`,
  );
}
