// How succession compares agency names: through agency-names.ts's grouping key, so that
// 区食药监局, 食品药品监督管理局 and 衡阳市蒸湘区食品药品监督管理局 (in 蒸湘区) are one body,
// plus the aliases an event lists for names that key cannot join (市场监管局).
import { agencyGroupKey } from '../agency-names';
import { type Jurisdiction, parseJurisdictionKey } from '../jurisdiction';
import type { SuccessionAgency } from './model';

/** How names are read: in a known jurisdiction, or in a county not named. */
export interface NameReading {
  jurisdiction: Jurisdiction;
  /** False when no jurisdiction was given: place names at the front are then taken off by their shape. */
  placeKnown: boolean;
}

/**
 * Where a name is read when no jurisdiction is known: a county, so that a leading 区/县 is a
 * level prefix (区食药监局) while a leading 市 stays part of the name (市场监督管理局).
 */
const ANY_COUNTY: Jurisdiction = { province: null, city: null, county: '县' };

/** 衡阳市蒸湘区, 湖南省衡阳市: place names (two characters or more before the level) at the front of a name. */
const PLACE_PREFIX = /^(?:[^省市县区]{2,8}?(?:自治区|省|市|县|区))+(?=.{3,})/u;

/** A level prefix (区 of 区食药监局, 区农办), counted only where taking it off leaves the same body. */
const LEVEL_PREFIX = /^[区县市](?=.{2,})/u;

/**
 * 区政府法制办, 县人民政府应急管理办公室: an office of the government itself. agency-names.ts
 * keeps 区政府… whole (it is an organ, not a level prefix); succession compares the office.
 */
const GOVERNMENT_OFFICE = /^[区县市]?(?:人民)?政府(?=.{3,})/u;

export function nameReading(jurisdictionKey: string | null): NameReading {
  return jurisdictionKey
    ? { jurisdiction: parseJurisdictionKey(jurisdictionKey), placeKnown: true }
    : { jurisdiction: ANY_COUNTY, placeKnown: false };
}

/** A name's grouping key as succession compares it. */
export function nameKey(name: string, reading: NameReading): string {
  const unplaced = reading.placeKnown ? name : name.replace(PLACE_PREFIX, '');
  const key = agencyGroupKey(unplaced, reading.jurisdiction);
  return key.replace(GOVERNMENT_OFFICE, '');
}

/** The keys of an agency's name and aliases. */
export function agencyKeys(agency: SuccessionAgency, reading: NameReading): Set<string> {
  return new Set([agency.name, ...(agency.aliases ?? [])].map((n) => nameKey(n, reading)));
}

/** Two agencies are one body when a name or alias of one has a key of the other. */
export function sameAgency(a: SuccessionAgency, b: SuccessionAgency, reading: NameReading): boolean {
  const keys = agencyKeys(a, reading);
  for (const k of agencyKeys(b, reading)) if (keys.has(k)) return true;
  return false;
}

/** The canonical key of an agency: its name's (aliases join it; see `sameAgency`). */
export function canonicalKey(agency: SuccessionAgency, reading: NameReading): string {
  return nameKey(agency.name, reading);
}

/**
 * The place and level an asked name starts with (区 of 区食品药品监督管理局, 衡阳市蒸湘区 of
 * 衡阳市蒸湘区食品药品监督管理局), so a successor the national pattern names by its kind can
 * be shown the way the question named its predecessor: 区市场监督管理局.
 */
export function placePrefixOf(name: string, reading: NameReading): string {
  const place = PLACE_PREFIX.exec(name)?.[0] ?? '';
  const rest = name.slice(place.length);
  const level = LEVEL_PREFIX.exec(rest)?.[0] ?? '';
  const keepsBody = level !== '' && nameKey(rest.slice(level.length), reading) === nameKey(rest, reading);
  return place + (keepsBody ? level : '');
}
