/*
 * Chorus events: one Event subclass per event, typed fields, registered in
 * GlobalEventHandlersEventMap by the file that declares it (kudos.events.ts, …), so importing one
 * widget types its events. Present tense: cancelable, fires before the adapter call. Past tense:
 * fires after success. All bubble and cross shadow roots, so a host page can listen on any ancestor.
 */
export const eventInit = (cancelable: boolean): EventInit => ({ bubbles: true, composed: true, cancelable });
