// Whatever the contract accepts, the packs accept: at least 1,000 random cases built from the
// contract's own input schemas (settings, case, persons, actions, evidence, consent), each composed
// into all six packs through the contract, with no failure. A sample is rendered to PDF as well.
import * as fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { contract, type PackView } from '@core/contract';
import { unlockedCore, type TestCore } from '@tests/fixtures/core';
import { arbitraryOf } from '@tests/support/zod-arbitrary';

const RUNS = Number(process.env.PACKS_PROPERTY_RUNS ?? 1000);
const PASSWORD = 'een-lang-genoeg-wachtwoord';

const caseArb = fc.record({
  settings: arbitraryOf(contract.settingsUpdate.input),
  case: arbitraryOf(contract.casesCreate.input),
  persons: fc.array(arbitraryOf(contract.personsSave.input.shape.person), { maxLength: 4 }),
  actions: fc.array(arbitraryOf(contract.actionsAdd.input.shape.action), { maxLength: 5 }),
  /** Now and then a long plan: 31 open actions made one of the packs fail before. */
  manyOpenActions: fc.boolean(),
  evidence: fc.array(arbitraryOf(contract.evidenceAdd.input.shape.item), { maxLength: 3 }),
  consents: fc.array(arbitraryOf(contract.consentsRecord.input.omit({ caseId: true })), { maxLength: 4 }),
  assess: fc.boolean(),
});

let t: TestCore;
beforeAll(async () => {
  t = await unlockedCore();
});
afterAll(() => t.cleanup());

it(`composes all six packs for ${RUNS} random cases the contract accepts`, { timeout: 900_000 }, async () => {
  let run = 0;
  let rendered = 0;
  const failures: string[] = [];
  await fc.assert(
    fc.asyncProperty(caseArb, async (c) => {
      run++;
      // The logo has its own byte checks at the boundary (settings); a random one is not an image.
      const school = c.settings.school ? { ...c.settings.school, logo: null } : undefined;
      await t.call('settingsUpdate', { ...c.settings, ...(school ? { school } : {}), locale: c.settings.locale ?? 'nl' });
      const { id: caseId } = await t.call('casesCreate', c.case);
      for (const person of c.persons) await t.call('personsSave', { caseId, person: { ...person, relatedPersonId: null } });
      for (const action of c.actions) await t.call('actionsAdd', { caseId, action: { ...action, organisationKey: null } });
      if (c.manyOpenActions && run % 10 === 0) {
        for (let i = 0; i < 31; i++) {
          await t.call('actionsAdd', { caseId, action: { actionKey: null, title: `Actie ${i}`, step: 'act', owner: 'Mentor', dueDate: null, rationale: '', organisationKey: null } });
        }
      }
      for (const item of c.evidence) await t.call('evidenceAdd', { caseId, item });
      // Like relatedPersonId: a random id names no victim of this case, so the consent is about the case's victim.
      for (const consent of c.consents) await t.call('consentsRecord', { caseId, ...consent, victimPersonId: undefined });
      if (c.assess) await t.call('assessmentRun', { caseId });

      const listed = await t.core.dispatch('packsList', { caseId });
      if (!listed.ok) {
        failures.push(`${run}: packsList ${listed.error.code} ${JSON.stringify(c).slice(0, 400)}`);
        return false;
      }
      // Six packs, the family letter once for each victim's family when there are several.
      const victims = c.persons.filter((p) => p.role === 'victim').length;
      expect(listed.value).toHaveLength(5 + Math.max(1, victims));
      // Each family's letter composes and is checked too, not only the first.
      for (const view of (listed.value as PackView[]).filter((v) => v.victim)) {
        const layout = await t.core.dispatch('packsLayout', { caseId, type: 'parents_victim', victimPersonId: view.victim!.personId });
        if (!layout.ok) {
          failures.push(`${run}: packsLayout parents_victim ${layout.error.code}`);
          return false;
        }
      }
      // A sample goes all the way to a PDF; a refusal (consent, a marked detail) is an answer, not a failure.
      if (run % 20 === 0) {
        for (const type of ['parents_general', 'parents_victim', 'case_summary'] as const) {
          const result = await t.core.dispatch('packsExport', { caseId, type, password: PASSWORD });
          if (!result.ok && result.error.code !== 'pack_refused') {
            failures.push(`${run}: packsExport ${type} ${result.error.code}`);
            return false;
          }
          if (result.ok) rendered++;
        }
      }
      return true;
    }),
    { numRuns: RUNS, seed: 20261201, endOnFailure: true },
  );
  console.log(`packs property: ${run} cases composed into six packs each, ${rendered} PDFs rendered, ${failures.length} failures`);
  expect(failures).toEqual([]);
  expect(run).toBeGreaterThanOrEqual(RUNS);
  expect(rendered).toBeGreaterThan(0);
});
