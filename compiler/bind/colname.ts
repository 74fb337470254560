/** The name PostgreSQL gives an unnamed output column (FigureColname in parse_target.c). */
import type { Node } from '@pgsql/types';

export function figureColname(node: Node): string {
  return figure(node)?.name ?? '?column?';
}

/** Strength 2 is a "real" name (column, function); 1 a fallback (case, coalesce...). */
interface Figured {
  readonly name: string;
  readonly strength: 1 | 2;
}

function strong(name: string | undefined): Figured | undefined {
  return name === undefined ? undefined : { name, strength: 2 };
}

function weak(name: string): Figured {
  return { name, strength: 1 };
}

function figure(node: Node): Figured | undefined {
  const n = node as unknown as Record<string, Record<string, unknown>>;
  const type = Object.keys(n)[0] ?? '';
  const body = n[type] ?? {};
  switch (type) {
    case 'ColumnRef': {
      const fields = (body.fields as Node[]) ?? [];
      const last = fields[fields.length - 1] as { String?: { sval?: string } } | undefined;
      return strong(last?.String?.sval);
    }
    case 'A_Indirection': {
      const ind = (body.indirection as Node[]) ?? [];
      const last = ind[ind.length - 1] as { String?: { sval?: string } } | undefined;
      return strong(last?.String?.sval) ?? figure(body.arg as Node);
    }
    case 'FuncCall': {
      const names = (body.funcname as Node[]) ?? [];
      const last = names[names.length - 1] as { String?: { sval?: string } } | undefined;
      return strong(last?.String?.sval);
    }
    case 'A_Expr':
      return body.kind === 'AEXPR_NULLIF' ? strong('nullif') : undefined;
    case 'TypeCast': {
      const inner = figure(body.arg as Node);
      if (inner?.strength === 2) return inner;
      const tn = body.typeName as { names?: Node[] } | undefined;
      const names = tn?.names ?? [];
      const last = names[names.length - 1] as { String?: { sval?: string } } | undefined;
      return last?.String?.sval ? weak(last.String.sval) : inner;
    }
    case 'CollateClause':
      return figure(body.arg as Node);
    case 'CaseExpr':
      return weak('case');
    case 'CoalesceExpr':
      return strong('coalesce');
    case 'MinMaxExpr':
      return strong(body.op === 'IS_GREATEST' ? 'greatest' : 'least');
    case 'A_ArrayExpr':
      return strong('array');
    case 'RowExpr':
      return strong('row');
    case 'SubLink': {
      if (body.subLinkType === 'EXISTS_SUBLINK') return strong('exists');
      if (body.subLinkType === 'ARRAY_SUBLINK') return strong('array');
      if (body.subLinkType !== 'EXPR_SUBLINK') return undefined;
      // A scalar subquery is named after its one output column (its first branch's).
      let sub = (body.subselect as { SelectStmt?: Record<string, unknown> } | undefined)?.SelectStmt;
      while (sub && sub.op && sub.op !== 'SETOP_NONE' && sub.larg) sub = sub.larg as Record<string, unknown>;
      const first = ((sub?.targetList as Node[] | undefined) ?? [])[0] as { ResTarget?: { name?: string; val?: Node } } | undefined;
      if (!first?.ResTarget) return undefined;
      return strong(first.ResTarget.name ?? (first.ResTarget.val ? figureColname(first.ResTarget.val) : '?column?'));
    }
    case 'GroupingFunc':
      return strong('grouping');
    case 'JsonObjectConstructor':
      return strong('json_object');
    case 'JsonArrayConstructor':
    case 'JsonArrayQueryConstructor':
      return strong('json_array');
    case 'JsonObjectAgg':
      return strong('json_objectagg');
    case 'JsonArrayAgg':
      return strong('json_arrayagg');
    case 'JsonParseExpr':
      return strong('json');
    case 'JsonScalarExpr':
      return strong('json_scalar');
    case 'JsonSerializeExpr':
      return strong('json_serialize');
    case 'JsonFuncExpr': {
      const op = String(body.op ?? '');
      const names: Record<string, string> = { JSON_EXISTS_OP: 'json_exists', JSON_QUERY_OP: 'json_query', JSON_VALUE_OP: 'json_value', JSON_TABLE_OP: 'json_table' };
      return names[op] ? strong(names[op]) : undefined;
    }
    case 'XmlExpr': {
      const op = String(body.op ?? '');
      const names: Record<string, string> = { IS_XMLCONCAT: 'xmlconcat', IS_XMLELEMENT: 'xmlelement', IS_XMLFOREST: 'xmlforest', IS_XMLPARSE: 'xmlparse', IS_XMLPI: 'xmlpi', IS_XMLROOT: 'xmlroot', IS_XMLSERIALIZE: 'xmlserialize' };
      return names[op] ? strong(names[op]) : undefined;
    }
    case 'XmlSerialize':
      return strong('xmlserialize');
    case 'SQLValueFunction':
      return strong(String(body.op ?? '').replace(/^SVFOP_/, '').replace(/_N$/, '').toLowerCase());
    default:
      return undefined;
  }
}
