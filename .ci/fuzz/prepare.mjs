// What Portman's config cannot say about a generated collection:
// - a multipart file part needs a real file to send (Portman leaves its source empty, and newman
//   would send no file at all);
// - a "[maximum length F]" variation must send F one character longer than the contract allows.
//   Portman pads the value it generated for F; when that value happened to be the empty string, the
//   padding stays empty and the variation sends a valid body (a random, flaky failure). Such a value
//   is made maxLength + 1 characters long here, from the contract itself.
//
//   node prepare.mjs <collection.json> <file to upload> <openapi.yaml>
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const [collectionFile, upload, contractFile] = process.argv.slice(2);
const collection = JSON.parse(readFileSync(collectionFile, "utf8"));
const yaml = createRequire(new URL("../.node/fuzz/", import.meta.url))("js-yaml");
const contract = yaml.load(readFileSync(contractFile, "utf8"));

function deref(schema) {
  let s = schema;
  for (let i = 0; s && s.$ref && i < 20; i++) {
    const target = s.$ref
      .replace(/^#\//, "")
      .split("/")
      .reduce((o, k) => (o ? o[k.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined), contract);
    const { $ref, ...rest } = s;
    s = { ...target, ...rest };
  }
  return s;
}

// The JSON request schema of the operation a collection item calls.
function requestSchema(item) {
  const method = String(item.request.method || "").toLowerCase();
  const path = Array.isArray(item.request.url.path) ? item.request.url.path : [];
  for (const [template, ops] of Object.entries(contract.paths || {})) {
    const parts = template.split("/").filter((p) => p !== "");
    if (parts.length !== path.length) continue;
    const same = parts.every((p, i) => (/^\{.+\}$/.test(p) ? path[i] === ":" + p.slice(1, -1) : p === path[i]));
    const op = same && ops[method];
    const content = op && op.requestBody && deref(op.requestBody).content;
    if (content && content["application/json"]) return content["application/json"].schema;
  }
  return undefined;
}

// The schema of a Portman field path (a.b, list[0]) inside a request schema.
function fieldSchema(schema, fieldPath) {
  let s = deref(schema);
  for (const step of fieldPath.split(".")) {
    const m = /^([^[]+)((?:\[\d+\])*)$/.exec(step);
    if (!m || !s || !s.properties || !s.properties[m[1]]) return undefined;
    s = deref(s.properties[m[1]]);
    for (let n = (m[2].match(/\[/g) || []).length; n > 0; n--) s = s && deref(s.items);
  }
  return s;
}

function setAt(obj, fieldPath, value) {
  const keys = fieldPath.split(".").flatMap((step) => step.split(/[[\]]/).filter((k) => k !== ""));
  let o = obj;
  for (const k of keys.slice(0, -1)) {
    if (o === null || typeof o !== "object" || !(k in o)) return false;
    o = o[k];
  }
  const last = keys[keys.length - 1];
  if (o === null || typeof o !== "object" || !(last in o)) return false;
  o[last] = value;
  return true;
}

function getAt(obj, fieldPath) {
  const keys = fieldPath.split(".").flatMap((step) => step.split(/[[\]]/).filter((k) => k !== ""));
  return keys.reduce((o, k) => (o !== null && typeof o === "object" ? o[k] : undefined), obj);
}

let files = 0;
let padded = 0;
(function walk(items) {
  for (const item of items) {
    if (item.item) {
      walk(item.item);
      continue;
    }
    const body = item.request && item.request.body;
    if (body && body.mode === "formdata") {
      for (const part of body.formdata) {
        if (part.type === "file" && !part.src) {
          part.src = upload;
          files++;
        }
      }
    }
    const tooLong = /\[maximum length ([^\]]+(?:\[\d+\])*)\]$/.exec(item.name || "");
    if (tooLong && body && body.mode === "raw") {
      let json;
      try {
        json = JSON.parse(body.raw);
      } catch {
        continue; // a body with Postman variables in it: Portman's value stands
      }
      const field = fieldSchema(requestSchema(item), tooLong[1]);
      const max = field && field.maxLength;
      const now = getAt(json, tooLong[1]);
      if (typeof max === "number" && !(typeof now === "string" && [...now].length > max)) {
        const seed = typeof now === "string" && now.length > 0 ? [...now][0] : "长";
        if (setAt(json, tooLong[1], seed.repeat(max + 1))) {
          body.raw = JSON.stringify(json, null, 2);
          padded++;
        }
      }
    }
  }
})(collection.item);
writeFileSync(collectionFile, JSON.stringify(collection, null, 2));
const name = collectionFile.split("/").pop();
if (files > 0) console.log(`  ${name}: ${files} file part(s) send ${upload}`);
if (padded > 0) console.log(`  ${name}: ${padded} maximum-length value(s) made maxLength + 1 long`);
