import { qualifiedKey } from '../catalog/catalog.js';
import { analyzeProject } from '../compile.js';
import { describeOp } from '../emit/describe.js';
import { TrickleError } from '../errors.js';
import { explainOp } from '../ir/ops.js';
import { parseQualifiedName } from '../project/streams.js';
import { loadProject } from './load.js';

export async function explainCommand(opts: { dir: string; stream?: string | undefined }): Promise<number> {
  const project = analyzeProject(loadProject(opts.dir));
  const wanted = opts.stream;
  // As written (`schema.name`, or a name alone in any schema), or read as SQL reads a name
  // (`"User"`, `public.USER`), as pg_trickle.refresh() reads it.
  let asSql: string | undefined;
  try {
    asSql = wanted === undefined ? undefined : qualifiedKey(parseQualifiedName(wanted, { file: '--stream', line: 1, column: 1 }));
  } catch {
    asSql = undefined;
  }
  const streams = project.streams.filter(
    (s) => wanted === undefined || qualifiedKey(s.name) === wanted || s.name.name === wanted || qualifiedKey(s.name) === asSql,
  );
  if (wanted !== undefined && streams.length === 0) throw new TrickleError(`no stream table named ${wanted}`);
  const out: string[] = [];
  for (const st of streams) {
    out.push(`== ${qualifiedKey(st.name)} (${st.mode}${st.plan ? `, ${st.plan.kind}` : ''})`);
    if (st.fullReason) out.push(`refreshed in full: ${st.fullReason}${st.fullDetail ? `: ${st.fullDetail}` : ''}`);
    if (st.op) out.push('', 'operator tree:', explainOp(st.op, describeOp, 1));
    if (st.plan) out.push('', 'delta SQL:', st.plan.deltaStatement);
    else out.push('', 'full refresh query:', st.definingQuery);
    out.push('');
  }
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}
