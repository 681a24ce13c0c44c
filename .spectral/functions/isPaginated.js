// A GET whose 200 answer has an `items` array must take `limit` and `cursor` and answer `nextCursor`.
export default function isPaginated(operation) {
  const ok = operation && operation.responses && operation.responses['200'];
  const json = ok && ok.content && ok.content['application/json'];
  const schema = json && json.schema;
  const props = (schema && schema.properties) || {};
  if (!props.items || props.items.type !== 'array') {
    return [];
  }
  const names = (operation.parameters || []).filter((p) => p.in === 'query').map((p) => p.name);
  const missing = ['limit', 'cursor'].filter((n) => !names.includes(n));
  const results = missing.map((n) => ({ message: `List without the "${n}" query parameter.` }));
  if (!props.nextCursor) {
    results.push({ message: 'List answer without "nextCursor".' });
  }
  return results;
}
