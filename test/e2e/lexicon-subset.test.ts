/**
 * The tab's lexicon is cut to the page's words: the content script's lexicon.get carries them
 * (recorded by a second onMessage listener in the service worker, which only looks), and text
 * that arrives later with words the page never had is still highlighted, after one more
 * lexicon.get with those words added. A small lexicon (the seed's) comes whole without any words,
 * so a generated dataset of 7,000 entities (over WHOLE_LEXICON_TERMS terms) is imported first.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WHOLE_LEXICON_TERMS } from '../../lib/match/subset';
import { wordHashes } from '../../lib/match/words';
import { generateDataset } from '../../lib/synthetic/generate';
import { extensionUrl, launchWithExtension, mentionsOf, poll, waitForHighlights, type LaunchedBrowser } from '../support/browser';
import { startServer, type StaticServer } from '../support/server';

declare const chrome: {
  runtime: { onMessage: { addListener(fn: (message: unknown) => void): void }; sendMessage(message: unknown): Promise<unknown> };
};

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Subset</title></head><body>
<main id="feed"><p>Dmytro Kuleba spoke in Kyiv.</p></main>
<button id="more" type="button">Load more</button>
<script>
  document.getElementById('more').addEventListener('click', () => {
    const card = document.createElement('article');
    card.innerHTML = '<p>Later, <a href="#">Volodymyr</a> Zelensky met Олексій Резніков in Brussels; Lloyd Austin too, and Austin spoke.</p>';
    document.getElementById('feed').append(card);
  });
</script>
</body></html>`;

let browser: LaunchedBrowser;
let server: StaticServer;
let page: Page;

/** The `words` of every lexicon.get the service worker received, or null when absent. */
function lexiconRequests(): Promise<(number[] | null)[]> {
  return browser.worker!.evaluate(() => (globalThis as unknown as { __lexiconGets: (number[] | null)[] }).__lexiconGets);
}

beforeAll(async () => {
  server = await startServer();
  server.route('/subset.html', PAGE);
  browser = await launchWithExtension();
  const options = await browser.context.newPage();
  await options.goto(extensionUrl(browser.extensionId, 'options.html'));
  const dataset = { ...generateDataset({ entities: 7_000, seed: 7 }), id: 'large-generated' };
  expect(dataset.entities.reduce((n, e) => n + 1 + e.aliases.length, 0)).toBeGreaterThan(WHOLE_LEXICON_TERMS);
  const imported = (await options.evaluate((text) => chrome.runtime.sendMessage({ type: 'dataset.import', text }), JSON.stringify(dataset))) as {
    ok: boolean;
  };
  expect(imported.ok).toBe(true);
  await options.close();
  await browser.worker!.evaluate(() => {
    const g = globalThis as unknown as { __lexiconGets: (number[] | null)[] };
    g.__lexiconGets = [];
    // Returns nothing: the background's own listener answers.
    chrome.runtime.onMessage.addListener((message) => {
      const m = message as { type?: string; words?: unknown };
      if (m?.type === 'lexicon.get') g.__lexiconGets.push(Array.isArray(m.words) ? (m.words as number[]) : null);
    });
  });
  page = await browser.context.newPage();
  await page.goto(server.url('subset.html'));
  await waitForHighlights(page, { min: 2, timeout: 15_000 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('lexicon cut to the page', () => {
  it('asks for the lexicon with the page’s words, not its script’s, and highlights with it', async () => {
    expect(await mentionsOf(page)).toEqual([
      { text: 'Dmytro Kuleba', entityId: 'dmytro-kuleba' },
      { text: 'Kyiv', entityId: 'kyiv' },
    ]);
    // First without words (the answer, an empty cut with a filter of the lexicon's words, asks for
    // them), then with the page's that pass the filter: the names' words, none of the script's
    // (which holds the later names).
    const requests = await lexiconRequests();
    expect(requests).toHaveLength(2);
    expect(requests[0]).toBeNull();
    expect(requests[1]).toEqual(expect.arrayContaining(wordHashes('Dmytro Kuleba Kyiv')));
    expect(requests[1]!.length).toBeLessThanOrEqual(7);
    for (const w of wordHashes('Volodymyr Zelensky Олексій Резніков Brussels Lloyd Austin')) expect(requests[1]).not.toContain(w);
  });

  it('highlights names in content added later whose words the page never had, after one more request', async () => {
    await page.click('#more');
    await poll(async () => (await mentionsOf(page)).length >= 7, 5_000);
    await waitForHighlights(page, { min: 7 });
    expect(await mentionsOf(page)).toEqual([
      { text: 'Dmytro Kuleba', entityId: 'dmytro-kuleba' },
      { text: 'Kyiv', entityId: 'kyiv' },
      { text: 'Volodymyr Zelensky', entityId: 'volodymyr-zelensky' },
      { text: 'Олексій Резніков', entityId: 'oleksii-reznikov' },
      { text: 'Brussels', entityId: 'brussels' },
      { text: 'Lloyd Austin', entityId: 'lloyd-austin' },
      { text: 'Austin', entityId: 'lloyd-austin' },
    ]);
    const requests = await lexiconRequests();
    expect(requests).toHaveLength(3);
    expect(requests[2]).toEqual(expect.arrayContaining([...requests[1]!, ...wordHashes('Zelensky Резніков Brussels Lloyd Austin')]));
  });
});
