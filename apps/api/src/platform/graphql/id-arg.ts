import { BadRequestException, ParseUUIDPipe } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';

/** An `ID!` argument that must be a UUID: a malformed id is a clear input error, never a database error. */
export const IdArg = (name: string) =>
  Args(name, { type: () => ID }, new ParseUUIDPipe({ exceptionFactory: () => new BadRequestException(`${name} is not a valid id.`) }));
