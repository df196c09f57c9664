import { hostOf } from '../web/page-host.ts';
import { z } from 'zod';
import type { ClaimLookup } from './note-search.ts';
import { compareNewestFirst, type Note } from './note-schema.ts';

// Notes as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), the open format other
// annotation tools read: one AnnotationCollection holding every note. Each annotation comments on
// the claim's quote (a TextQuoteSelector) on the page where the note was written (the target's
// source), and classifies that quote as the claim, by the claim's own IRI. Every field of a note
// has a place, so the collection imports back into exactly the same notes.

const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const NOTE_IRI = 'urn:right-of-reply:note:';
const CLAIM_IRI = 'urn:right-of-reply:claim:';

const iriOf = (prefix: string, id: string) => `${prefix}${encodeURIComponent(id)}`;

function idFromIri(prefix: string, iri: string): string | undefined {
  if (!iri.startsWith(prefix)) return undefined;
  try {
    return decodeURIComponent(iri.slice(prefix.length));
  } catch {
    return undefined;
  }
}

export function exportNotesWebAnnotation(
  notes: readonly Note[],
  claims: ClaimLookup,
  exportedAt: Date,
): string {
  const items = [...notes].sort(compareNewestFirst).map((note) => {
    const claimIri = iriOf(CLAIM_IRI, note.claimId);
    const quote = claims(note.claimId)?.quote;
    return {
      id: iriOf(NOTE_IRI, note.id),
      type: 'Annotation',
      motivation: 'commenting',
      created: note.createdAt,
      modified: note.updatedAt,
      body: [
        { type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: note.text },
        { type: 'SpecificResource', purpose: 'classifying', source: claimIri },
      ],
      target: {
        type: 'SpecificResource',
        // A note written where no page address was known targets the claim itself.
        source: note.pageUrl === '' ? claimIri : note.pageUrl,
        ...(quote === undefined ? {} : { selector: { type: 'TextQuoteSelector', exact: quote } }),
      },
    };
  });
  const collection = {
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Right of Reply: my notes',
    generated: exportedAt.toISOString(),
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

const commentBody = z.object({
  type: z.literal('TextualBody'),
  purpose: z.literal('commenting').optional(),
  value: z.string(),
});
const claimBody = z.object({
  type: z.literal('SpecificResource'),
  purpose: z.literal('classifying'),
  source: z.string().startsWith(CLAIM_IRI, `must be a claim's IRI (${CLAIM_IRI}…)`),
});

const annotationSchema = z.object({
  id: z.string().startsWith(NOTE_IRI, `must be a Right of Reply note's IRI (${NOTE_IRI}…)`),
  type: z.literal('Annotation'),
  created: z.string(),
  modified: z.string().optional(),
  body: z.tuple([commentBody, claimBody]),
  target: z.object({ source: z.string() }),
});

/** Is this parsed JSON a Web Annotation collection (or page) rather than our own file? */
export function isWebAnnotationDocument(data: object): boolean {
  if (!('@context' in data)) return false;
  const context = data['@context'];
  return context === ANNOTATION_CONTEXT || (Array.isArray(context) && context.includes(ANNOTATION_CONTEXT));
}

/** The annotations of a collection (its first page) or of a single page; undefined for neither. */
export function annotationItems(data: object): unknown[] | undefined {
  const page = 'first' in data ? data.first : data;
  if (typeof page !== 'object' || page === null || !('items' in page)) return undefined;
  return Array.isArray(page.items) ? (page.items as unknown[]) : undefined;
}

type AnnotationReading = { ok: true; note: unknown } | { ok: false; issues: z.core.$ZodIssue[] };

/**
 * One annotation as the fields of a note, for the note schema to check: what this returns is
 * not yet a valid note, only one in the note's shape.
 */
export function readAnnotation(item: unknown): AnnotationReading {
  const parsed = annotationSchema.safeParse(item);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues };
  const { id, created, modified, body, target } = parsed.data;
  const noteId = idFromIri(NOTE_IRI, id);
  const claimId = idFromIri(CLAIM_IRI, body[1].source);
  if (noteId === undefined || claimId === undefined) {
    const path = noteId === undefined ? ['id'] : ['body', 1, 'source'];
    return {
      ok: false,
      issues: [{ code: 'custom', path, message: 'is not a well-formed IRI', input: item }],
    };
  }
  const pageUrl = target.source === body[1].source ? '' : target.source;
  return {
    ok: true,
    note: {
      id: noteId,
      claimId,
      text: body[0].value,
      pageUrl,
      site: hostOf(pageUrl) ?? '',
      createdAt: created,
      updatedAt: modified ?? created,
    },
  };
}
