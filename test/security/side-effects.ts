/** Side effects a payload could cause, trapped for the XSS tests. */

/** Records every dialog, print, popup and script error instead of letting it happen. */
export function trapSideEffects(calls: string[]): () => void {
  const saved = { alert: window.alert, confirm: window.confirm, prompt: window.prompt, print: window.print, open: window.open };
  const dialog = { showModal: HTMLDialogElement.prototype.showModal, show: HTMLDialogElement.prototype.show };
  window.alert = (...args: unknown[]) => void calls.push(`alert(${String(args[0])})`);
  window.confirm = (...args: unknown[]) => (calls.push(`confirm(${String(args[0])})`), false);
  window.prompt = (...args: unknown[]) => (calls.push(`prompt(${String(args[0])})`), null);
  window.print = () => void calls.push('print()');
  window.open = (...args: unknown[]) => (calls.push(`open(${String(args[0])})`), null);
  HTMLDialogElement.prototype.showModal = () => void calls.push('dialog.showModal()');
  HTMLDialogElement.prototype.show = () => void calls.push('dialog.show()');
  const onError = (e: ErrorEvent) => calls.push(`script error: ${e.message}`);
  window.addEventListener('error', onError);
  return () => {
    Object.assign(window, saved);
    Object.assign(HTMLDialogElement.prototype, dialog);
    window.removeEventListener('error', onError);
  };
}
