import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// The article texts the corpus quotes: what makes a benchmark page hit real claims.

const SOURCES_DIR = path.resolve(import.meta.dirname, '../../data/sources');

export function loadSourceTexts(): string[] {
  return readdirSync(SOURCES_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(path.join(SOURCES_DIR, name), 'utf8'));
}
