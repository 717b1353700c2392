import seed from '../../seeds/dossier-seed.json';
import { createHandlers } from '../../lib/background/handlers';
import { handleMessage } from '../../lib/background/router';
import { createSeedRunner } from '../../lib/background/seed-runner';
import { DossierDb } from '../../lib/db/database';

export default defineBackground(() => {
  const db = new DossierDb();
  const handlers = createHandlers(db, {
    async openOptions(entityId) {
      const url = browser.runtime.getURL('/options.html') + (entityId ? `#/entity/${entityId}` : '');
      await browser.tabs.create({ url });
    },
  });
  const seeding = createSeedRunner(db, seed, {
    onChanged: () => handlers.invalidateLexicon(),
    onError: (error) => console.error('Dossier: the bundled dataset could not be applied', error),
  });

  // At every start of the service worker (idempotent: a no-op when the version is installed) and
  // on install/update; messages wait for the runs queued so far.
  void seeding.run();
  browser.runtime.onInstalled.addListener(() => void seeding.run());

  const extensionId = browser.runtime.id;
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  // sendResponse + `return true` rather than returning a promise: Chrome supports promise returns
  // from onMessage listeners only in recent versions.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void handleMessage(message, sender, { extensionId, extensionOrigin, handle: handlers.handle, ready: seeding.ready }).then(sendResponse);
    return true;
  });
});
