import type { Browser } from 'wxt/browser';
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ControlsProtocol } from './controls/protocol.ts';
import type { CorpusProtocol } from './corpus/protocol.ts';
import type { NotesProtocol } from './notes/protocol.ts';
import type { PageProtocol } from './page/protocol.ts';
import type { SourcesProtocol } from './sources/protocol.ts';

// One typed channel between content scripts, extension pages and the background. Each feature
// declares its own messages in its protocol file; this joins them.

/**
 * Every message is named `area.verbObject`: the feature that declares it, a dot, then what it asks
 * in lower camel case (`notes.listClaim`, `corpus.matchSegments`). A protocol holding any other name
 * is refused here, so the type check keeps the scheme.
 */
type NamedIn<Area extends string, Protocol extends Record<MisnamedIn<Area, Protocol>, never>> = Protocol;
type MisnamedIn<Area extends string, Protocol> = {
  [Name in keyof Protocol]: Name extends `${Area}.${infer Action}`
    ? Action extends `${string}${'.' | '-' | '_' | ' '}${string}` | '' | Capitalize<Action>
      ? Name
      : never
    : Name;
}[keyof Protocol];

export interface ProtocolMap
  extends
    NamedIn<'notes', NotesProtocol>,
    NamedIn<'controls', ControlsProtocol>,
    NamedIn<'corpus', CorpusProtocol>,
    NamedIn<'page', PageProtocol>,
    NamedIn<'sources', SourcesProtocol> {}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

/**
 * The tab a message came from. The messaging library types its sender with the `chrome` global
 * of @types/chrome, which WXT's own browser types replace, so it is read through those.
 */
export function tabIdOf(sender: unknown): number | undefined {
  return (sender as Browser.runtime.MessageSender).tab?.id;
}
