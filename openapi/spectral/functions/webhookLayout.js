// The layout of the split sources for webhooks: in the root file every x-webhooks entry is nothing but
// a `$ref` to `webhooks/<area>/<event-file>.yaml`, where <event-file> is the command word's part
// after `.Callback` in snake_case (Live.CallbackAfterCreateRoom -> after_create_room) and <area> a
// kebab-case folder name. The bundle has the webhooks inline, so the bundle's ruleset turns this off.
//
// Given: an x-webhooks entry of the root file, *unresolved* (the rule sets `resolved: false`).
import { COMMAND_WORD, eventFile } from './webhookNames.js';

export default function webhookLayout(item, _options, context) {
  const key = String(context.path[context.path.length - 1]);
  if (!COMMAND_WORD.test(key)) {
    return [{ message: `Webhook key "${key}" is not a command word <Service>.Callback<Before|After><Name>.`, path: [...context.path] }];
  }
  const file = eventFile(key);
  const ref = item !== null && typeof item === 'object' ? item.$ref : undefined;
  if (typeof ref !== 'string') {
    return [{ message: `Webhook "${key}" must be a $ref to webhooks/<area>/${file}.yaml, not inline.`, path: [...context.path] }];
  }
  const results = [];
  if (!new RegExp(`^webhooks/[a-z0-9]+(?:-[a-z0-9]+)*/${file}\\.yaml$`).test(ref)) {
    results.push({ message: `Webhook "${key}" must refer to webhooks/<area>/${file}.yaml, not "${ref}".`, path: [...context.path, '$ref'] });
  }
  const others = Object.keys(item).filter((k) => k !== '$ref');
  if (others.length > 0) {
    results.push({ message: `Webhook "${key}" must hold only its $ref; move ${others.join(', ')} into the webhook file.`, path: [...context.path] });
  }
  return results;
}
