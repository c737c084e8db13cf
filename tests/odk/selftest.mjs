#!/usr/bin/env node
// Self-test of check-xforms.mjs on testdata/: runs the harness with the same
// node binary and checks what ODK's engine reports for the demo forms.
//
//   node selftest.mjs --modules DIR
//
// Prints one line per check and a closing "N passed, N failed" line; exit
// status 1 if any check failed, 2 if the harness could not run.

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const mi = args.indexOf('--modules');
if (mi < 0 || !args[mi + 1]) {
    process.stderr.write('usage: node selftest.mjs --modules DIR\n');
    process.exit(2);
}
const modules = args[mi + 1];

let result;
try {
    const out = execFileSync(process.execPath,
        [path.join(here, 'check-xforms.mjs'), '--modules', modules, path.join(here, 'testdata', 'cases-demo.json')],
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] });
    result = JSON.parse(out);
} catch (e) {
    process.stderr.write(`selftest: harness failed: ${e.message}\n`);
    process.exit(2);
}

let passed = 0;
let failed = 0;
const check = (name, cond, detail) => {
    if (cond) { passed++; console.log(`ok   ${name}`); }
    else { failed++; console.log(`FAIL ${name}${detail !== undefined ? `: ${JSON.stringify(detail)}` : ''}`); }
};
const form = (name) => result.forms.find((f) => f.name === name) ?? { nodes: [], submissions: [], problems: [] };
const node = (f, ref) => f.nodes.find((n) => n.ref === ref) ?? {};
const sub = (f, name) => f.submissions.find((s) => s.name === name) ?? { values: {}, relevant: {} };

console.log(`# engine ${result.engine}, jsdom ${result.jsdom}, node ${result.node}`);

const en = form('demo-en');
check('demo-en loads', en.error === null, en.error);
check('demo-en languages', JSON.stringify(en.languages) === JSON.stringify(['English (en)', 'Latviešu (lv)']), en.languages);
check('demo-en has no problems', en.problems.length === 0, en.problems);
const grt01 = node(en, '/data/service/GRT01');
check('GRT01 is a required select1', grt01.nodeType === 'select' && grt01.selectType === 'select1' && grt01.required === true, grt01);
check('GRT01 label, hint, options', grt01.label === 'Was the customer greeted?' && grt01.hint === 'Within 30 seconds'
    && JSON.stringify(grt01.options) === JSON.stringify([{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }]), grt01);
check('group has its own label', node(en, '/data/service').label === 'Service' && node(en, '/data/service').nodeType === 'group');
check('GRT02 starts non-relevant', node(en, '/data/service/GRT02').relevant === false);
check('hidden node is a model-value node', node(en, '/data/ss_visit_id').nodeType === 'model-value');
check('calculate node is exposed with its expression', node(en, '/data/ss_score').nodeType === 'model-value' && /^if\(/.test(node(en, '/data/ss_score').calculate ?? ''));

const warm = sub(en, 'greeted-warm');
check('greeted-warm: no errors', warm.error === null, warm.error);
check('greeted-warm: ss_score = 87.5', warm.values['/data/ss_score'] === '87.5', warm.values['/data/ss_score']);
check('greeted-warm: GRT02 became relevant', warm.relevant['/data/service/GRT02'] === true);
check('greeted-warm: select_multiple value', warm.values['/data/service/OFR02'] === 'a b');
check('greeted-warm: model-only node preset', warm.values['/data/ss_visit_id'] === 'V-0042' && warm.preset.includes('/data/ss_visit_id'));
check('greeted-warm: int/date/decimal stored', warm.values['/data/service/WAIT'] === '7'
    && warm.values['/data/service/VISIT_DATE'] === '2024-06-01' && warm.values['/data/service/PRICE'] === '3.50');

const flip = sub(en, 'greeted-then-not');
check('greeted-then-not: ss_score = 0', flip.values['/data/ss_score'] === '0', flip.values['/data/ss_score']);
check('greeted-then-not: WAIT non-relevant and reads blank', flip.relevant['/data/service/WAIT'] === false && flip.values['/data/service/WAIT'] === '');
check('greeted-then-not: non-relevant value is blank in expressions', flip.values['/data/ss_wait_seen'] === 'blank', flip.values['/data/ss_wait_seen']);
check('greeted-then-not: comment became required', flip.required['/data/service/GRT02_comment'] === true
    && flip.violations.some((v) => v.ref === '/data/service/GRT02_comment' && v.condition === 'required'));

const bad = sub(en, 'bad-values');
check('bad-values: each bad value reported', ['maybe', '/data/service/NOPE', 'is calculated', '/data/nothing'].every((s) => (bad.error ?? '').includes(s)), bad.error);

const lv = form('demo-lv');
check('demo-lv: labels in Latvian', lv.activeLanguage === 'Latviešu (lv)' && node(lv, '/data/service/GRT01').label === 'Vai klientu sveicināja?'
    && node(lv, '/data/service/GRT01').options?.[0]?.label === 'Jā', node(lv, '/data/service/GRT01'));
check('language by code', form('demo-lang-code').activeLanguage === 'Latviešu (lv)');
check('unknown language is a problem', form('demo-bad-lang').problems.some((p) => p.includes('Deutsch (de)')));

const broken = form('broken');
const bp = broken.problems.join('\n');
check('broken: engine still loads it', broken.error === null, broken.error);
check('broken: missing itext id', bp.includes("'/data/service/WAIT:lable'") && bp.includes("'/data/service/GRT02/neutral:label'"), broken.problems);
check('broken: duplicate translation lang', bp.includes('duplicate <translation lang="English (en)">'), broken.problems);
check('broken: missing node refs', bp.includes('/data/service/GRT00') && bp.includes('/data/service/MISSING'), broken.problems);

const selInt = form('select-int');
check('select-int: engine load error', typeof selInt.error === 'string' && selInt.error.length > 0, selInt.error);
check('select-int: static type problem', selInt.problems.some((p) => p.includes('/data/service/OFR02') && p.includes('"int"')), selInt.problems);
check('missing file: per-form error', typeof form('missing-file').error === 'string');

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
