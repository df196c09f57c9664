import { onMessage } from '../messaging.ts';
import { openNotesDatabase } from './notes-database.ts';
import { createNotesService } from './notes-service.ts';

// Called once by the background: from then on it answers every notes message. The database lives
// in the extension's origin, never in a visited site's.
export function registerNotesService(): void {
  const service = createNotesService(openNotesDatabase());
  onMessage('notes.list', ({ data }) => service.list(data));
  onMessage('notes.create', ({ data }) => service.create(data));
  onMessage('notes.update', ({ data }) => service.update(data));
  onMessage('notes.delete', ({ data }) => service.delete(data));
  onMessage('notes.restore', ({ data }) => service.restore(data));
  onMessage('notes.import', ({ data }) => service.import(data));
}
