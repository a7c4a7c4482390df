import { describe, expect, it } from 'vitest';
import { MAX_LOGO_BYTES, validateLogo } from './logo';
import { samplePngBase64 } from '@tests/support/sample-pack-input';

const JPEG_START = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);

describe('validating a school logo', () => {
  it('accepts a real PNG', () => {
    expect(validateLogo({ mime: 'image/png', base64: samplePngBase64() })).toBeNull();
  });

  it('accepts bytes that start like a JPEG', () => {
    expect(validateLogo({ mime: 'image/jpeg', base64: JPEG_START.toString('base64') })).toBeNull();
  });

  it('refuses a PNG that is really a JPEG, in Dutch', () => {
    expect(validateLogo({ mime: 'image/png', base64: JPEG_START.toString('base64') })).toBe('Het logobestand is geen echte PNG-afbeelding: de inhoud past niet bij het bestandstype.');
  });

  it('refuses a JPEG that is really an SVG', () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64');
    expect(validateLogo({ mime: 'image/jpeg', base64: svg })).toContain('geen echte JPEG');
  });

  it('refuses another image type', () => {
    expect(validateLogo({ mime: 'image/gif' as 'image/png', base64: 'R0lGODlh' })).toContain('PNG- of JPEG');
  });

  it('refuses broken base64', () => {
    expect(validateLogo({ mime: 'image/png', base64: 'not base64!' })).toContain('base64');
  });

  it('refuses an empty file', () => {
    expect(validateLogo({ mime: 'image/png', base64: '' })).toBe('Het logobestand is leeg.');
  });

  it('refuses more than 1 MB', () => {
    const big = Buffer.alloc(MAX_LOGO_BYTES + 1);
    JPEG_START.copy(big);
    expect(validateLogo({ mime: 'image/jpeg', base64: big.toString('base64') })).toContain('groter dan 1 MB');
  });

  it('accepts exactly 1 MB', () => {
    const limit = Buffer.alloc(MAX_LOGO_BYTES);
    JPEG_START.copy(limit);
    expect(validateLogo({ mime: 'image/jpeg', base64: limit.toString('base64') })).toBeNull();
  });

  it('answers in English when asked', () => {
    expect(validateLogo({ mime: 'image/png', base64: '' }, 'en')).toBe('The logo file is empty.');
  });
});
