import type { Migration } from 'kysely';
import * as foundation from './20261129T1400_foundation.js';
import * as cases from './20261129T1500_cases.js';
import * as caseLinks from './20261129T1600_case_links.js';
import * as intakeIndexes from './20261129T1610_intake_indexes.js';
import * as routing from './20261129T1700_routing.js';
import * as dutyRosters from './20261129T1720_duty_rosters.js';
import * as expertMatching from './20261129T1730_expert_matching.js';
import * as receptionCodes from './20261129T1740_reception_codes.js';
import * as intakeLookup from './20261129T1800_intake_lookup.js';
import * as handling from './20261129T1900_handling.js';
import * as sessionCancel from './20261129T1910_session_cancel.js';
import * as agreementReminder from './20261129T1920_agreement_reminder.js';
import * as followup from './20261129T2000_followup.js';
import * as familyChecklist from './20261129T2001_family_checklist.js';
import * as followupPlanEvents from './20261129T2002_followup_plan_events.js';
import * as kpiFacts from './20261129T2100_kpi_facts.js';

/** Every migration, by timestamped name. Listed statically so that no directory scan is needed at run time. */
export const migrations: Record<string, Migration> = {
  '20261129T1400_foundation': foundation,
  '20261129T1500_cases': cases,
  '20261129T1600_case_links': caseLinks,
  '20261129T1610_intake_indexes': intakeIndexes,
  '20261129T1700_routing': routing,
  '20261129T1720_duty_rosters': dutyRosters,
  '20261129T1730_expert_matching': expertMatching,
  '20261129T1740_reception_codes': receptionCodes,
  '20261129T1800_intake_lookup': intakeLookup,
  '20261129T1900_handling': handling,
  '20261129T1910_session_cancel': sessionCancel,
  '20261129T1920_agreement_reminder': agreementReminder,
  '20261129T2000_followup': followup,
  '20261129T2001_family_checklist': familyChecklist,
  '20261129T2002_followup_plan_events': followupPlanEvents,
  '20261129T2100_kpi_facts': kpiFacts,
};
