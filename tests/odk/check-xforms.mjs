#!/usr/bin/env node
// ShopScope: load XForms into ODK's real form engine (@getodk/xforms-engine),
// headless under jsdom, and report what the engine sees as one JSON document.
//
//   node check-xforms.mjs --modules DIR cases.json
//
// DIR is the folder whose node_modules holds the pinned packages (see
// package.json / package-lock.json beside this script; `npm ci --prefix DIR`).
// Output goes to stdout; diagnostics go to stderr. Exit status: 0 whenever the
// cases file was readable (per-form failures are reported in the JSON),
// 2 when the harness itself cannot run (bad usage, unreadable cases file,
// packages missing).
//
// Works on Node 18.20.4 (Debian 12's nodejs) and Node 20+.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

// --------------------------------------------------------------------------
// stdout is reserved for the JSON result: route console output to stderr so
// anything the engine (or jsdom) logs cannot corrupt it.
const realStdoutWrite = process.stdout.write.bind(process.stdout);
for (const method of ['log', 'info', 'debug', 'warn', 'trace']) {
    console[method] = (...args) => console.error(...args);
}

function fail(message) {
    process.stderr.write(`check-xforms: ${message}\n`);
    process.exit(2);
}

function usage() {
    return 'usage: node check-xforms.mjs --modules DIR [--pretty] cases.json';
}

function parseArgs(argv) {
    const opts = { modules: null, cases: null, pretty: false };
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === '--modules') {
            if (i + 1 >= argv.length) fail(`--modules needs a directory\n${usage()}`);
            opts.modules = argv[++i];
        } else if (a.startsWith('--modules=')) {
            opts.modules = a.slice('--modules='.length);
        } else if (a === '--pretty') {
            opts.pretty = true;
        } else if (a === '-h' || a === '--help') {
            process.stderr.write(usage() + '\n');
            process.exit(0);
        } else if (a.startsWith('--')) {
            fail(`unknown option ${a}\n${usage()}`);
        } else if (opts.cases == null) {
            opts.cases = a;
        } else {
            fail(`unexpected argument ${a}\n${usage()}`);
        }
    }
    if (!opts.modules || !opts.cases) fail(usage());
    return opts;
}

// Engine load errors can embed the whole form source; keep messages short.
const MAX_ERROR_CHARS = 2000;
const errorText = (e) => {
    const text = errorTextFull(e);
    return text.length > MAX_ERROR_CHARS ? `${text.slice(0, MAX_ERROR_CHARS)}... (truncated)` : text;
};
const errorTextFull = (e) => {
    if (e == null) return 'unknown error';
    if (e instanceof Error) {
        const kind = e.constructor?.name && e.constructor.name !== 'Error' ? e.constructor.name
            : (e.name && e.name !== 'Error' ? e.name : '');
        let msg = kind && e.message ? `${kind}: ${e.message}` : (e.message || kind || 'Error');
        if (e.cause) msg += ` (cause: ${errorTextFull(e.cause)})`;
        return msg;
    }
    return String(e);
};

// --------------------------------------------------------------------------
// Environment: resolve packages from DIR, install the DOM globals the engine
// expects, then import the engine.

async function setUpEngine(modulesDir) {
    const dir = path.resolve(modulesDir);
    if (!fs.existsSync(dir)) fail(`--modules directory does not exist: ${dir}`);
    const req = createRequire(path.join(dir, 'package.json'));

    let jsdomPath, enginePath;
    try {
        jsdomPath = req.resolve('jsdom');
        enginePath = req.resolve('@getodk/xforms-engine');
    } catch (e) {
        fail(`cannot resolve packages from ${dir}/node_modules (run npm ci --prefix ${dir}): ${errorText(e)}`);
    }

    const engineDist = path.dirname(enginePath);
    const engineVersion = findPackageVersion(enginePath, '@getodk/xforms-engine');
    const jsdomVersion = findPackageVersion(jsdomPath, 'jsdom');

    const { JSDOM } = await import(pathToFileURL(jsdomPath).href);
    const dom = new JSDOM('');
    const win = dom.window;
    for (const name of ['DOMParser', 'XMLSerializer', 'Node', 'Element', 'Document',
        'XPathResult', 'document', 'NodeFilter', 'Attr', 'Text']) {
        globalThis[name] = win[name];
    }
    // Node 18 has no global File (the engine subclasses it at import time);
    // node:buffer's File is the very class Node 20 exposes globally.
    if (typeof globalThis.File === 'undefined') {
        const buffer = await import('node:buffer');
        globalThis.File = buffer.File ?? win.File;
    }
    // Node 18 also has no global Web Crypto; the engine's uuid() (used by
    // jr:preload="uid", i.e. every pyxform form's meta/instanceID) needs
    // globalThis.crypto.randomUUID.
    if (typeof globalThis.crypto === 'undefined') {
        const nodeCrypto = await import('node:crypto');
        Object.defineProperty(globalThis, 'crypto', { value: nodeCrypto.webcrypto, configurable: true, writable: true });
    }
    // The engine's bundled (emscripten) tree-sitter loader looks these up.
    globalThis.__dirname = engineDist;
    globalThis.require = req;

    const engine = await import(pathToFileURL(enginePath).href);
    return { engine, engineVersion, jsdomVersion, DOMParser: win.DOMParser, XMLSerializer: win.XMLSerializer };
}

