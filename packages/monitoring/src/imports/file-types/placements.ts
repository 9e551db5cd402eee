// placements.csv: where a child lives, from when to when, and whether a children's home has a
// visiting advocate. Keyed by child and start date: one placement per child starts on a day.
import { placementSchema, placementTypes, type Placement } from '@cynnig/domain';
import { authorityColumn, caseReferenceColumn, column } from '../column-layout.js';
import { endBeforeStart, type ImportFileType, type MappingProblem } from '../file-type.js';

const fields: Readonly<Record<string, string>> = {
  childId: 'case_reference',
  type: 'placement_type',
  start: 'start_date',
  end: 'end_date',
  homeHasVisitingAdvocacy: 'home_has_visiting_advocacy',
  distanceFromHomeKm: 'distance_from_home_km',
};

export const placementsFile: ImportFileType<'placements', Placement> = {
  kind: 'placements',
  layout: {
    kind: 'placements',
    fileName: 'placements.csv',
    title: { en: 'Placements', cy: 'Lleoliadau' },
    description: {
      en: 'One row per placement. Give the Welsh council area it is in, or describe where it is outside Wales.',
      cy: 'Un rhes i bob lleoliad. Rhowch ardal y cyngor yng Nghymru y mae ynddi, neu disgrifiwch ble mae y tu allan i Gymru.',
    },
    naturalKey: ['case_reference', 'start_date'],
    columns: [
      authorityColumn,
      caseReferenceColumn,
      column({ name: 'placement_type', format: 'code', codes: placementTypes.codes, description: { en: 'Type of placement', cy: 'Math o leoliad' }, example: 'foster-la' }),
      column({ name: 'start_date', format: 'date', description: { en: 'The day the child moved in', cy: 'Y diwrnod y symudodd y plentyn i mewn' }, example: '2023-09-04' }),
      column({ name: 'end_date', format: 'date', required: false, description: { en: 'The day the placement ended; empty while it lasts', cy: 'Y diwrnod y daeth y lleoliad i ben; yn wag tra mae\'n parhau' }, example: '' }),
      column({
        name: 'location_authority_code',
        format: 'authority-code',
        required: false,
        description: { en: 'The Welsh council area the placement is in; empty when it is outside Wales', cy: 'Ardal y cyngor yng Nghymru lle mae\'r lleoliad; yn wag pan fo y tu allan i Gymru' },
        hint: { en: 'enter a Welsh council\'s GSS code like W06000015, or leave empty and fill in location_outside_wales', cy: 'rhowch god GSS cyngor yng Nghymru fel W06000015, neu gadewch yn wag a llenwch location_outside_wales' },
        example: 'W06000015',
      }),
      column({
        name: 'location_outside_wales',
        format: 'text',
        required: false,
        description: { en: 'Where the placement is, when it is outside Wales (a town or council area, never an address)', cy: 'Ble mae\'r lleoliad, pan fo y tu allan i Gymru (tref neu ardal cyngor, byth gyfeiriad)' },
        hint: { en: 'name the place in 120 characters or fewer, or leave empty when the placement is in Wales', cy: 'enwch y lle mewn 120 nod neu lai, neu gadewch yn wag pan fo\'r lleoliad yng Nghymru' },
        example: '',
      }),
      column({ name: 'home_has_visiting_advocacy', format: 'yes-no', required: false, mayBeOmitted: true, description: { en: 'For a children\'s home: whether it has a commissioned visiting advocate; empty if not known', cy: 'Ar gyfer cartref plant: a oes ganddo eiriolwr sy\'n ymweld wedi\'i gomisiynu; yn wag os nad yw\'n hysbys' }, example: '' }),
      column({
        name: 'distance_from_home_km',
        format: 'number',
        required: false,
        mayBeOmitted: true,
        description: { en: 'Distance from the child\'s home address in kilometres; empty if not known', cy: 'Pellter o gyfeiriad cartref y plentyn mewn cilometrau; yn wag os nad yw\'n hysbys' },
        hint: { en: 'enter a number of kilometres from 0 to 2000, like 12.5', cy: 'rhowch nifer o gilometrau o 0 i 2000, fel 12.5' },
        example: '4.5',
      }),
    ],
  },
  schema: placementSchema,
  toCandidate: (values, context) => {
    const inWales = values.location_authority_code;
    const outside = values.location_outside_wales;
    const problems: MappingProblem[] = [];
    if (inWales !== null && outside !== null) {
      problems.push({
        column: 'location_outside_wales',
        code: 'import.placement-location-twice',
        reason: { en: 'fill in location_authority_code or location_outside_wales, not both', cy: 'llenwch location_authority_code neu location_outside_wales, nid y ddau' },
      });
    }
    const location = inWales !== null ? { kind: 'wales', authorityCode: inWales } : outside !== null ? { kind: 'outside-wales', description: outside } : null;
    return {
      candidate: {
        childId: context.childId,
        type: values.placement_type,
        start: values.start_date,
        end: values.end_date,
        location,
        homeHasVisitingAdvocacy: values.home_has_visiting_advocacy,
        distanceFromHomeKm: values.distance_from_home_km,
      },
      problems,
    };
  },
  columnOf: (path) => {
    if (path[0] !== 'location') return typeof path[0] === 'string' ? fields[path[0]] ?? 'case_reference' : 'case_reference';
    return path[1] === 'description' ? 'location_outside_wales' : 'location_authority_code';
  },
  crossFieldReasons: { end_date: endBeforeStart('start_date') },
  dateOf: (value) => ({ column: 'start_date', date: value.start }),
};
