/**
 * What the benchmark pages load (bundled by Vite as an IIFE, `window.DossierBench`): the code under
 * test, mark.js for the naive variant, and the in-page measurements, so the harness only ever
 * calls `DossierBench.<fn>(…)` and never ships functions of its own into the page.
 */
import Mark from 'mark.js';
export { compileLexicon } from '../../lib/match/lexicon';
export { Matcher } from '../../lib/match/matcher';
export { Annotator } from '../../lib/page/annotator';
export { floor } from './page/floor';
export { naive } from './page/naive';
export { annotate, collectWords, fetchLexicon, loadMatcher, setLexicon } from './page/ours';
export { bgCut, bgHas, bgLoad } from './page/background';
export { feedBatch, feedStart } from './page/feed';
export { phases } from './page/phases';
export { Mark };
