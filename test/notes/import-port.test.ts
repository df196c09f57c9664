import { expect, it } from 'vitest';
import { isOwnFileAddress } from '../../extension/notes/import-port.ts';

// The background reads an import from the address a Notes page sends: only ever a blob: address
// of the extension's own origin.

const BASE = 'chrome-extension://abcdefghijklmnop/';

it('accepts a blob: address made by one of the extension’s pages', () => {
  expect(isOwnFileAddress(`blob:${BASE}6c1f0a2e-1b7f-4e44-9d7b-0f3c2a1d9e8b`, BASE)).toBe(true);
  expect(isOwnFileAddress('blob:moz-extension://1f2e/0a9b', 'moz-extension://1f2e/')).toBe(true);
});

it('refuses web, data and file addresses, and blobs of any other origin', () => {
  for (const address of [
    'https://example.org/notes.json',
    'http://127.0.0.1:8080/notes.json',
    'data:application/json,{}',
    'file:///home/reader/notes.json',
    'blob:https://example.org/6c1f0a2e',
    'blob:chrome-extension://abcdefghijklmnopq/6c1f0a2e',
    'blob:chrome-extension://other/6c1f0a2e',
    BASE,
    '',
  ])
    expect(isOwnFileAddress(address, BASE)).toBe(false);
  for (const value of [null, undefined, 42, { href: `blob:${BASE}x` }])
    expect(isOwnFileAddress(value, BASE)).toBe(false);
});
