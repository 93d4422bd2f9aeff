import { deviceLabel } from './device-label';

describe('deviceLabel', () => {
  it('names browser and system only', () => {
    expect(deviceLabel('Mozilla/5.0 (Linux; Android 13; SM-A146B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36')).toBe('Chrome on Android');
    expect(deviceLabel('Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1')).toBe('Safari on iOS');
    expect(deviceLabel('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0')).toBe('Firefox on Windows');
    expect(deviceLabel('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0')).toBe('Edge on Linux');
  });

  it('never passes on anything else of the header', () => {
    expect(deviceLabel('curl/8.4.0')).toBe('Other app');
    expect(deviceLabel(undefined)).toBe('Unknown device');
    expect(deviceLabel('Mozilla/5.0 (Linux; Android 13; Pixel 7 Build/TQ3A) Chrome/120 Mobile; Almaty')).not.toMatch(/Pixel|Almaty|13/);
  });
});
