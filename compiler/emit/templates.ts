/** The SQL templates in templates/, compiled once. Values are quoted by the caller (sql/quote.ts). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import Handlebars from 'handlebars';

const hb = Handlebars.create();
const cache = new Map<string, Handlebars.TemplateDelegate>();

// compiler/emit/ when run from source, dist/compiler/emit/ when run compiled.
export const TEMPLATES_DIR = [new URL('../../templates/', import.meta.url), new URL('../../../templates/', import.meta.url)].find((u) =>
  existsSync(new URL('catalog.sql.hbs', u)),
)!;

export function templateText(name: string): string {
  return readFileSync(new URL(name, TEMPLATES_DIR), 'utf8');
}

let partialsRegistered = false;

/** The templates named `_<name>.hbs` are partials, `{{> <name>}}`: SQL that several templates share. */
function registerPartials(): void {
  if (partialsRegistered) return;
  for (const file of readdirSync(TEMPLATES_DIR).sort()) {
    const m = /^_(.+)\.hbs$/.exec(file);
    if (m) hb.registerPartial(m[1]!, templateText(file));
  }
  partialsRegistered = true;
}

export function renderTemplate(name: string, data: object): string {
  registerPartials();
  let t = cache.get(name);
  if (!t) {
    t = hb.compile(templateText(name), { noEscape: true, strict: true });
    cache.set(name, t);
  }
  return t(data).replace(/\n{3,}/g, '\n\n');
}
