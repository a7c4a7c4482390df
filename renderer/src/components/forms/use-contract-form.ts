// One way to write a form that sends a contract call: @mantine/form holds the values and errors,
// the checks in `validate` run on every field at submit (so an empty form is flagged at each
// required field, not only the first main refuses), a field's error goes as soon as the field
// changes, a refusal from main is placed at the fields it names, and focus moves to the first
// field in error or, after success, to what the submit produced. Copy this shape for new forms:
//
//   const contract = useContractForm({ initialValues, validate: { title: required(t('…')) }, within: 'action' });
//   <form noValidate onSubmit={contract.onSubmit((values) => call(…), (result) => focusResultAt(…))}>
//     <TextInput {...contract.form.getInputProps('title')} />
//     <DateField label={…} {...contract.dateInputProps('dueDate')} />
//     <FormActions error={contract.error} busy={contract.busy} … />
import { useForm, type FormRulesRecord, type LooseKeys, type UseFormReturnType } from '@mantine/form';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../api/use-submit';
import { datePlaceholder, dateTimePlaceholder } from '../../i18n/format';
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
  /**
   * Props for a DateField at `path`. A date typed halfway is an error at submit, not an empty
   * field: the form is not sent as if the advisor had left the date out.
   */
  dateInputProps(path: LooseKeys<Values>, withTime?: boolean): DateInputProps;
}

export interface DateInputProps {
  value: string | null;
  onChange(value: string | null, invalid: boolean): void;
  error?: string;
  withTime: boolean;
}

export function useContractForm<Values extends object>({ initialValues, validate, ...placement }: ContractFormOptions<Values>): ContractForm<Values> {
  const { t } = useTranslation();
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

  // Date fields whose text is not (yet) a date, with the message for each: DateField keeps the
  // last whole value in the form, so the rules alone cannot see it.
  const halfTyped = useRef(new Map<string, string>());
  const dateInputProps = (path: LooseKeys<Values>, withTime = false): DateInputProps => {
    const { value, error: fieldError } = form.getInputProps(path);
    return {
      value: (value as string | null | undefined) || null,
      error: fieldError as string | undefined,
      withTime,
      onChange: (next, invalid) => {
        if (invalid) halfTyped.current.set(String(path), t('casework.date.incomplete', { format: withTime ? dateTimePlaceholder() : datePlaceholder() }));
        else halfTyped.current.delete(String(path));
        form.setFieldValue(path, next as never);
      },
    };
  };

  const { attempt, clearError } = submit;
  const onSubmit =
    <T>(send: (values: Values) => Promise<T>, done?: (value: T, values: Values) => void) =>
    (event?: FormEvent<HTMLFormElement>) => {
      submitted.current = event?.currentTarget ?? null;
      const unfinishedDates = Object.fromEntries(halfTyped.current);
      const datesUnfinished = Object.keys(unfinishedDates).length > 0;
      form.onSubmit(
        async (values) => {
          if (datesUnfinished) {
            form.setErrors(unfinishedDates);
            setProblemShown((count) => count + 1);
            return;
          }
          const outcome = await attempt(() => send(values));
          if (outcome.ok) return done?.(outcome.value, values);
          form.setErrors(placeFailure(outcome.failure, fieldNames, placement).fields);
          setProblemShown((count) => count + 1);
        },
        (errors) => {
          if (datesUnfinished) form.setErrors({ ...errors, ...unfinishedDates });
          // An older refusal from main no longer describes what is on screen.
          clearError();
          setProblemShown((count) => count + 1);
        },
      )(event);
    };

  return { form, busy: submit.busy, error, onSubmit, clearError: useCallback(() => clearError(), [clearError]), dateInputProps };
}
