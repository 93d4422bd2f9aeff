import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError, RequestValidationError } from './problem-details';
import { unsafeTextProblems } from './safe-text';

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Flattens class-validator's tree into one entry per bad field, as JSON pointers. Pure. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const path = `${prefix}/${escapePointer(error.property)}`;
    for (const [constraint, message] of Object.entries(error.constraints ?? {})) {
      // class-validator starts messages with the property name; the pointer says it already.
      const text =
        constraint === 'whitelistValidation'
          ? 'is not an allowed property'
          : message.startsWith(`${error.property} `)
            ? message.slice(error.property.length + 1)
            : message;
      out.push({ pointer: path, message: text });
    }
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, path));
  }
  return out;
}

/**
 * Nest's ValidationPipe, set up the Casebook way: DTOs are whitelisted
 * (an unknown property is an error that names it), values are transformed to
 * the declared types, and failures become a problem with `errors[]`.
 */
@Injectable()
export class ProblemValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      transformOptions: { enableImplicitConversion: false },
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => new RequestValidationError(flattenValidationErrors(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param') {
      // (NUL, half a surrogate pair, or a key such as "constructor" or "toString", which the DTO would drop without a word.)
      const problems = unsafeTextProblems(value);
      if (problems.length) {
        throw new RequestValidationError(
          problems.map(({ pointer, message }) => (metadata.type === 'body' ? { pointer, message } : { parameter: pointer.slice(1).replace(/\//g, '.'), message })),
        );
      }
    }
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof RequestValidationError && metadata.type !== 'body') {
        throw new RequestValidationError(
          error.errors.map((e) => ({ parameter: e.pointer?.slice(1).replace(/\//g, '.') ?? e.parameter, message: e.message })),
        );
      }
      throw error;
    }
  }
}
