import { retryDelaySeconds } from './mail-delivery.service';

describe('retryDelaySeconds', () => {
  it.each([
    [1, 30],
    [2, 60],
    [3, 120],
    [6, 960],
    [20, 6 * 3600],
  ])('waits after %i failed attempts %i seconds', (attempts, seconds) => {
    expect(retryDelaySeconds(attempts)).toBe(seconds);
  });
});
