import { truncateIp } from './client-ip';

describe('truncateIp', () => {
  it.each([
    ['203.0.113.77', '203.0.113.0/24'],
    ['::ffff:198.51.100.9', '198.51.100.0/24'],
    ['2001:db8:abcd:12::1', '2001:db8:abcd::/48'],
    ['::1', '0:0:0::/48'],
    ['', null],
    ['not an ip', null],
  ])('%s -> %s', (input, expected) => {
    expect(truncateIp(input)).toBe(expected);
  });
});
