// Settings of official outputs and the ledger, kept across sessions: the signing office of reports
// (发文机关 / 评价单位 — an office, never a person) and how many days after a finding a new
// rectification's deadline is proposed.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

import { PROPOSED_DEADLINE_DAYS } from '#shared/rectification/ledger';

type ReportSettings = {
  /** 发文机关署名 of evaluation-level reports (评价报告, 汇总整改报告); '' until the user names it. */
  signingOffice: string;
  /** Days from a finding's date to the deadline proposed for its rectification. */
  deadlineDays: number;
  setSigningOffice(signingOffice: string): void;
  setDeadlineDays(deadlineDays: number): void;
};

const initial = { signingOffice: '', deadlineDays: PROPOSED_DEADLINE_DAYS };

export const useReportSettings = create<ReportSettings>()(
  persist(
    (set) => ({
      ...initial,
      setSigningOffice: (signingOffice) => set({ signingOffice: signingOffice.trim() }),
      setDeadlineDays: (deadlineDays) => set({ deadlineDays }),
    }),
    { name: 'kaoping-report-settings', partialize: (state) => ({ signingOffice: state.signingOffice, deadlineDays: state.deadlineDays }) },
  ),
);

/** Back to the start state (tests). */
export function resetReportSettings(): void {
  useReportSettings.setState(initial);
}
