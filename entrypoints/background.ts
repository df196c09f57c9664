import { defineBackground } from 'wxt/utils/define-background';
import { registerControls } from '../extension/controls/background.ts';
import { registerWelcome } from '../extension/controls/welcome.ts';
import { registerCorpusService } from '../extension/corpus/background.ts';
import { registerNotesService } from '../extension/notes/register-notes-service.ts';
import { registerPageServices } from '../extension/page/background.ts';
import { registerSourceService } from '../extension/sources/background.ts';

// The background owns what must not live in a visited page's origin (the notes database), what
// is too large to inject into every page (the corpus, which it matches pages' text against), the
// popover's script and injected highlight colours, the badge, the routing of messages between
// popup and tabs, and the welcome page on install.
export default defineBackground(() => {
  registerCorpusService();
  registerControls();
  registerNotesService();
  registerPageServices();
  registerSourceService();
  registerWelcome();
});
