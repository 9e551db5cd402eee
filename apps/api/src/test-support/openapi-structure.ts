// Checks the shape of an OpenAPI 3.1 document: the version, that every path has operations
// and every operation declares responses, and that every $ref points at something that exists.

const methods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

function resolvePointer(document: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  return ref
    .slice(2)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), document);
}

/** Every fault found, as sentences; an empty list means the document is well formed. */
export function openApiFaults(document: Record<string, unknown>): string[] {
  const faults: string[] = [];
  if (typeof document['openapi'] !== 'string' || !/^3\.1\.\d+$/.test(document['openapi'])) faults.push(`openapi is ${String(document['openapi'])}, not 3.1.x`);
  const info = document['info'] as Record<string, unknown> | undefined;
  if (!info || typeof info['title'] !== 'string' || typeof info['version'] !== 'string') faults.push('info needs a title and a version');
  const paths = (document['paths'] ?? {}) as Record<string, Record<string, unknown>>;
  if (Object.keys(paths).length === 0) faults.push('there are no paths');
  for (const [path, item] of Object.entries(paths)) {
    const operations = Object.keys(item).filter((key) => methods.includes(key));
    if (operations.length === 0) faults.push(`${path} has no operations`);
    for (const method of operations) {
      const responses = (item[method] as Record<string, unknown>)['responses'] as Record<string, unknown> | undefined;
      if (!responses || Object.keys(responses).length === 0) faults.push(`${method.toUpperCase()} ${path} declares no responses`);
    }
    for (const parameter of path.match(/\{[^}]+\}/g) ?? []) {
      const name = parameter.slice(1, -1);
      for (const method of operations) {
        const declared = ((item[method] as Record<string, unknown>)['parameters'] as { name: string; in: string }[] | undefined) ?? [];
        if (!declared.some((p) => p.name === name && p.in === 'path')) faults.push(`${method.toUpperCase()} ${path} does not declare the path parameter ${name}`);
      }
    }
  }
  const visit = (node: unknown, where: string) => {
    if (Array.isArray(node)) node.forEach((child, index) => visit(child, `${where}/${index}`));
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string' && resolvePointer(document, value) === undefined) faults.push(`${where} refers to ${value}, which does not exist`);
        else visit(value, `${where}/${key}`);
      }
    }
  };
  visit(document, '#');
  return faults;
}
