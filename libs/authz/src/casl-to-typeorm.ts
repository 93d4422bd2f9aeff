import type { Condition, CompoundCondition, FieldCondition } from '@ucast/core';
import { rulesToAST } from '@casl/ability/extra';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Action, AppAbility, Subject } from './abilities';

const COMPARISON: Record<string, string> = { eq: '=', ne: '<>', lt: '<', lte: '<=', gt: '>', gte: '>=' };

/**
 * Turns the rules of `ability` for (action, subject) into one SQL condition on
 * the query's alias. Column names come from the entity's TypeORM metadata; an
 * operator or field the translator does not know is a programming error and
 * throws, so a rule can never be silently ignored.
 */
export function accessibleWhere(
  ability: AppAbility,
  action: Action,
  subject: Subject,
  columnOf: (property: string) => string,
  paramPrefix = 'casl',
): { sql: string; params: Record<string, unknown> } {
  const ast = rulesToAST(ability, action, subject as never);
  if (ast === null) return { sql: 'FALSE', params: {} };
  const params: Record<string, unknown> = {};
  let n = 0;
  const param = (value: unknown): string => {
    const name = `${paramPrefix}_${n++}`;
    params[name] = value;
    return `:${name}`;
  };
  const visit = (node: Condition): string => {
    switch (node.operator) {
      case 'and':
      case 'or': {
        const parts = (node as CompoundCondition).value.map(visit);
        if (parts.length === 0) return node.operator === 'and' ? 'TRUE' : 'FALSE';
        return `(${parts.join(node.operator === 'and' ? ' AND ' : ' OR ')})`;
      }
      case 'not': {
        const inner = (node as CompoundCondition).value.map(visit);
        return `NOT (${inner.join(' AND ')})`;
      }
      default: {
        const field = node as FieldCondition;
        const column = columnOf(String(field.field));
        if (field.operator in COMPARISON) {
          if (field.value === null) return field.operator === 'eq' ? `${column} IS NULL` : `${column} IS NOT NULL`;
          return `${column} ${COMPARISON[field.operator]} ${param(field.value)}`;
        }
        if (field.operator === 'in') return `${column} IN (:...${param(field.value).slice(1)})`;
        if (field.operator === 'nin') return `${column} NOT IN (:...${param(field.value).slice(1)})`;
        throw new Error(`Unsupported CASL operator "${field.operator}" on ${String(field.field)}`);
      }
    }
  };
  return { sql: visit(ast), params };
}

/** Adds the ability's conditions to a query builder, on the given alias (default: the main one). */
export function whereAccessible<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  ability: AppAbility,
  action: Action,
  subject: Subject,
  alias = qb.alias,
): SelectQueryBuilder<T> {
  const metadata = qb.expressionMap.findAliasByName(alias).metadata;
  const columnOf = (property: string): string => {
    const column = metadata.findColumnWithPropertyPath(property);
    if (!column) throw new Error(`CASL condition names unknown property ${metadata.name}.${property}`);
    return `${qb.escape(alias)}.${qb.escape(column.databaseName)}`;
  };
  const { sql, params } = accessibleWhere(ability, action, subject, columnOf, `casl_${alias}`);
  return qb.andWhere(sql, params);
}
