// What every webhook (an x-webhooks entry: a path item) must have, in the sources and in the bundle:
// one `post` operation whose operationId is the command word in lowerCamelCase, a summary, a
// description, exactly one tag `<Area>Events`, vendor docs, `security: []` (the service calls the
// app, so the root's credentials do not apply), the query parameters the service adds (SdkAppid,
// CallbackCommand with an enum of exactly this command word, contenttype, ClientIP, OptPlatform,
// Sign, RequestTime), a JSON event body and a JSON reply under 200. OpenAPI 3.0 linters do not know
// x-webhooks' structure, so this rule states it; Redocly lints the operations themselves.
//
// Given: an x-webhooks entry (resolved).
import { webhookOperationId } from './webhookNames.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const REQUIRED_QUERY = ['SdkAppid', 'CallbackCommand', 'contenttype'];
const OPTIONAL_QUERY = ['ClientIP', 'OptPlatform', 'Sign', 'RequestTime'];
const JSON_TYPE = 'application/json';

export default function webhookOperation(item, _options, context) {
  const key = String(context.path[context.path.length - 1]);
  const at = (...rest) => [...context.path, ...rest];
  if (item === null || typeof item !== 'object') {
    return [{ message: `Webhook "${key}" is not a path item.`, path: at() }];
  }
  const results = [];
  const methods = METHODS.filter((m) => item[m] !== undefined);
  if (methods.length !== 1 || methods[0] !== 'post') {
    results.push({ message: `Webhook "${key}" must have exactly one operation, a post (has ${methods.join(', ') || 'none'}).`, path: at() });
  }
  const op = item.post;
  if (op === null || typeof op !== 'object') {
    return results;
  }
  const wanted = webhookOperationId(key);
  if (op.operationId !== wanted) {
    results.push({ message: `operationId must be "${wanted}" (the command word in lowerCamelCase), not "${op.operationId ?? ''}".`, path: at('post', 'operationId') });
  }
  for (const field of ['summary', 'description']) {
    if (typeof op[field] !== 'string' || op[field].trim() === '') {
      results.push({ message: `Webhook "${key}" needs a ${field}.`, path: at('post') });
    }
  }
  if (!Array.isArray(op.tags) || op.tags.length !== 1 || !/^[A-Z][A-Za-z]*Events$/.test(op.tags[0])) {
    results.push({ message: `Webhook "${key}" must have exactly one tag named <Area>Events.`, path: at('post', 'tags') });
  }
  if (typeof op.externalDocs?.url !== 'string' || !/^https:\/\//.test(op.externalDocs.url)) {
    results.push({ message: `Webhook "${key}" must link its vendor page in externalDocs.url.`, path: at('post') });
  }
  if (!Array.isArray(op.security) || op.security.length !== 0) {
    results.push({ message: `Webhook "${key}" must declare security: [] (the service calls the app without the REST credentials).`, path: at('post') });
  }
  const query = new Map();
  for (const parameter of Array.isArray(op.parameters) ? op.parameters : []) {
    if (parameter?.in === 'query') {
      query.set(parameter.name, parameter);
    }
  }
  for (const name of [...REQUIRED_QUERY, ...OPTIONAL_QUERY]) {
    const parameter = query.get(name);
    if (parameter === undefined) {
      results.push({ message: `Webhook "${key}" lacks the query parameter ${name} that the service adds.`, path: at('post', 'parameters') });
    } else if (REQUIRED_QUERY.includes(name) && parameter.required !== true) {
      results.push({ message: `The query parameter ${name} of webhook "${key}" is always sent, so it must be required.`, path: at('post', 'parameters') });
    }
  }
  const command = query.get('CallbackCommand');
  const values = command?.schema?.enum;
  if (command !== undefined && (!Array.isArray(values) || values.length !== 1 || values[0] !== key)) {
    results.push({ message: `The CallbackCommand parameter of webhook "${key}" must be an enum of exactly "${key}".`, path: at('post', 'parameters') });
  }
  if (op.requestBody?.required !== true || op.requestBody?.content?.[JSON_TYPE]?.schema === undefined) {
    results.push({ message: `Webhook "${key}" needs a required JSON request body: the event.`, path: at('post', 'requestBody') });
  }
  if (op.responses?.['200']?.content?.[JSON_TYPE]?.schema === undefined) {
    results.push({ message: `Webhook "${key}" needs a 200 JSON response: the reply the service expects.`, path: at('post', 'responses') });
  }
  return results;
}
