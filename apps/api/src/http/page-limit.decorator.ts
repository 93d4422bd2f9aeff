import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** `?limit=` of a paginated list: an optional integer from 1 to `max` (query strings arrive as text). */
export function PageLimit(max: number, defaultValue: number) {
  return applyDecorators(
    ApiPropertyOptional({ default: defaultValue, maximum: max, minimum: 1 }),
    IsOptional(),
    Transform(({ value }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value)),
    IsInt(),
    Min(1),
    Max(max),
  );
}
