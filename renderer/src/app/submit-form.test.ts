import type { FormInstance } from 'antd';
import { describe, expect, it, vi } from 'vitest';

import { submitForm } from './submit-form';

const formRejecting = (reason: unknown) => ({ validateFields: () => Promise.reject(reason) }) as unknown as FormInstance<{ name: string }>;

describe('submitForm', () => {
  it('passes valid values on', async () => {
    const onValid = vi.fn();
    await submitForm({ validateFields: () => Promise.resolve({ name: '甲区' }) } as unknown as FormInstance<{ name: string }>, onValid);
    expect(onValid).toHaveBeenCalledWith({ name: '甲区' });
  });

  it('settles quietly when a field failed its check, without calling on', async () => {
    const onValid = vi.fn();
    await expect(
      submitForm(formRejecting({ errorFields: [{ name: ['deadline'], errors: ['不是存在的日期'] }], values: {} }), onValid),
    ).resolves.toBeUndefined();
    expect(onValid).not.toHaveBeenCalled();
  });

  it('passes any other failure on', async () => {
    await expect(submitForm(formRejecting(new Error('存储已满')), vi.fn())).rejects.toThrow('存储已满');
  });
});
