// One way to write a form that sends a contract call: @mantine/form holds the values and errors,
// the checks in `validate` run on every field at submit (so an empty form is flagged at each
// required field, not only the first main refuses), a field's error goes as soon as the field
// changes, a refusal from main is placed at the fields it names, and focus moves to the first
// field in error or, after success, to what the submit produced. Copy this shape for new forms:
//
//   const contract = useContractForm({ initialValues, validate: { title: required(t('…')) }, within: 'action' });
//   <form noValidate onSubmit={contract.onSubmit((values) => call(…), (result) => focusResultAt(…))}>
//     <TextInput {...contract.form.getInputProps('title')} />
//     <FormActions error={contract.error} busy={contract.busy} … />
import { useForm, type FormRulesRecord, type UseFormReturnType } from '@mantine/form';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useSubmit } from '../../api/use-submit';
import { focusFirstProblem } from '../focus-first-problem';
import { fieldPaths, placeFailure, type Placement } from './place-failure';

export interface ContractFormOptions<Values> extends Placement {
  initialValues: Values;
  validate?: FormRulesRecord<Values>;
}

export interface ContractForm<Values> {
  /** Mantine's form: getInputProps, values, setFieldValue, reset … */
  form: UseFormReturnType<Values>;
  busy: boolean;
  /** What went wrong that is not shown at a field (for ErrorAlert / FormActions). */
  error: unknown;
  /**
   * The form's submit handler: checks every field, then sends. `done` gets the call's value; a
   * refusal is shown at the fields and focus moves to the first of them.
   */
  onSubmit<T>(send: (values: Values) => Promise<T>, done?: (value: T, values: Values) => void): (event?: FormEvent<HTMLFormElement>) => void;
  /** Forgets a refusal shown above the buttons (e.g. when the form is reopened). */
  clearError(): void;
}

export function useContractForm<Values extends object>({ initialValues, validate, ...placement }: ContractFormOptions<Values>): ContractForm<Values> {
  // Controlled: several forms show parts depending on other fields (the strength meter, a date).
  const form = useForm<Values>({ mode: 'controlled', initialValues, validate, clearInputErrorOnChange: true });
  const submit = useSubmit(placement.within);
  // The submitted <form>, taken from the submit event: where the first field in error is looked for.
  const submitted = useRef<HTMLFormElement | null>(null);
  // Focus moves once the errors are drawn: after the render that shows them, not before.
  const [problemShown, setProblemShown] = useState(0);
  useEffect(() => {
    if (problemShown > 0) focusFirstProblem(submitted.current);
  }, [problemShown]);

  const fieldNames = fieldPaths(initialValues);
  const { general: error } = placeFailure(submit.error, fieldNames, placement);

  const { attempt, clearError } = submit;
  const onSubmit =
    <T>(send: (values: Values) => Promise<T>, done?: (value: T, values: Values) => void) =>
    (event?: FormEvent<HTMLFormElement>) => {
      submitted.current = event?.currentTarget ?? null;
      form.onSubmit(
        async (values) => {
          const outcome = await attempt(() => send(values));
          if (outcome.ok) return done?.(outcome.value, values);
          form.setErrors(placeFailure(outcome.failure, fieldNames, placement).fields);
          setProblemShown((count) => count + 1);
        },
        () => {
          // An older refusal from main no longer describes what is on screen.
          clearError();
          setProblemShown((count) => count + 1);
        },
      )(event);
    };

  return { form, busy: submit.busy, error, onSubmit, clearError: useCallback(() => clearError(), [clearError]) };
}
