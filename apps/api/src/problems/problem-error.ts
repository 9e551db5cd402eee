// An error that already knows how it is answered: a problem code from the catalogue, an
// optional detail in both languages and the fields at fault. Routes and services throw it;
// the error handler turns it into problem details.
import { CynnigError, type Bilingual } from '@cynnig/domain';
import { problemCatalogue, type ProblemCode } from './problem-catalogue.js';

export interface FieldProblem {
  readonly path: (string | number)[];
  readonly message: Bilingual;
}

export class ProblemError extends CynnigError {
  readonly status: number;
  readonly fields: readonly FieldProblem[];
  /** Extra members added to the problem document (e.g. the current version on a 409). */
  readonly extensions: Record<string, unknown>;

  constructor(code: ProblemCode, options: { detail?: Bilingual; fields?: readonly FieldProblem[]; extensions?: Record<string, unknown>; status?: number } = {}) {
    super({ code, message: options.detail ?? problemCatalogue[code].title });
    this.name = 'ProblemError';
    this.status = options.status ?? problemCatalogue[code].status;
    this.fields = options.fields ?? [];
    this.extensions = options.extensions ?? {};
  }
}
