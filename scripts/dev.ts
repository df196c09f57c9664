import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT, PAGES_DIR } from './extension-browser.ts';
import { startStaticServer } from './static-server.ts';

// `npm run dev`: serves the bundled demo article on 127.0.0.1 and starts WXT's dev mode, which
// opens a browser with the extension loaded (and reloaded on every change) on that article.

const DEV_PORT = Number(process.env.DEMO_PORT ?? 5180);
const server = await startStaticServer(PAGES_DIR, DEV_PORT);
const demoUrl = `${server.origin}/demo-article.html`;
console.log(`Demo article served at ${demoUrl}`);

const wxt = spawn(path.join(ROOT, 'node_modules/.bin/wxt'), process.argv.slice(2), {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, RIGHT_OF_REPLY_START_URL: demoUrl },
});
const stop = (): void => {
  wxt.kill('SIGINT');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
wxt.on('exit', (code) => {
  void server.close().then(() => process.exit(code ?? 0));
});
