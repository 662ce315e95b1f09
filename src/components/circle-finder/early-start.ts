// Script-tag entry dist/widgets/early/circle-finder.js: the loader imports it beside the finder's
// code, so each finder's first search starts while that code is still downloading.
import { startEarlySearches } from './early-search.js';

startEarlySearches();
