// The operationId of every operation is the command (the last segment of its path) in
// lowerCamelCase: /v4/live_engine_http_srv/send_gift -> sendGift. Generated clients name their
// methods after it, so a mismatch would give a command two names.
//
// Given: a path item (resolved). Reports each operation whose operationId differs.
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export function lowerCamelCase(command) {
  return command.replace(/[_-]+([a-zA-Z0-9])/g, (_, c) => c.toUpperCase()).replace(/^[A-Z]/, (c) => c.toLowerCase());
}

export default function operationIdIsCommand(pathItem, _options, context) {
  if (pathItem === null || typeof pathItem !== 'object') {
    return [];
  }
  const path = String(context.path[context.path.length - 1]);
  const command = path.split('/').filter(Boolean).pop() ?? '';
  const wanted = lowerCamelCase(command);
  const results = [];
  for (const method of METHODS) {
    const operation = pathItem[method];
    if (operation === null || typeof operation !== 'object') {
      continue;
    }
    if (operation.operationId !== wanted) {
      results.push({
        message: `operationId must be "${wanted}" (the command "${command}" in lowerCamelCase), not "${operation.operationId ?? ''}".`,
        path: [...context.path, method, 'operationId'],
      });
    }
  }
  return results;
}
