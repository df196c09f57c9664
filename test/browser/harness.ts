// The browser tests drive the same launcher as the demo and the benchmark.
export * from '../../scripts/extension-browser.ts';