function findPackageVersion(resolvedFile, name) {
    let d = path.dirname(resolvedFile);
    for (;;) {
        const p = path.join(d, 'package.json');
        if (fs.existsSync(p)) {
            try {
                const pj = JSON.parse(fs.readFileSync(p, 'utf8'));
                if (pj.name === name) return pj.version ?? null;
            } catch { /* keep looking */ }
        }
        const up = path.dirname(d);
        if (up === d) return null;
        d = up;
    }
}

// --------------------------------------------------------------------------
// Static checks the engine does not do (it accepts such forms silently).


const childElements = (el) => Array.from(el.childNodes).filter((n) => n.nodeType === 1);
const byLocalName = (root, name) =>
    Array.from(root.getElementsByTagName('*')).filter((e) => e.localName === name);

// Split an XPath expression into top-level absolute location paths, skipping
// string literals, relative paths (./x, ../x, name/x) and paths that follow a
// function call or a predicate (e.g. instance('x')/root/item). Predicates are
// stripped, so /data/a[1]/b becomes /data/a/b.
function absolutePaths(expr) {
    const out = [];
    if (typeof expr !== 'string') return out;
    const s = expr;
    const n = s.length;
    let i = 0;
    // What precedes the current position: 'operand' (a name, number, literal,
    // ')' or ']': a '/' after it continues a relative path) or 'operator'.
    let prev = 'operator';
    const nameStart = /[A-Za-z0-9_.\u00B7\u00C0-\uFFFF@]/;
    const nameChar = /[A-Za-z0-9_.\-:\u00B7\u00C0-\uFFFF]/;
    const operatorNames = new Set(['and', 'or', 'div', 'mod']);
    while (i < n) {
        const c = s[i];
        if (c === '"' || c === "'") {
            const j = s.indexOf(c, i + 1);
            i = j < 0 ? n : j + 1;
            prev = 'operand';
            continue;
        }
        if (/\s/.test(c)) { i++; continue; }
        if (c === '$' || nameStart.test(c)) {
            let j = i + 1;
            while (j < n && nameChar.test(s[j])) j++;
            const word = s.slice(i, j);
            // "a div /data/x": div/and/or/mod are operators when they follow an operand
            prev = (prev === 'operand' && operatorNames.has(word)) ? 'operator' : 'operand';
            i = j;
            continue;
        }
        if (c === ')' || c === ']') { prev = 'operand'; i++; continue; }
        if (c === '*' && prev === 'operand') { prev = 'operator'; i++; continue; } // multiplication
        if (c === '/' && prev === 'operator') {
            // An absolute location path starts here.
            let j = i;
            let p = '';
            let ok = true;
            while (j < n && s[j] === '/') {
                if (s[j + 1] === '/') ok = false; // descendant axis: not checked
                j++;
                while (j < n && /\s/.test(s[j])) j++;
                let step = '';
                if (s[j] === '*') { step = '*'; j++; }
                else {
                    if (s[j] === '@') step += s[j++];
                    while (j < n && nameChar.test(s[j])) step += s[j++];
                }
                while (j < n && /\s/.test(s[j])) j++;
                // skip predicates (balanced, literal-aware)
                while (j < n && s[j] === '[') {
                    let depth = 0;
                    const predStart = j + 1;
                    while (j < n) {
                        const ch = s[j];
                        if (ch === '"' || ch === "'") {
                            const k = s.indexOf(ch, j + 1);
                            j = k < 0 ? n : k + 1;
                            continue;
                        }
                        if (ch === '[') depth++;
                        else if (ch === ']') { depth--; if (depth === 0) { j++; break; } }
                        j++;
                    }
                    // absolute paths inside the predicate count too
                    out.push(...absolutePaths(s.slice(predStart, j - 1)));
                    while (j < n && /\s/.test(s[j])) j++;
                }
                if (step === '' || step === '.' || step === '..' || step === '*' || step === '@' || step.includes('::')) ok = false;
                p += '/' + step;
            }
            if (ok && p.length > 1) out.push(p);
            i = j;
            prev = 'operand';
            continue;
        }
        prev = 'operator';
        i++;
    }
    return out;
}

