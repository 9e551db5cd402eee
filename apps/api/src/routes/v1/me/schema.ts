// The settings a signed-in person may change about themselves.
import { z } from '@hono/zod-openapi';
import { languageSchema } from '@cynnig/domain';

export const updateMeSchema = z.object({ preferredLanguage: languageSchema }).strict().openapi('UpdateMe');
