// How 指标体系 is filtered: all indicators, or only those 待核对 (opened from a link elsewhere).
import { create } from 'zustand';

import { useUiStore } from '../../stores/ui-store';

type RubricView = { onlyToReview: boolean; setOnlyToReview(onlyToReview: boolean): void };

export const useRubricView = create<RubricView>()((set) => ({
  onlyToReview: false,
  setOnlyToReview: (onlyToReview) => set({ onlyToReview }),
}));

/** Opens 指标体系 on a system showing only its 待核对 indicators. */
export function showIndicatorsToReview(systemId: string): void {
  useRubricView.getState().setOnlyToReview(true);
  useUiStore.getState().openSystem(systemId);
}
