// Small files as a council case system would export them for Cardiff (authority A in the test
// world): three children, one named like a spreadsheet formula and one placed in England with
// missing episodes in October 2025. Used by the import, export and command line tests.
export const fixtureAuthority = 'W06000015';

export const childrenCsv = [
  'authority_code,case_reference,given_name,family_name,date_of_birth,legal_status,preferred_language,first_language,other_language_name,communication_needs,disability,asylum_status',
  'W06000015,CDF-2019-0042,"=HYPERLINK(""http://example.com/x"",""open"")",Jones,2012-03-31,full-care-order,cy,cy,,,none,not-asylum-seeking',
  'W06000015,CDF-2021-0107,Osian,Pritchard,2009-11-02,section-76,en,en,,easy-read;symbols,disabled,not-asylum-seeking',
  'W06000015,CDF-2023-0311,Amir,Haddad,2008-06-17,section-76,other,other,Arabic,interpreter,none,uasc',
].join('\n');

export const entitlementsCsv = [
  'authority_code,case_reference,basis,start_date,end_date,end_reason',
  'W06000015,CDF-2019-0042,looked-after,2023-09-04,,',
  'W06000015,CDF-2021-0107,looked-after,2021-05-10,,',
  'W06000015,CDF-2023-0311,looked-after,2023-08-21,,',
].join('\n');

export const placementsCsv = [
  'authority_code,case_reference,placement_type,start_date,end_date,location_authority_code,location_outside_wales,home_has_visiting_advocacy,distance_from_home_km',
  'W06000015,CDF-2019-0042,foster-la,2023-09-04,,W06000015,,,3.5',
  'W06000015,CDF-2021-0107,foster-agency,2021-05-10,2024-03-01,W06000014,,,18',
  'W06000015,CDF-2021-0107,residential-independent,2024-03-01,,,Hereford,no,95',
  'W06000015,CDF-2023-0311,supported-living,2023-08-21,,W06000015,,,',
].join('\n');

export const missingEpisodesCsv = [
  'authority_code,case_reference,absence_kind,risk_grade,started_at,ended_at,conversation_offered_at,conversation_held_at,conversation_declined,exploitation_indicators',
  'W06000015,CDF-2021-0107,missing,medium,2025-10-01T22:15,2025-10-02T09:40,2025-10-02T15:00,2025-10-03T11:00,no,travel-out-of-area;older-associates',
  'W06000015,CDF-2021-0107,away,low,2025-11-14T18:00,2025-11-14T23:30,2025-11-15T10:00,,yes,',
  'W06000015,CDF-2021-0107,missing,high,2025-12-20T20:45,,,,no,',
].join('\n');

/** The same children file with two rows in error: a date that does not exist and an unknown legal status. */
export const childrenWithErrorsCsv = [
  'authority_code,case_reference,given_name,family_name,date_of_birth,legal_status,preferred_language,first_language,other_language_name,communication_needs,disability,asylum_status',
  'W06000015,CDF-2024-0001,Ffion,Lloyd,2023-02-30,full-care-order,cy,cy,,,none,not-asylum-seeking',
  'W06000015,CDF-2024-0002,Gethin,Morgan,2015-07-01,in-care-somehow,cy,cy,,,none,not-asylum-seeking',
  'W06000015,CDF-2024-0003,Nia,Price,2014-01-09,full-care-order,en,en,,,none,not-asylum-seeking',
].join('\n');

/** Files in the order an authority imports them: children first, so later files can name them. */
export const cleanFiles = [
  ['children', childrenCsv],
  ['entitlements', entitlementsCsv],
  ['placements', placementsCsv],
  ['missing-episodes', missingEpisodesCsv],
] as const;
