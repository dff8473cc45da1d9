import { BadRequestException, type PipeTransform } from '@nestjs/common';
import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { singleLineProblem } from '@pulse/shared';

function problemOf(label: string, value: unknown): string | null {
  if (typeof value === 'string') return singleLineProblem(label, value);
  // `{ each: true }` validates element by element, but the message is built from the whole list.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const problem = problemOf(`${label}[${i}]`, value[i]);
      if (problem) return problem;
    }
  }
  return null;
}

/**
 * An input field that must be one line (a name, title, key, address): no line break, tab or other
 * control character, by the same rule as the HRIS, signals and SCIM imports. `{ each: true }` for
 * lists. The message names the field; the ValidationPipe prefixes nested paths (`levels.0.name`).
 * Multi-line fields (descriptions, comments, reasons) simply do not carry it.
 */
export function SingleLine(options: ValidationOptions = {}): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'singleLine',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown, args?: ValidationArguments) => problemOf(args?.property ?? '', value) === null,
        defaultMessage: (args?: ValidationArguments) => problemOf(args?.property ?? '', args?.value) ?? `${args?.property} must be a single line`,
      },
    });
}

/** The same rule for a plain string argument (`@Args('hrisLevel', singleLine('hrisLevel'))`). */
export function singleLine(name: string): PipeTransform<unknown, unknown> {
  return {
    transform(value: unknown) {
      const problem = problemOf(name, value);
      if (problem) throw new BadRequestException(problem);
      return value;
    },
  };
}
