// A readable page of the API at /docs, rendered on the server from the OpenAPI document with
// its own small stylesheet: no scripts, nothing fetched from elsewhere. It also lists every
// problem code, which the `type` of a problem document links to.
import { problemCatalogue } from '../../problems/problem-catalogue.js';

type Operation = { summary?: string; description?: string; tags?: string[]; responses?: Record<string, { description?: string }>; requestBody?: unknown; parameters?: { name: string; in: string; required?: boolean }[] };

const escape = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export const docsStylesheet = `
body{font-family:system-ui,Arial,sans-serif;margin:0 auto;max-width:60rem;padding:1rem 2rem;color:#0b0c0c;line-height:1.4}
h1{font-size:2rem}h2{margin-top:2rem;border-bottom:2px solid #0b0c0c}
.op{border-left:5px solid #1d70b8;padding:.25rem 1rem;margin:1rem 0;background:#f3f2f1}
.method{font-weight:700;text-transform:uppercase;display:inline-block;min-width:4.5rem}
code{font-family:ui-monospace,monospace;background:#fff;padding:0 .2rem}
table{border-collapse:collapse}td,th{border-bottom:1px solid #b1b4b6;padding:.3rem .6rem;text-align:left}
`;

/** The HTML of the documentation page. */
export function docsPage(document: Record<string, unknown>): string {
  const info = document['info'] as { title: string; version: string; description?: string };
  const paths = (document['paths'] ?? {}) as Record<string, Record<string, Operation>>;
  const byTag = new Map<string, string[]>();
  for (const [path, operations] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const tag = operation.tags?.[0] ?? 'Other';
      const parameters = (operation.parameters ?? []).map((p) => `<code>${escape(p.name)}</code> (${escape(p.in)}${p.required ? ', required' : ''})`).join(', ');
      const responses = Object.entries(operation.responses ?? {})
        .map(([status, response]) => `<tr><td>${escape(status)}</td><td>${escape(response.description ?? '')}</td></tr>`)
        .join('');
      const html = `<div class="op"><p><span class="method">${escape(method)}</span> <code>${escape(path)}</code></p>
<p>${escape(operation.summary ?? '')}</p>${operation.description ? `<p>${escape(operation.description)}</p>` : ''}
${parameters ? `<p>Parameters: ${parameters}</p>` : ''}${operation.requestBody ? '<p>Takes a JSON body (see the schema in <a href="/openapi.json">openapi.json</a>).</p>' : ''}
<table><thead><tr><th>Status</th><th>Meaning</th></tr></thead><tbody>${responses}</tbody></table></div>`;
      byTag.set(tag, [...(byTag.get(tag) ?? []), html]);
    }
  }
  const sections = [...byTag.entries()].map(([tag, operations]) => `<h2>${escape(tag)}</h2>${operations.join('\n')}`).join('\n');
  const problems = Object.entries(problemCatalogue)
    .map(([code, kind]) => `<tr id="problem-${code}"><td><code>${code}</code></td><td>${kind.status}</td><td>${escape(kind.title.en)}</td><td lang="cy">${escape(kind.title.cy)}</td></tr>`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(info.title)} ${escape(info.version)}</title><link rel="stylesheet" href="/docs/style.css"></head>
<body><main><h1>${escape(info.title)} <small>${escape(info.version)}</small></h1><p>${escape(info.description ?? '')}</p>
<p>The machine-readable document is at <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p>
${sections}
<h2 id="problems">Problem codes</h2><table><thead><tr><th>code</th><th>status</th><th>English</th><th>Cymraeg</th></tr></thead><tbody>${problems}</tbody></table>
</main></body></html>`;
}
