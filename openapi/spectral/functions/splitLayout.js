// The layout of the split sources: in the root file every path item is nothing but a `$ref` to
// `resources/<group>/<command>.yaml`, where <command> is the path's last segment and <group> a
// kebab-case folder name. This is what lets a reader (and the bundler) find an operation by its
// command. It holds for the sources only; the bundle has every path inline, so the bundle's
// ruleset turns this rule off.
//
// Given: a path item of the root file, *unresolved* (the rule sets `resolved: false`).
export default function splitLayout(pathItem, _options, context) {
  const path = String(context.path[context.path.length - 1]);
  const command = path.split('/').filter(Boolean).pop() ?? '';
  const wanted = new RegExp(`^resources/[a-z0-9]+(?:-[a-z0-9]+)*/${escape(command)}\\.yaml$`);
  const ref = pathItem !== null && typeof pathItem === 'object' ? pathItem.$ref : undefined;
  if (typeof ref !== 'string') {
    return [{ message: `Path item "${path}" must be a $ref to resources/<group>/${command}.yaml, not inline.`, path: [...context.path] }];
  }
  const results = [];
  if (!wanted.test(ref)) {
    results.push({ message: `Path item "${path}" must refer to resources/<group>/${command}.yaml, not "${ref}".`, path: [...context.path, '$ref'] });
  }
  const others = Object.keys(pathItem).filter((key) => key !== '$ref');
  if (others.length > 0) {
    results.push({ message: `Path item "${path}" must hold only its $ref; move ${others.join(', ')} into the operation file.`, path: [...context.path] });
  }
  return results;
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
