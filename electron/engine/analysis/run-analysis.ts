// The analyzeCase and getFindings calls: settings filled from defaults, findings kept in the case and read back.
import { DEFAULT_ANALYSIS_SETTINGS, type AnalysisProgress, type AnalyzeRequest, type Findings } from '../../../shared/model/findings';
import type { CaseDatabase, Session } from '../db/case-database';
import findingsLoadSql from '../sql/analysis/findings-load.sql?raw';
import findingsSaveSql from '../sql/analysis/findings-save.sql?raw';
import { analyzeCase } from './analyze-case';

export async function runAnalysis(
  db: CaseDatabase,
  request: AnalyzeRequest,
  appVersion: string,
  onProgress: (progress: AnalysisProgress) => void,
): Promise<Findings> {
  const settings = { ...DEFAULT_ANALYSIS_SETTINGS, ...request };
  const findings = await analyzeCase(db, settings, appVersion, onProgress);
  await db.run(findingsSaveSql, { findings: JSON.stringify(findings) });
  return findings;
}

/** The findings of the case's last analysis, or null when it has not been analysed. */
export async function savedFindings(session: Session): Promise<Findings | null> {
  const [row] = await session.query<{ findings: string }>(findingsLoadSql);
  return row ? (JSON.parse(row.findings) as Findings) : null;
}
