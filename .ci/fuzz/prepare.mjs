// What Portman's config cannot say about a generated collection: a multipart file part needs a
// real file to send (Portman leaves its source empty, and newman would send no file at all).
//
//   node prepare.mjs <collection.json> <file to upload>
import { readFileSync, writeFileSync } from "node:fs";

const [collectionFile, upload] = process.argv.slice(2);
const collection = JSON.parse(readFileSync(collectionFile, "utf8"));
let files = 0;
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
  }
})(collection.item);
writeFileSync(collectionFile, JSON.stringify(collection, null, 2));
if (files > 0) console.log(`  ${collectionFile.split("/").pop()}: ${files} file part(s) send ${upload}`);
