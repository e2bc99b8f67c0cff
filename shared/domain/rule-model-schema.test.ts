import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';

import type { LegacyRule, ScoringRule } from './indicator-system';
import type { ComposedRule, Term } from './rule-model';
import type { composedRuleSchema, scoringRuleSchema } from './rule-model-schema';
import { termSchema } from './rule-model-schema';

describe('the rule model schema', () => {
  it('describes exactly the rule model types, both ways (a field added to one only fails the type check)', () => {
    expectTypeOf<z.infer<typeof termSchema>>().toEqualTypeOf<Term>();
    expectTypeOf<z.infer<typeof composedRuleSchema>>().toEqualTypeOf<ComposedRule>();
    expectTypeOf<z.infer<typeof scoringRuleSchema>>().toEqualTypeOf<ScoringRule>();
    expectTypeOf<Exclude<z.infer<typeof scoringRuleSchema>, ComposedRule>>().toEqualTypeOf<LegacyRule>();
  });

  it('knows every term kind the model has', () => {
    const kinds = termSchema.options.map((option) => option.shape.kind.value).sort();
    expectTypeOf<(typeof kinds)[number]>().toEqualTypeOf<Term['kind']>();
    expect(new Set(kinds).size).toBe(kinds.length);
  });
});
