/** The two survey databases. */
export type RecordKind = 'returnee' | 'out-migrant';

/** Sex as recorded and as derived from a resident ID number. */
export type Sex = 'male' | 'female';

/**
 * A calendar date `YYYY-MM-DD`, or a year and month `YYYY-MM` where the
 * source only gives month precision. Never a `Date`, so no time zone can
 * shift it.
 */
export type CalendarDate = string;

/** Returnee status codes (就业, 自主创业, 未就业, 再次外出). */
export type ReturneeStatus =
  'employed' | 'self_employed' | 'unemployed' | 'left_again';

/** Park codes (创业孵化园, 创业园, 否). */
export type Park = 'incubation_park' | 'startup_park' | 'none';

/** Entity type codes of a returnee business. */
export type EntityType =
  | 'individual_household'
  | 'farmers_cooperative'
  | 'sole_proprietorship'
  | 'partnership'
  | 'limited_company'
  | 'joint_stock_company'
  | 'other_enterprise'
  | 'unregistered';

/** Return intention codes of a person working away. */
export type ReturnIntention =
  'return_to_work' | 'return_to_start_business' | 'not_returning' | 'undecided';

/** Fields shared by both record kinds, after validation and normalisation. */
export interface PersonFields {
  /** Record number, unique within a survey round. */
  recordId?: string;
  /** Name, trimmed and NFC-normalised. */
  name: string;
  /** Resident ID number in its normalised 18-character form. */
  residentId?: string;
  /** Sex. */
  sex: Sex;
  /** Birth date, from the file or derived from the resident ID number. */
  birthDate?: CalendarDate;
  /** GB/T 3304 two-digit ethnic group code. */
  ethnicity?: string;
  /** GB/T 4658 education code (10 to 90). */
  education?: string;
  /** Mainland mobile number, 11 digits. */
  phone?: string;
  /** Township name, as in the registry when one was given. */
  township: string;
  /** Township 9-digit statistical code, when a registry was given. */
  townshipCode?: string;
  /** Village name, as in the registry when one was given. */
  village: string;
  /** Village 12-digit statistical code, when a registry was given. */
  villageCode?: string;
  /** Skills, split on the usual separators. */
  skills: string[];
  /** Survey date (day precision). */
  surveyedAt: CalendarDate;
  /** Enumerator who collected the record. */
  enumerator: string;
}

/** A record of the returnee database (回乡人员创业就业情况). */
export interface ReturneeRecord extends PersonFields {
  /** Record kind. */
  kind: 'returnee';
  /** Return date. */
  returnedAt: CalendarDate;
  /** GB/T 2260 two-digit province code of the last place of work. */
  previousWorkProvince?: string;
  /** Employment or business status. */
  status: ReturneeStatus;
  /** Employer, expected when the status is employed. */
  employer?: string;
  /** GB/T 4754-2017 section letter. */
  industry?: string;
  /** Business name, required when self-employed. */
  businessName?: string;
  /** Entity type, required when self-employed. */
  entityType?: EntityType;
  /** Whether the business is designated a family farm (家庭农场). */
  familyFarm?: boolean;
  /** GB 32100 unified social credit code. */
  creditCode?: string;
  /** Business start date. */
  startedAt?: CalendarDate;
  /** Investment in units of 10,000 yuan. */
  investment?: number;
  /** Park the business is in. */
  park?: Park;
  /** Jobs created by the business, only when self-employed. */
  jobsCreated?: number;
  /** Support policy codes received. */
  support: string[];
  /** Loan amount in units of 10,000 yuan. */
  loanAmount?: number;
}

/** A record of the database of people working away (在外人员基本情况). */
export interface OutMigrantRecord extends PersonFields {
  /** Record kind. */
  kind: 'out-migrant';
  /** Departure date. */
  departedAt?: CalendarDate;
  /** GB/T 2260 two-digit province code of the place of work. */
  workProvince: string;
  /** City of work, free text. */
  workCity?: string;
  /** GB/T 4754-2017 section letter. */
  industry?: string;
  /** Occupation, free text. */
  occupation?: string;
  /** Monthly income in whole yuan. */
  monthlyIncome?: number;
  /** Intention to return. */
  returnIntention?: ReturnIntention;
  /** Need codes. */
  needs: string[];
}

/** A record of either kind. */
export type SurveyRecord = ReturneeRecord | OutMigrantRecord;
