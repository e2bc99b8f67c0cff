// Submitting an antd form: a value that fails its check is shown on the field by antd, so the
// rejected validation goes no further — it is neither an error to report nor an unhandled rejection.
import type { FormInstance } from 'antd';

/** True for the rejection antd's validateFields gives when a field fails its rules. */
function isValidationFailure(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'errorFields' in error;
}

/**
 * Validates `form` and passes its values to `onValid`. Output: a promise that settles when
 * `onValid` has finished, or at once when a field failed (the field shows why). Throws what
 * `onValid` throws, and any failure other than a field's check.
 */
export async function submitForm<T>(form: FormInstance<T>, onValid: (values: T) => void | Promise<void>): Promise<void> {
  let values: T;
  try {
    values = await form.validateFields();
  } catch (error) {
    if (isValidationFailure(error)) return;
    throw error;
  }
  await onValid(values);
}
