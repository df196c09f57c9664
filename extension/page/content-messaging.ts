import { browser } from 'wxt/browser';
import type { ProtocolMap } from '../messaging.ts';

// The content script's end of the typed channel (extension/messaging.ts), on the browser's own
// runtime messaging: the messaging library, with its error serialiser and logger, would be loaded
// into every page the reader opens, for the few messages the page layer sends and answers. The
// messages are the library's (`{ id, type, data, timestamp }`, answered `{ res }` or `{ err }`),
// so the background and extension pages keep using it unchanged.

type Protocol = ProtocolMap;
type MessageType = keyof Protocol;
type DataOf<K extends MessageType> = Protocol[K] extends (...args: infer Args) => unknown ? Args[0] : never;
type ReturnOf<K extends MessageType> = Protocol[K] extends (...args: never[]) => infer R ? R : never;

interface Envelope {
  id: number;
  type: string;
  data: unknown;
  timestamp: number;
}

interface Reply {
  res?: unknown;
  err?: { message?: unknown } | null;
}

let nextId = Math.floor(Math.random() * 10_000);

/** Sends a message to the background; resolves with its answer, rejects with its error. */
export async function sendMessage<K extends MessageType>(
  type: K,
  data: DataOf<K>,
): Promise<Awaited<ReturnOf<K>>> {
  const envelope: Envelope = { id: nextId++, type, data, timestamp: Date.now() };
  // Undefined when nothing in the background answered (it may be restarting).
  const reply = await browser.runtime.sendMessage<Envelope, Reply | undefined>(envelope);
  if (reply === undefined) throw new Error(`${type}: no answer`);
  if (reply.err !== undefined && reply.err !== null) {
    throw new Error(typeof reply.err.message === 'string' ? reply.err.message : `${type} failed`);
  }
  return reply.res as Awaited<ReturnOf<K>>;
}

type Handler<K extends MessageType> = (message: {
  data: DataOf<K>;
}) => ReturnOf<K> | Promise<Awaited<ReturnOf<K>>>;

const handlers = new Map<string, (message: { data: unknown }) => unknown>();
let listening = false;

function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as Envelope).type === 'string' &&
    typeof (message as Envelope).timestamp === 'number'
  );
}

function listen(): void {
  if (listening) return;
  listening = true;
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (reply: Reply) => void) => {
    if (!isEnvelope(message)) return false;
    const handler = handlers.get(message.type);
    if (handler === undefined) return false;
    void (async () => {
      try {
        sendResponse({ res: await handler({ data: message.data }) });
      } catch (error) {
        sendResponse({ err: { message: error instanceof Error ? error.message : String(error) } });
      }
    })();
    // The answer comes later: keep the channel open.
    return true;
  });
}

/** Answers messages of one type sent to this tab; returns the function that stops answering. */
export function onMessage<K extends MessageType>(type: K, handler: Handler<K>): () => void {
  listen();
  handlers.set(type, handler as (message: { data: unknown }) => unknown);
  return () => {
    handlers.delete(type);
  };
}