function staticChecks(xml, DOMParserCtor) {
    const problems = [];
    const doc = new DOMParserCtor().parseFromString(xml, 'application/xml');
    const perr = doc.getElementsByTagName('parsererror')[0];
    if (perr) {
        problems.push(`XML parse error: ${perr.textContent.trim().slice(0, 300)}`);
        return { problems, doc: null };
    }
    const model = byLocalName(doc, 'model')[0];
    if (!model) {
        problems.push('no <model> element');
        return { problems, doc };
    }
    const instances = childElements(model).filter((e) => e.localName === 'instance');
    const primary = instances.find((e) => !e.hasAttribute('id')) ?? instances[0];
    const primaryRoot = primary ? childElements(primary)[0] : null;
    if (!primaryRoot) {
        problems.push('no primary <instance> with a root element');
        return { problems, doc };
    }

    // Existing node paths of the primary instance (elements and attributes).
    const existing = new Set();
    const addPaths = (el, prefix) => {
        const p = `${prefix}/${el.nodeName}`;
        existing.add(p);
        for (const a of Array.from(el.attributes)) {
            if (a.name === 'xmlns' || a.name.startsWith('xmlns:')) continue;
            existing.add(`${p}/@${a.name}`);
        }
        for (const c of childElements(el)) addPaths(c, p);
    };
    addPaths(primaryRoot, '');

    // (d) translations and their text ids; (a) jr:itext references.
    const itext = childElements(model).find((e) => e.localName === 'itext');
    const translations = itext ? childElements(itext).filter((e) => e.localName === 'translation') : [];
    const langsSeen = new Map();
    const idsByLang = [];
    for (const t of translations) {
        const lang = t.getAttribute('lang') ?? '';
        if (langsSeen.has(lang)) {
            problems.push(`duplicate <translation lang="${lang}"> (appears ${langsSeen.get(lang) + 1} times)`);
            langsSeen.set(lang, langsSeen.get(lang) + 1);
        } else {
            langsSeen.set(lang, 1);
        }
        const ids = new Set(childElements(t).filter((e) => e.localName === 'text').map((e) => e.getAttribute('id')));
        const nth = langsSeen.get(lang);
        idsByLang.push({ lang: nth > 1 ? `'${lang}' (#${nth})` : `'${lang}'`, ids });
    }
    const itextRefs = new Map(); // id -> first place it was seen
    const itextRe = /jr:itext\(\s*(['"])(.*?)\1\s*\)/g;
    for (const el of Array.from(doc.getElementsByTagName('*'))) {
        for (const a of Array.from(el.attributes)) {
            for (const m of a.value.matchAll(itextRe)) {
                if (!itextRefs.has(m[2])) itextRefs.set(m[2], `<${el.localName} ${a.name}>`);
            }
        }
    }
    // Itemsets over a secondary instance name their itext ids indirectly:
    // <itemset nodeset="instance('yesno')/root/item"><label ref="jr:itext(itextId)"/>
    // takes the ids from the <itextId> children of that instance's items.
    for (const itemset of byLocalName(doc, 'itemset')) {
        const inst = (itemset.getAttribute('nodeset') ?? '').match(/^\s*instance\(\s*(['"])(.*?)\1\s*\)/)?.[2];
        const label = childElements(itemset).find((e) => e.localName === 'label');
        const field = (label?.getAttribute('ref') ?? '').match(/^\s*jr:itext\(\s*([A-Za-z_][\w.\-]*)\s*\)\s*$/)?.[1];
        if (!inst || !field) continue;
        const src = instances.find((e) => e.getAttribute('id') === inst);
        if (!src) continue;
        for (const el of Array.from(src.getElementsByTagName('*'))) {
            if (el.localName !== field) continue;
            const id = el.textContent.trim();
            if (id && !itextRefs.has(id)) itextRefs.set(id, `itemset instance('${inst}') ${field}`);
        }
    }
    if (itextRefs.size > 0 && translations.length === 0) {
        problems.push(`form references ${itextRefs.size} jr:itext id(s) (e.g. '${itextRefs.keys().next().value}') but has no <itext><translation>`);
    }
    for (const [id, where] of itextRefs) {
        for (const { lang, ids } of idsByLang) {
            if (!ids.has(id)) problems.push(`itext id '${id}' (used in ${where}) is missing from translation ${lang}`);
        }
    }

    // (b) absolute paths in binds and body refs must exist.
    const checkPath = (p, where) => {
        if (!existing.has(p)) problems.push(`${where} refers to missing node ${p}`);
    };
    const binds = childElements(model).filter((e) => e.localName === 'bind');
    const bindsByNodeset = new Map();
    for (const b of binds) {
        const nodeset = b.getAttribute('nodeset') ?? b.getAttribute('ref');
        if (nodeset != null) {
            const key = absolutePaths(nodeset)[0] ?? nodeset;
            if (!bindsByNodeset.has(key)) bindsByNodeset.set(key, []);
            bindsByNodeset.get(key).push(b);
        }
        for (const attr of ['nodeset', 'ref', 'relevant', 'required', 'constraint', 'calculate', 'readonly']) {
            const v = b.getAttribute(attr);
            if (v == null) continue;
            for (const p of absolutePaths(v)) checkPath(p, `bind[nodeset=${nodeset}] @${attr}`);
        }
    }
    const body = byLocalName(doc, 'body')[0];
    const selectControls = [];
    if (body) {
        // Resolve refs against enclosing group/repeat refs where possible.
        const walk = (el, context) => {
            let ctx = context;
            for (const attrName of ['ref', 'nodeset']) {
                const raw = el.getAttribute(attrName);
                if (raw == null || raw.startsWith('jr:') || raw.includes('instance(')) continue;
                if (['label', 'hint', 'value', 'itemset', 'output'].includes(el.localName)) continue;
                let resolved = null;
                if (raw.startsWith('/')) {
                    const ps = absolutePaths(raw);
                    resolved = ps.length === 1 ? ps[0] : null;
                    if (resolved) checkPath(resolved, `body <${el.localName} ${attrName}="${raw}">`);
                } else if (ctx && /^[A-Za-z_][\w.\-:]*(\/[A-Za-z_][\w.\-:]*)*$/.test(raw)) {
                    resolved = `${ctx}/${raw}`;
                    checkPath(resolved, `body <${el.localName} ${attrName}="${raw}"> (resolved as ${resolved})`);
                }
                if (resolved) ctx = resolved;
                if ((el.localName === 'select1' || el.localName === 'select') && attrName === 'ref') {
                    selectControls.push({ control: el.localName, ref: resolved ?? raw });
                }
            }
            for (const c of childElements(el)) walk(c, ctx);
        };
        walk(body, null);
    }

    // (c) selects must be bound with type="string".
    for (const { control, ref } of selectControls) {
        const bs = bindsByNodeset.get(ref) ?? [];
        if (bs.length === 0) {
            problems.push(`<${control} ref="${ref}"> has no <bind> (type="string" expected)`);
            continue;
        }
        for (const b of bs) {
            const t = b.getAttribute('type');
            if (t !== 'string') {
                const refused = t != null && !['xsd:string', 'select1', 'select', 'rank', 'odk:rank'].includes(t);
                problems.push(`bind for <${control} ref="${ref}"> has type=${t == null ? '(none)' : `"${t}"`}; expected "string"${refused ? ' (the engine refuses this)' : ''}`);
            }
        }
    }
    return { problems: Array.from(new Set(problems)), doc };
}

// --------------------------------------------------------------------------
// Engine helpers.

const textOf = (range) => {
    if (range == null) return null;
    try { return range.asString; } catch (e) { return `<<error: ${errorText(e)}>>`; }
};

const appearanceOf = (node) => {
    const a = node.appearances;
    if (a == null) return null;
    try {
        const tokens = Array.from(a);
        return tokens.length ? tokens.join(' ') : null;
    } catch { return null; }
};

function walkNodes(root, visit) {
    const rec = (node) => {
        visit(node);
        const children = node.currentState?.children;
        if (Array.isArray(children) || (children && typeof children[Symbol.iterator] === 'function')) {
            for (const c of children) rec(c);
        }
    };
    rec(root);
}

const isLeaf = (node) => node.currentState?.children == null && node.nodeType !== 'root';

const valueOf = (node) => {
    const st = node.currentState;
    if ('instanceValue' in st) {
        const v = st.instanceValue;
        return v == null ? '' : String(v);
    }
    return null;
};

function describeNode(node) {
    const st = node.currentState;
    const d = {
        ref: st.reference,
        nodeType: node.nodeType,
    };
    if (node.nodeType === 'select') d.selectType = node.selectType;
    d.type = isLeaf(node) ? (node.valueType ?? null) : null;
    d.appearance = appearanceOf(node);
    d.label = textOf(st.label);
    d.hint = textOf(st.hint);
    d.relevant = !!st.relevant;
    d.required = !!st.required;
    d.readonly = !!st.readonly;
    if (node.nodeType === 'select' || node.nodeType === 'rank') {
        d.options = Array.from(st.valueOptions ?? []).map((item) => ({ value: item.value, label: textOf(item.label) }));
    }
    if (isLeaf(node)) {
        d.value = valueOf(node);
        const calc = node.definition?.bind?.calculate;
        d.calculate = calc?.expression ?? null;
    }
    return d;
}

function indexNodes(root) {
    const map = new Map();
    walkNodes(root, (n) => {
        const ref = n.currentState?.reference;
        if (ref != null && !map.has(ref)) map.set(ref, n);
    });
    return map;
}

function pickLanguage(root, wanted) {
    const langs = Array.from(root.languages ?? []);
    if (wanted == null) return { lang: null, error: null };
    const exact = langs.find((l) => !l.isSyntheticDefault && l.language === wanted);
    if (exact) return { lang: exact, error: null };
    // Also accept a bare code: "en" matches "English (en)".
    const byCode = langs.find((l) => !l.isSyntheticDefault && (l.language.match(/\(([^()]+)\)\s*$/)?.[1] === wanted));
    if (byCode) return { lang: byCode, error: null };
    return { lang: null, error: `requested language '${wanted}' is not one of the form's languages [${langs.filter((l) => !l.isSyntheticDefault).map((l) => l.language).join(', ')}]` };
}

function applyLanguage(root, lang) {
    if (lang) root.setLanguage(lang);
}

// Sets one value through the engine's public API. Returns an error string or null.
function setNodeValue(node, ref, value) {
    const v = value == null ? '' : String(value);
    switch (node.nodeType) {
        case 'select': {
            const wanted = node.selectType === 'select' ? v.split(/\s+/).filter(Boolean) : (v === '' ? [] : [v]);
            const missing = wanted.filter((w) => node.getValueOption(w) == null);
            if (node.selectType === 'select') node.selectValues(wanted);
            else node.selectValue(wanted.length ? wanted[0] : null);
            return missing.length ? `${ref}: value(s) ${missing.map((m) => `'${m}'`).join(', ')} not among the current options [${Array.from(node.currentState.valueOptions).map((o) => o.value).join(', ')}] (the engine drops them)` : null;
        }
        case 'rank':
            node.setValues(v.split(/\s+/).filter(Boolean));
            return null;
        case 'input':
        case 'range':
            node.setValue(v);
            return null;
        case 'trigger':
            node.setValue(v !== '' && v !== 'false' && v !== '0');
            return null;
        case 'upload':
            return `${ref}: upload (binary) values take a File; not supported by this harness`;
        default:
            return `${ref}: a ${node.nodeType} node has no setter in the engine API`;
    }
}

// Model-only nodes (no body control) have no setter in the engine's client
// API; their value can only come from the form itself. To set them, the
// harness writes the value into the primary instance (as the default value)
// before loading the form for that submission.
function presetInstanceValues(xml, presets, DOMParserCtor, XMLSerializerCtor) {
    const doc = new DOMParserCtor().parseFromString(xml, 'application/xml');
    const model = byLocalName(doc, 'model')[0];
    const instances = childElements(model).filter((e) => e.localName === 'instance');
    const primary = instances.find((e) => !e.hasAttribute('id')) ?? instances[0];
    const root = childElements(primary)[0];
    for (const { ref, value } of presets) {
        const steps = ref.split('/').filter(Boolean).map((s) => s.replace(/\[.*$/, ''));
        let el = root;
        if (steps[0] !== root.nodeName) throw new Error(`${ref}: not under /${root.nodeName}`);
        for (const s of steps.slice(1)) {
            el = childElements(el).find((c) => c.nodeName === s);
            if (!el) throw new Error(`${ref}: no such node in the primary instance`);
        }
        el.textContent = value == null ? '' : String(value);
    }
    return new XMLSerializerCtor().serializeToString(doc);
}

async function loadForm(engine, xml, formFile) {
    const formDir = path.dirname(formFile);
    const fetchFormAttachment = async (url) => {
        const href = String(url?.href ?? url);
        const m = href.match(/^jr:\/\/[^/]+\/(.+)$/);
        const local = m ? path.join(formDir, decodeURIComponent(m[1])) : null;
        if (local && fs.existsSync(local)) {
            const data = fs.readFileSync(local);
            return {
                ok: true, status: 200,
                text: async () => data.toString('utf8'),
                blob: async () => new Blob([data]),
            };
        }
        return { ok: false, status: 404, text: async () => '', blob: async () => new Blob([]) };
    };
    const result = await engine.loadForm(xml, {
        fetchFormAttachment,
        missingResourceBehavior: 'BLANK',
    });
    if (result.status === 'failure' || result.error) {
        throw result.error ?? new Error('loadForm failed');
    }
    return result;
}

const warningsText = (w) => {
    if (w == null) return [];
    try {
        return [JSON.stringify(w, (k, v) => (v instanceof Error ? errorText(v) : v))];
    } catch {
        return [String(w)];
    }
};

async function runSubmission(ctx, form, xml, formResult, sub) {
    const out = { name: sub.name ?? null, error: null, errors: [], preset: [], coerced: [], relevant: {}, required: {}, values: {}, violations: [] };
    const errors = out.errors;
    const values = Array.isArray(sub.values) ? sub.values : [];

    // First pass on a scratch instance: find which refs are model-only nodes.
    let instanceFormResult = formResult;
    const probe = formResult.createInstance();
    const probeIndex = indexNodes(probe.root);
    const presets = [];
    const live = [];
    for (const entry of values) {
        const ref = entry?.ref;
        const node = probeIndex.get(ref);
        if (node && node.nodeType === 'model-value') {
            if (node.definition?.bind?.calculate) {
                errors.push(`${ref}: is calculated (calculate="${node.definition.bind.calculate.expression}"); not set`);
            } else {
                presets.push({ ref, value: entry.value });
            }
        } else {
            live.push(entry);
        }
    }
    if (presets.length) {
        const patched = presetInstanceValues(xml, presets, ctx.DOMParser, ctx.XMLSerializer);
        instanceFormResult = await loadForm(ctx.engine, patched, form.file);
        out.preset = presets.map((p) => p.ref);
    }

    const instance = instanceFormResult.createInstance();
    const root = instance.root;
    const { lang } = pickLanguage(root, form.language);
    applyLanguage(root, lang);
    const index = indexNodes(root);

    for (const entry of live) {
        const ref = entry?.ref;
        // Look up afresh each time: repeats may have added nodes.
        const node = index.get(ref) ?? indexNodes(root).get(ref);
        if (!node) {
            errors.push(`${ref}: no such node in the engine's instance`);
            continue;
        }
        try {
            const wasRelevant = !!node.currentState.relevant;
            if (!wasRelevant) errors.push(`${ref}: set while non-relevant`);
            const err = setNodeValue(node, ref, entry.value);
            if (err) errors.push(err);
            // Report silent coercions (e.g. int "7.9" -> "7", "abc" -> "").
            // A non-relevant node reads as blank, so only check relevant ones.
            if (!err && node.currentState.relevant && isLeaf(node)) {
                const given = entry.value == null ? '' : String(entry.value);
                const stored = valueOf(node);
                const norm = (x) => (node.nodeType === 'select' || node.nodeType === 'rank')
                    ? x.split(/\s+/).filter(Boolean).sort().join(' ') : x;
                if (stored !== null && norm(stored) !== norm(given)) {
                    out.coerced.push({ ref, given, stored });
                }
            }
        } catch (e) {
            errors.push(`${ref}: engine refused value '${entry.value}': ${errorText(e)}`);
        }
    }

    const finalIndex = indexNodes(root);
    for (const [ref, node] of finalIndex) {
        out.relevant[ref] = !!node.currentState.relevant;
        if (isLeaf(node)) {
            out.values[ref] = valueOf(node);
            out.required[ref] = !!node.currentState.required;
            const violation = node.validationState?.violation;
            if (violation) out.violations.push({ ref, condition: violation.condition, message: textOf(violation.message) });
        }
    }
    for (const ref of Array.isArray(sub.read) ? sub.read : []) {
        if (!finalIndex.has(ref)) errors.push(`read ${ref}: no such node in the engine's instance`);
    }
    if (Array.isArray(sub.read)) {
        out.read = {};
        for (const ref of sub.read) {
            const n = finalIndex.get(ref);
            out.read[ref] = n ? (isLeaf(n) ? valueOf(n) : null) : null;
        }
    }
    out.error = errors.length ? errors.join('; ') : null;
    return out;
}

async function runForm(ctx, form) {
    const out = {
        name: form?.name ?? null,
        file: form?.file ?? null,
        error: null,
        languages: [],
        activeLanguage: null,
        problems: [],
        engineWarnings: [],
        nodes: [],
        submissions: [],
    };
    let xml;
    try {
        if (!form || typeof form.file !== 'string') throw new Error('form entry has no "file"');
        xml = fs.readFileSync(form.file, 'utf8');
    } catch (e) {
        out.error = `cannot read form: ${errorText(e)}`;
        return out;
    }
    try {
        out.problems = staticChecks(xml, ctx.DOMParser).problems;
    } catch (e) {
        out.problems = [`static checks crashed: ${errorText(e)}`];
    }

    let formResult;
    try {
        formResult = await loadForm(ctx.engine, xml, form.file);
        out.engineWarnings = warningsText(formResult.warnings);
        const instance = formResult.createInstance();
        const root = instance.root;
        out.languages = Array.from(root.languages).filter((l) => !l.isSyntheticDefault).map((l) => l.language);
        const { lang, error: langErr } = pickLanguage(root, form.language);
        if (langErr) out.problems.push(langErr);
        applyLanguage(root, lang);
        const active = root.currentState.activeLanguage;
        out.activeLanguage = active && !active.isSyntheticDefault ? active.language : null;
        walkNodes(root, (n) => out.nodes.push(describeNode(n)));
    } catch (e) {
        out.error = errorText(e);
        return out;
    }

    for (const sub of Array.isArray(form.submissions) ? form.submissions : []) {
        try {
            out.submissions.push(await runSubmission(ctx, form, xml, formResult, sub));
        } catch (e) {
            out.submissions.push({ name: sub?.name ?? null, error: errorText(e), errors: [errorText(e)], relevant: {}, values: {} });
        }
    }
    return out;
}

async function main() {
    const opts = parseArgs(process.argv.slice(2));
    let cases;
    try {
        cases = JSON.parse(fs.readFileSync(opts.cases, 'utf8'));
    } catch (e) {
        fail(`cannot read cases file ${opts.cases}: ${errorText(e)}`);
    }
    if (!cases || !Array.isArray(cases.forms)) fail(`${opts.cases}: expected {"forms": [...]}`);

    let ctx;
    try {
        ctx = await setUpEngine(opts.modules);
    } catch (e) {
        fail(`cannot start the engine: ${errorText(e)}\n${e?.stack ?? ''}`);
    }

    const result = {
        engine: ctx.engineVersion,
        jsdom: ctx.jsdomVersion,
        node: process.version,
        forms: [],
    };
    const casesDir = path.dirname(path.resolve(opts.cases));
    for (const form of cases.forms) {
        // A relative "file" is taken relative to the cases file.
        if (form && typeof form.file === 'string' && !path.isAbsolute(form.file)) {
            form.file = path.resolve(casesDir, form.file);
        }
        try {
            result.forms.push(await runForm(ctx, form));
        } catch (e) {
            result.forms.push({ name: form?.name ?? null, error: `harness error: ${errorText(e)}`, languages: [], problems: [], nodes: [], submissions: [] });
        }
    }
    const text = JSON.stringify(result, null, opts.pretty ? 2 : 0) + '\n';
    await new Promise((resolve) => realStdoutWrite(text, resolve));
    process.exit(0);
}

main().catch((e) => fail(`unexpected: ${errorText(e)}\n${e?.stack ?? ''}`));
