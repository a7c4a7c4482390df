// Nothing in the fault suite answers `internal`: every failure a test provokes, expected or not,
// has its own code and a message in Dutch and in English. Checked after every test, and once more
// after each file for failures answered in a beforeAll.
import { afterAll, afterEach, expect } from 'vitest';
import nl from '@resources/errors/nl.json';
import en from '@resources/errors/en.json';
import { answeredFailures } from '../fixtures/core';

const texts = { nl: nl as Record<string, string>, en: en as Record<string, string> };

function checkAnswered(): void {
  for (const { name, code, message } of answeredFailures.splice(0)) {
    expect(code, `${name} answered internal ("${message}")`).not.toBe('internal');
    expect(texts.nl[code], `nl text for ${code} (${name})`).toBeTruthy();
    expect(texts.en[code], `en text for ${code} (${name})`).toBeTruthy();
  }
}

afterEach(checkAnswered);
afterAll(checkAnswered);
