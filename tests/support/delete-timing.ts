// The one timing of a delete instruction in a sexual-images case: after the police consult. Deleting
// earlier can destroy evidence the police need; forwarding or keeping copies is never allowed. These
// helpers find a sentence that tells someone to delete without tying it to that consult, so a pack
// test can fail on it. Takedown by a platform or Helpwanted (the trusted flagger) is not an
// instruction to delete evidence and stays allowed.
const DELETE = /\b(?:verwijder\w*|wis(?:t|sen)?\b|haal\w*\b[^.]*\bweg\b|weg\s*(?:te\s*)?hal\w*|delet\w*|remov\w*|eras\w*|wip(?:e|es|ing)\b)/iu;
const POLICE = /\b(?:politie\w*|police)\b/iu;
const TAKEDOWN = /\b(?:helpwanted|platforms?|trusted flagger|take it down|internet|offlimits)\b/iu;
/** A sentence that only says something will not be deleted ("niet verwijderd") gives no instruction. */
const NOT_DELETED = /\bniet\s+(?:\w+\s+)?verwijder\w*|\bnot\s+(?:be\s+)?delet\w*/iu;

export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?’])\s+|\n+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The sentences of a sexual case's text that tell someone to delete before the police consult. */
export function deleteBeforePolice(text: string): string[] {
  return sentences(text).filter((s) => DELETE.test(s) && !POLICE.test(s) && !TAKEDOWN.test(s) && !NOT_DELETED.test(s));
}
