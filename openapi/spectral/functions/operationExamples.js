// Every operation documents its payloads with named examples: the request body and every
// response that has a body carry a non-empty `examples` map in each media type, and each example
// has a `value` (the bundle) or an `externalValue` (the sources, which the bundler inlines).
//
// Given: an operation (resolved).
export default function operationExamples(operation, _options, context) {
  if (operation === null || typeof operation !== 'object') {
    return [];
  }
  const results = [];
  const requestContent = operation.requestBody?.content;
  if (requestContent === undefined || Object.keys(requestContent).length === 0) {
    results.push({ message: 'The operation has no request body, so it has no request example.', path: [...context.path] });
  } else {
    results.push(...checkContent(requestContent, [...context.path, 'requestBody', 'content'], 'request'));
  }
  let responsesWithBody = 0;
  for (const [status, response] of Object.entries(operation.responses ?? {})) {
    if (response?.content === undefined || response.content === null) {
      continue;
    }
    responsesWithBody++;
    results.push(...checkContent(response.content, [...context.path, 'responses', status, 'content'], `response ${status}`));
  }
  if (responsesWithBody === 0) {
    results.push({ message: 'No response of the operation has a body, so it has no response example.', path: [...context.path, 'responses'] });
  }
  return results;
}

function checkContent(content, path, what) {
  const results = [];
  for (const [mediaType, media] of Object.entries(content)) {
    const examples = media?.examples;
    if (examples === null || typeof examples !== 'object' || Object.keys(examples).length === 0) {
      results.push({ message: `The ${what} (${mediaType}) needs named examples (the recorded payloads).`, path: [...path, mediaType] });
      continue;
    }
    for (const [name, example] of Object.entries(examples)) {
      if (example === null || typeof example !== 'object' || (example.value === undefined && example.externalValue === undefined)) {
        results.push({ message: `Example "${name}" of the ${what} has neither value nor externalValue.`, path: [...path, mediaType, 'examples', name] });
      }
    }
  }
  return results;
}
