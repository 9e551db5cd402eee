// The 22 Welsh principal councils. Source: ONS GSS codes W06; Welsh names from Ordnance Survey
// and ISO 3166-2:GB; children looked after at 31 March 2024 from StatsWales CH/039 (rounded to 5, null
// where not retrieved); children fostered inside their own authority from StatsWales (complete).
import type { LocalAuthority } from '../schemas/authority.js';

export const localAuthorities: readonly LocalAuthority[] = [
  { code: 'W06000001', name: { en: 'Isle of Anglesey', cy: 'Ynys Môn' }, councilName: { en: 'Isle of Anglesey Council', cy: 'Cyngor Sir Ynys Môn' }, childrenLookedAfter2024: 145, fosteredInsideOwnAuthority2024: 75 },
  { code: 'W06000002', name: { en: 'Gwynedd', cy: 'Gwynedd' }, councilName: { en: 'Gwynedd Council', cy: 'Cyngor Gwynedd' }, childrenLookedAfter2024: 280, fosteredInsideOwnAuthority2024: 125 },
  { code: 'W06000003', name: { en: 'Conwy', cy: 'Conwy' }, councilName: { en: 'Conwy Council', cy: 'Cyngor Bwrdeistref Sirol Conwy' }, childrenLookedAfter2024: 220, fosteredInsideOwnAuthority2024: 100 },
  { code: 'W06000004', name: { en: 'Denbighshire', cy: 'Sir Ddinbych' }, councilName: { en: 'Denbighshire Council', cy: 'Cyngor Sir Ddinbych' }, childrenLookedAfter2024: 210, fosteredInsideOwnAuthority2024: 90 },
  { code: 'W06000005', name: { en: 'Flintshire', cy: 'Sir y Fflint' }, councilName: { en: 'Flintshire Council', cy: 'Cyngor Sir y Fflint' }, childrenLookedAfter2024: 235, fosteredInsideOwnAuthority2024: 80 },
  { code: 'W06000006', name: { en: 'Wrexham', cy: 'Wrecsam' }, councilName: { en: 'Wrexham Council', cy: 'Cyngor Bwrdeistref Sirol Wrecsam' }, childrenLookedAfter2024: 310, fosteredInsideOwnAuthority2024: 120 },
  { code: 'W06000008', name: { en: 'Ceredigion', cy: 'Ceredigion' }, councilName: { en: 'Ceredigion Council', cy: 'Cyngor Sir Ceredigion' }, childrenLookedAfter2024: 135, fosteredInsideOwnAuthority2024: 60 },
  { code: 'W06000009', name: { en: 'Pembrokeshire', cy: 'Sir Benfro' }, councilName: { en: 'Pembrokeshire Council', cy: 'Cyngor Sir Penfro' }, childrenLookedAfter2024: 255, fosteredInsideOwnAuthority2024: 160 },
  { code: 'W06000010', name: { en: 'Carmarthenshire', cy: 'Sir Gaerfyrddin' }, councilName: { en: 'Carmarthenshire Council', cy: 'Cyngor Sir Gaerfyrddin' }, childrenLookedAfter2024: 260, fosteredInsideOwnAuthority2024: 175 },
  { code: 'W06000011', name: { en: 'Swansea', cy: 'Abertawe' }, councilName: { en: 'Swansea Council', cy: 'Cyngor Sir a Dinas Abertawe' }, childrenLookedAfter2024: 490, fosteredInsideOwnAuthority2024: 265 },
  { code: 'W06000012', name: { en: 'Neath Port Talbot', cy: 'Castell-nedd Port Talbot' }, councilName: { en: 'Neath Port Talbot Council', cy: 'Cyngor Bwrdeistref Sirol Castell-nedd Port Talbot' }, childrenLookedAfter2024: 250, fosteredInsideOwnAuthority2024: 125 },
  { code: 'W06000013', name: { en: 'Bridgend', cy: 'Pen-y-bont ar Ogwr' }, councilName: { en: 'Bridgend Council', cy: 'Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr' }, childrenLookedAfter2024: 370, fosteredInsideOwnAuthority2024: 185 },
  { code: 'W06000014', name: { en: 'Vale of Glamorgan', cy: 'Bro Morgannwg' }, councilName: { en: 'Vale of Glamorgan Council', cy: 'Cyngor Bwrdeistref Sirol Bro Morgannwg' }, childrenLookedAfter2024: 335, fosteredInsideOwnAuthority2024: 145 },
  { code: 'W06000015', name: { en: 'Cardiff', cy: 'Caerdydd' }, councilName: { en: 'Cardiff Council', cy: 'Cyngor Caerdydd' }, childrenLookedAfter2024: null, fosteredInsideOwnAuthority2024: 385 },
  { code: 'W06000016', name: { en: 'Rhondda Cynon Taf', cy: 'Rhondda Cynon Taf' }, councilName: { en: 'Rhondda Cynon Taf Council', cy: 'Cyngor Bwrdeistref Sirol Rhondda Cynon Taf' }, childrenLookedAfter2024: null, fosteredInsideOwnAuthority2024: 370 },
  { code: 'W06000018', name: { en: 'Caerphilly', cy: 'Caerffili' }, councilName: { en: 'Caerphilly Council', cy: 'Cyngor Bwrdeistref Sirol Caerffili' }, childrenLookedAfter2024: null, fosteredInsideOwnAuthority2024: 205 },
  { code: 'W06000019', name: { en: 'Blaenau Gwent', cy: 'Blaenau Gwent' }, councilName: { en: 'Blaenau Gwent Council', cy: 'Cyngor Bwrdeistref Sirol Blaenau Gwent' }, childrenLookedAfter2024: null, fosteredInsideOwnAuthority2024: 95 },
  { code: 'W06000020', name: { en: 'Torfaen', cy: 'Tor-faen' }, councilName: { en: 'Torfaen Council', cy: 'Cyngor Bwrdeistref Sirol Torfaen' }, childrenLookedAfter2024: null, fosteredInsideOwnAuthority2024: 170 },
  { code: 'W06000021', name: { en: 'Monmouthshire', cy: 'Sir Fynwy' }, councilName: { en: 'Monmouthshire Council', cy: 'Cyngor Sir Fynwy' }, childrenLookedAfter2024: null, fosteredInsideOwnAuthority2024: 55 },
  { code: 'W06000022', name: { en: 'Newport', cy: 'Casnewydd' }, councilName: { en: 'Newport Council', cy: 'Cyngor Dinas Casnewydd' }, childrenLookedAfter2024: null, fosteredInsideOwnAuthority2024: 150 },
  { code: 'W06000023', name: { en: 'Powys', cy: 'Powys' }, councilName: { en: 'Powys Council', cy: 'Cyngor Sir Powys' }, childrenLookedAfter2024: 245, fosteredInsideOwnAuthority2024: 100 },
  { code: 'W06000024', name: { en: 'Merthyr Tydfil', cy: 'Merthyr Tudful' }, councilName: { en: 'Merthyr Tydfil Council', cy: 'Cyngor Bwrdeistref Sirol Merthyr Tudful' }, childrenLookedAfter2024: null, fosteredInsideOwnAuthority2024: 80 },
];

/** Published Wales total of children looked after at 31 March 2024 (StatsWales). */
export const walesChildrenLookedAfter2024 = 7198;

/** Current RPB region of each authority (Bridgend moved from West Glamorgan, then Western Bay, to Cwm Taf Morgannwg on 1 April 2019). */
export const rpbRegionOf2024: Readonly<Record<string, string>> = {
  'W06000001': 'north-wales',
  'W06000002': 'north-wales',
  'W06000003': 'north-wales',
  'W06000004': 'north-wales',
  'W06000005': 'north-wales',
  'W06000006': 'north-wales',
  'W06000008': 'west-wales',
  'W06000009': 'west-wales',
  'W06000010': 'west-wales',
  'W06000011': 'west-glamorgan',
  'W06000012': 'west-glamorgan',
  'W06000013': 'cwm-taf-morgannwg',
  'W06000014': 'cardiff-and-vale',
  'W06000015': 'cardiff-and-vale',
  'W06000016': 'cwm-taf-morgannwg',
  'W06000018': 'gwent',
  'W06000019': 'gwent',
  'W06000020': 'gwent',
  'W06000021': 'gwent',
  'W06000022': 'gwent',
  'W06000023': 'powys',
  'W06000024': 'cwm-taf-morgannwg',
};
