import { describe, expect, it } from 'vitest';
import { homeBundleSizes, homeScriptBudget } from '../support/home-bundle';

/**
 * The home page's JavaScript, as the built client loads it before the first render, stays within its
 * budget. Here with the browser tests because their set-up builds the client; no browser is needed.
 */
describe('the home page bundle', () => {
  it(`loads at most ${homeScriptBudget / 1024} kB of JavaScript (gzip) before its first render`, () => {
    const { js, files } = homeBundleSizes();
    expect(files.length).toBeGreaterThan(0);
    expect(js, `home JavaScript is ${(js / 1024).toFixed(2)} kB gzip`).toBeLessThanOrEqual(homeScriptBudget);
  });
});
