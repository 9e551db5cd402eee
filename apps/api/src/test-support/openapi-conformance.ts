// Checks answers against the OpenAPI document Cynnig publishes at /openapi.json, not against
// the zod schemas it was generated from: what a client generated from the document expects is
// what it gets. Each operation's response schema is compiled once with ajv (JSON Schema 2020-12,
// as OpenAPI 3.1 uses) and reused.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

type OpenApiDocument = { paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, unknown> }> }>> };

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const documentId = 'https://cynnig.cymru/openapi.json';
const escape = (part: string) => part.replace(/~/g, '~0').replace(/\//g, '~1');

/** A conformance check for one published document. */
export interface OpenApiConformance {
  /** Every way the answer departs from the document (empty when it conforms), as sentences. */
  faults(method: string, path: string, response: Response): Promise<string[]>;
}

export function openApiConformance(document: OpenApiDocument): OpenApiConformance {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  // OpenAPI's own keywords beside the JSON Schema ones
  for (const keyword of ['example', 'discriminator', 'xml', 'externalDocs']) ajv.addKeyword(keyword);
  ajv.addSchema(document as object, documentId);
  const templates = Object.keys(document.paths).map((template) => ({ template, pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`) }));
  const compiled = new Map<string, ValidateFunction>();

  return {
    async faults(method, path, response) {
      const pathOnly = path.split('?')[0] ?? path;
      // the most specific template: literal segments beat parameters
      const match = templates.filter((entry) => entry.pattern.test(pathOnly)).sort((a, b) => (a.template.match(/\{/g)?.length ?? 0) - (b.template.match(/\{/g)?.length ?? 0))[0];
      if (!match) return [];
      const operation = document.paths[match.template]?.[method.toLowerCase()];
      if (!operation) return [];
      const status = String(response.status);
      const declared = operation.responses?.[status] ?? operation.responses?.['default'];
      if (!declared) return [`${method} ${match.template} answered ${status}, which the document does not declare (it declares ${Object.keys(operation.responses ?? {}).join(', ')})`];
      const contentType = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
      const text = await response.clone().text();
      if (!declared.content) return text.length === 0 ? [] : [`${method} ${match.template} ${status} has a body, which the document does not declare`];
      if (!(contentType in declared.content)) return [`${method} ${match.template} ${status} answered ${contentType || 'no content type'}, not ${Object.keys(declared.content).join(' or ')}`];
      if (!contentType.endsWith('json')) return [];
      // a file to download (string, format binary) is described by its media type, not a JSON shape
      const declaredSchema = declared.content[contentType] as { schema?: { type?: unknown; format?: unknown } } | undefined;
      if (declaredSchema?.schema?.type === 'string' && declaredSchema.schema.format === 'binary') return [];
      const key = `${match.template} ${method} ${status} ${contentType}`;
      let validate = compiled.get(key);
      if (!validate) {
        const responseKey = operation.responses?.[status] ? status : 'default';
        const pointer = ['paths', match.template, method.toLowerCase(), 'responses', responseKey, 'content', contentType, 'schema'].map(escape).join('/');
        validate = ajv.compile({ $ref: `${documentId}#/${pointer}` });
        compiled.set(key, validate);
      }
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return [`${method} ${match.template} ${status} is not JSON`];
      }
      if (validate(body)) return [];
      return (validate.errors ?? []).map((error) => `${method} ${match.template} ${status}: ${error.instancePath || '(body)'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
    },
  };
}
