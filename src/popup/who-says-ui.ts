/**
 * The popup's "Who says so" chunk: the speakers list and its grouping rules, fetched when a
 * report with quotes is shown, so an opening of the popup loads none of it (who-says-chunk.ts).
 */
export { SpeakerList } from "./components/SpeakerList";
