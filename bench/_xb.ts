import { measureExports } from './export-figures';
const r = await measureExports(200, 300, 5);
console.log(JSON.stringify({ xlsx: r.xlsx, docx: r.docx }));
