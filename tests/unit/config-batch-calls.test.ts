import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config';

describe('API_MAX_BATCH_CALLS', () => {
  it('allows 10 calls in one request by default, and more when raised', () => {
    expect(loadConfig({}).maxBatchCalls).toBe(10);
    expect(loadConfig({ API_MAX_BATCH_CALLS: '25' }).maxBatchCalls).toBe(25);
  });

  it('refuses a value under what the app’s own pages send, or past 100, naming the variable', () => {
    expect(() => loadConfig({ API_MAX_BATCH_CALLS: '5' })).toThrow(
      new ConfigError(
        'Invalid API_MAX_BATCH_CALLS="5": must be at least 10: the app\'s own pages send up to 10 calls at once',
      ),
    );
    expect(() => loadConfig({ API_MAX_BATCH_CALLS: '1000' })).toThrow(/^Invalid API_MAX_BATCH_CALLS="1000"/);
  });
});
