// "This isn't that claim": a reader's record that a highlight was wrong. It hides that claim at
// that passage on that page (the address without its fragment), and it is what the report sent
// to the maintainers is made of. Checked by hand, not with a schema library: the content script
// reads these on every page and must stay small.

export interface Dismissal {
  claimId: string;
  /** The page's address, without the fragment. */
  pageUrl: string;
  /** The highlighted text, as the page showed it. */
  text: string;
  /** A little of the page's text either side, so the maintainers can see the passage. */
  before: string;
  after: string;
  how: 'quoted' | 'restated';
  /** For a restatement, the page's words that matched each of the claim's ideas. */
  matched: string[];
  /** ISO 8601. */
  dismissedAt: string;
}

function isDismissal(value: unknown): value is Dismissal {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  const strings = ['claimId', 'pageUrl', 'text', 'before', 'after', 'dismissedAt'];
  return (
    strings.every((key) => typeof record[key] === 'string') &&
    record.claimId !== '' &&
    record.pageUrl !== '' &&
    (record.how === 'quoted' || record.how === 'restated') &&
    Array.isArray(record.matched) &&
    record.matched.every((word) => typeof word === 'string')
  );
}

/** How much surrounding text a record keeps on each side. */
export const SURROUNDING_CHARACTERS = 80;

/** The page address dismissals are kept under: the fragment is where the reader was, not the page. */
export function dismissalPageUrl(href: string): string {
  const url = new URL(href);
  url.hash = '';
  return url.href;
}

/** Whitespace runs folded, so a passage is the same passage however the page wraps it. */
function passageText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** True if the record hides this claim at this passage on this page. */
export function dismisses(
  record: Pick<Dismissal, 'claimId' | 'pageUrl' | 'text'>,
  claimId: string,
  pageUrl: string,
  text: string,
): boolean {
  return (
    record.claimId === claimId && record.pageUrl === pageUrl && passageText(record.text) === passageText(text)
  );
}

/** Same claim, page and passage: the record a new dismissal replaces and a restore removes. */
export function sameDismissal(a: Dismissal, b: Pick<Dismissal, 'claimId' | 'pageUrl' | 'text'>): boolean {
  return dismisses(a, b.claimId, b.pageUrl, b.text);
}

/** Stored records, bad ones dropped: storage is read back from whatever an older version wrote. */
export function parseDismissals(stored: unknown): Dismissal[] {
  if (!Array.isArray(stored)) return [];
  return stored.filter(isDismissal);
}

export function addDismissal(records: readonly Dismissal[], added: Dismissal): Dismissal[] {
  return [...records.filter((record) => !sameDismissal(record, added)), added];
}

export function removeDismissal(
  records: readonly Dismissal[],
  removed: Pick<Dismissal, 'claimId' | 'pageUrl' | 'text'>,
): Dismissal[] {
  return records.filter((record) => !sameDismissal(record, removed));
}

const DISMISSAL_REPORT_FORMAT = 'right-of-reply-dismissals';

/** The JSON a reader downloads and sends to the maintainers: nothing but the dismissals. */
export function dismissalReport(records: readonly Dismissal[], exportedAt: Date): string {
  const report = {
    format: DISMISSAL_REPORT_FORMAT,
    version: 1,
    exportedAt: exportedAt.toISOString(),
    dismissals: records.map((record) => ({
      claimId: record.claimId,
      text: record.text,
      before: record.before,
      after: record.after,
      pageUrl: record.pageUrl,
      dismissedAt: record.dismissedAt,
      how: record.how,
      matched: record.matched,
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function dismissalReportFileName(exportedAt: Date): string {
  return `${DISMISSAL_REPORT_FORMAT}-${exportedAt.toISOString().slice(0, 10)}.json`;
}
