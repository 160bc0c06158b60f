// Run by the store's test as separate processes, to show that writers in parallel lose nothing.
import { FeedbackStore } from "../feedback/store";

const [file, count, name] = process.argv.slice(2);
const store = new FeedbackStore(file!);
for (let i = 0; i < Number(count); i++) store.add({ section: "backups", locale: "en", helpful: i % 2 === 0, comment: `${name} ${i}` });
store.close();
