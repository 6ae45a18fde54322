/**
 * Opens a page of the console afresh (a full load, not the router): nothing of the last session
 * (cached answers, the page to come back to) is left in memory for the next person at this device.
 */
export function openAfresh(path: string) {
  window.location.replace(`${import.meta.env.BASE_URL}${path.replace(/^\//, "")}`);
}
