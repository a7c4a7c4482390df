// A school logo is the only image a pack may carry. It is checked by its bytes, not its stated type,
// before pdfkit's decoders ever see it.
import type { PackLocale, PackLogo } from './pack-input';

import { MAX_LOGO_BYTES } from '@shared';

export { MAX_LOGO_BYTES };

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_MAGIC = [0xff, 0xd8, 0xff];
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const MESSAGES = {
  nl: {
    type: 'Het logo moet een PNG- of JPEG-afbeelding zijn.',
    encoding: 'Het logo is niet goed ingelezen (geen geldige base64-gegevens). Kies het bestand opnieuw.',
    empty: 'Het logobestand is leeg.',
    tooLarge: 'Het logo is groter dan 1 MB. Kies een kleiner bestand; voor een briefhoofd is 200 kB ruim genoeg.',
    mismatch: 'Het logobestand is geen echte {kind}-afbeelding: de inhoud past niet bij het bestandstype.',
  },
  en: {
    type: 'The logo must be a PNG or JPEG image.',
    encoding: 'The logo was not read correctly (not valid base64 data). Choose the file again.',
    empty: 'The logo file is empty.',
    tooLarge: 'The logo is larger than 1 MB. Choose a smaller file; 200 kB is plenty for a letterhead.',
    mismatch: 'The logo file is not a real {kind} image: its content does not match its type.',
  },
} as const;

/** Returns null for a usable logo, otherwise the reason in Dutch (or English when asked). */
export function validateLogo(logo: PackLogo, locale: PackLocale = 'nl'): string | null {
  const text = MESSAGES[locale];
  if (logo.mime !== 'image/png' && logo.mime !== 'image/jpeg') return text.type;
  const base64 = logo.base64.replace(/\s+/g, '');
  if (base64.length % 4 !== 0 || !BASE64.test(base64)) return text.encoding;
  // Checked on the encoded length first so a huge string is not decoded just to be refused.
  if ((base64.length / 4) * 3 > MAX_LOGO_BYTES + 2) return text.tooLarge;
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0) return text.empty;
  if (bytes.length > MAX_LOGO_BYTES) return text.tooLarge;
  const magic = logo.mime === 'image/png' ? PNG_MAGIC : JPEG_MAGIC;
  if (!magic.every((byte, i) => bytes[i] === byte)) {
    return text.mismatch.replace('{kind}', logo.mime === 'image/png' ? 'PNG' : 'JPEG');
  }
  return null;
}

/** A data URL pdfmake reads without touching the file system. */
export function logoDataUrl(logo: PackLogo): string {
  return `data:${logo.mime};base64,${logo.base64.replace(/\s+/g, '')}`;
}
