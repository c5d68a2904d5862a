/** Outcome of "Test connection" for one web service of the HR system (a system that offers it). */
export interface ServiceTestResult {
  service: string;
  outcome: 'works' | 'not-authorised' | 'missing-scope' | 'unreachable' | 'unexpected';
  message: string;
}
