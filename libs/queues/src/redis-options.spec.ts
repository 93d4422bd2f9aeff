import { redisOptionsFromUrl } from './redis-options';

describe('redisOptionsFromUrl', () => {
  it('reads a plain URL with password and database', () => {
    expect(redisOptionsFromUrl('redis://:s%40cret@10.0.0.1:6380/2', 'queue')).toMatchObject({
      host: '10.0.0.1',
      port: 6380,
      password: 's@cret',
      db: 2,
      maxRetriesPerRequest: null,
    });
  });

  it('reads a Sentinel URL', () => {
    expect(redisOptionsFromUrl('redis+sentinel://:pw@s1:26379,s2:26380/casebook-master/1')).toMatchObject({
      sentinels: [
        { host: 's1', port: 26379 },
        { host: 's2', port: 26380 },
      ],
      name: 'casebook-master',
      password: 'pw',
      db: 1,
      enableOfflineQueue: false,
    });
  });
});
