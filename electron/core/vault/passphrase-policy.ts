// Passphrase rules. The passphrase guards data about children's sexual images: it must resist an
// offline guessing attack on a stolen laptop even with scrypt slowing each guess, hence a minimum
// length and a zxcvbn score of 3 ("safely unguessable: moderate protection from offline attacks").
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';

export const MIN_PASSPHRASE_LENGTH = 12;
const MIN_SCORE = 3;

let factory: ZxcvbnFactory | undefined;
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, vertrouwd: ['vertrouwd', 'vertrouwenspersoon', 'school', 'leerling', 'wachtwoord'] },
    graphs: common.adjacencyGraphs,
  });
  return factory;
}

export type PassphraseProblem = 'too_short' | 'too_guessable' | 'common_pattern';

export interface PassphraseStrength {
  /** 0–4, as zxcvbn scores it. */
  score: number;
  acceptable: boolean;
  problems: PassphraseProblem[];
}

export function passphraseStrength(passphrase: string): PassphraseStrength {
  const result = estimator().check(passphrase.slice(0, 256));
  const problems: PassphraseProblem[] = [];
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) problems.push('too_short');
  if (result.score < MIN_SCORE) problems.push(result.sequence.some((m) => m.pattern !== 'bruteforce') ? 'common_pattern' : 'too_guessable');
  return { score: result.score, acceptable: problems.length === 0, problems };
}
