// The names every webhook derives from its command word (the key in x-webhooks), as CONTRIBUTING.md
// ("Adding a webhook") sets them out: Live.CallbackAfterCreateRoom has the file after_create_room,
// the operationId liveCallbackAfterCreateRoom and the event schema AfterCreateRoomEvent.
export const COMMAND_WORD = /^[A-Z][A-Za-z]*\.Callback(?:Before|After)[A-Z][A-Za-z]*$/;

export function eventFile(commandWord) {
  const name = commandWord.slice(commandWord.indexOf('.Callback') + '.Callback'.length);
  return name.replace(/(?!^)([A-Z])/g, '_$1').toLowerCase();
}

export function webhookOperationId(commandWord) {
  const joined = commandWord.replace('.', '');
  return joined.charAt(0).toLowerCase() + joined.slice(1);
}
