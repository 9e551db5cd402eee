// Identifiers. Internal ids are UUIDs; authorities use their GSS code.
import { z } from 'zod';

export const idSchema = z.uuid();
export type Id = z.infer<typeof idSchema>;

/** A Welsh principal council's GSS code, W06000001 to W06000024. */
export const gssCodeSchema = z.string().regex(/^W060000(0[1-9]|1[0-9]|2[0-4])$/, 'Enter a Welsh council GSS code such as W06000015');

/** The authority's own case reference for a child, as their case system shows it. */
export const caseReferenceSchema = z.string().trim().min(1, 'Enter the case reference').max(40, 'Case reference must be 40 characters or fewer').regex(/^[A-Za-z0-9/_-]+$/, 'Case reference can only contain letters, numbers, slashes, hyphens and underscores');
