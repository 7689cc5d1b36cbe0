// Every schema property has a description.
//
// A property that is only a `$ref` takes its description from the schema it references: in
// OpenAPI 3.0 anything next to `$ref` is ignored, so a description cannot be added there. The rule
// therefore looks at the *resolved* property, which means that for a `$ref` property the
// referenced schema must carry the description (one description per shared type, such as RoomId,
// instead of a copy at every use). The message says which schema to describe.
//
// Given: the document root (resolved). Walks the schemas where OpenAPI puts them (components,
// parameters, request bodies, responses, headers, in paths and in x-webhooks) and, inside a schema,
// its properties, items,
// additionalProperties and allOf/anyOf/oneOf/not; example values are never mistaken for schemas.
// Each schema object is visited once, so a shared schema is reported once.
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export default function propertiesDescribed(document, _options, context) {
  const results = [];
  const seen = new WeakSet();

  const walkSchema = (schema, path) => {
    if (schema === null || typeof schema !== 'object' || seen.has(schema)) {
      return;
    }
    seen.add(schema);
    if (schema.properties !== null && typeof schema.properties === 'object') {
      for (const [name, property] of Object.entries(schema.properties)) {
        const propertyPath = [...path, 'properties', name];
        if (property !== null && typeof property === 'object' && !described(property)) {
          results.push({
            message: `Property "${name}" has no description. If it is a $ref, describe the schema it references `
              + '(a description next to $ref is ignored in OpenAPI 3.0).',
            path: propertyPath,
          });
        }
        walkSchema(property, propertyPath);
      }
    }
    if (schema.items !== undefined) {
      walkSchema(schema.items, [...path, 'items']);
    }
    if (schema.additionalProperties !== null && typeof schema.additionalProperties === 'object') {
      walkSchema(schema.additionalProperties, [...path, 'additionalProperties']);
    }
    for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
      if (Array.isArray(schema[keyword])) {
        schema[keyword].forEach((part, i) => walkSchema(part, [...path, keyword, i]));
      }
    }
    if (schema.not !== undefined) {
      walkSchema(schema.not, [...path, 'not']);
    }
  };

  const walkContent = (content, path) => {
    for (const [mediaType, media] of Object.entries(content ?? {})) {
      walkSchema(media?.schema, [...path, mediaType, 'schema']);
    }
  };
  const walkParameters = (parameters, path) => {
    (Array.isArray(parameters) ? parameters : []).forEach((parameter, i) => {
      walkSchema(parameter?.schema, [...path, i, 'schema']);
      walkContent(parameter?.content, [...path, i, 'content']);
    });
  };
  const walkResponse = (response, path) => {
    walkContent(response?.content, [...path, 'content']);
    for (const [name, header] of Object.entries(response?.headers ?? {})) {
      walkSchema(header?.schema, [...path, 'headers', name, 'schema']);
    }
  };

  const components = document?.components ?? {};
  for (const [name, schema] of Object.entries(components.schemas ?? {})) {
    walkSchema(schema, ['components', 'schemas', name]);
  }
  for (const [name, parameter] of Object.entries(components.parameters ?? {})) {
    walkSchema(parameter?.schema, ['components', 'parameters', name, 'schema']);
  }
  for (const [name, body] of Object.entries(components.requestBodies ?? {})) {
    walkContent(body?.content, ['components', 'requestBodies', name, 'content']);
  }
  for (const [name, response] of Object.entries(components.responses ?? {})) {
    walkResponse(response, ['components', 'responses', name]);
  }
  const pathItems = [
    ...Object.entries(document?.paths ?? {}).map(([key, item]) => [['paths', key], item]),
    ...Object.entries(document?.['x-webhooks'] ?? {}).map(([key, item]) => [['x-webhooks', key], item]),
  ];
  for (const [where, pathItem] of pathItems) {
    if (pathItem === null || typeof pathItem !== 'object') {
      continue;
    }
    walkParameters(pathItem.parameters, [...where, 'parameters']);
    for (const method of METHODS) {
      const operation = pathItem[method];
      if (operation === null || typeof operation !== 'object') {
        continue;
      }
      const path = [...where, method];
      walkParameters(operation.parameters, [...path, 'parameters']);
      walkContent(operation.requestBody?.content, [...path, 'requestBody', 'content']);
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        walkResponse(response, [...path, 'responses', status]);
      }
    }
  }
  return results;
}

function described(schema) {
  return typeof schema.description === 'string' && schema.description.trim().length > 0;
}
