// Units a linear term's step is written in (每低1个百分点, 每超1天), for editors offering a default.
export const STEP_UNITS = ['个百分点', '天', '个工作日', '年', '个'] as const;
