import { OfficerTrainingService } from '../officer/officer-training.service';
import type { Officer } from '../officer/officer.stub';
import { assessmentFactsByOfficerYear } from './assessment.loaders';
import type { OfficerAssessment } from './assessment.types';

export class AssessmentService extends OfficerTrainingService {
  /**
   * Joins this subgraph's facts with the fields the gateway fetched from their owners first (@requires):
   * `substantiatedComplaints` (participation), `educationFirstShare` (enforcement) and `communityScore` (service,
   * 双线考核 of the officer's community post).
   */
  async assessment(officer: Officer, year: number): Promise<OfficerAssessment> {
    const trainingHours = await this.hours(officer.id, year); // checks the caller and the year
    const facts = await this.scope.loaders.get(assessmentFactsByOfficerYear).load(`${officer.id}|${year}`);
    return {
      year,
      trainingHours,
      ...facts,
      substantiatedComplaints: officer.substantiatedComplaints ?? null,
      educationFirstShare: officer.educationFirstShare ?? null,
      communityScore: officer.communityScore ?? null,
    };
  }
}
