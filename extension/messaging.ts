import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ControlsProtocol } from './controls/protocol.ts';
import type { CorpusProtocol } from './corpus/protocol.ts';
import type { NotesProtocol } from './notes/protocol.ts';

// One typed channel between content scripts, extension pages and the background. Each feature
// declares its own messages in its protocol file; this joins them.
export interface ProtocolMap extends NotesProtocol, ControlsProtocol, CorpusProtocol {}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
