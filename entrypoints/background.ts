import { defineBackground } from 'wxt/utils/define-background';
import { registerNotesService } from '../extension/notes/register-notes-service.ts';

// The background owns what must not live in a visited page's origin: the notes database, the
// badge, and the routing of messages between popup and tabs.
export default defineBackground(() => {
  registerNotesService();
});
