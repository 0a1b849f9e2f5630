// Runs the peers wenxi is compared with, inside a Web Worker like wenxi's own:
// npm jieba-wasm 2.4.0 (`cut`, `tag`) and the browser's Intl.Segmenter.
// Each reply carries only a count, so the measured time is the segmentation
// plus building its JS result inside the worker, not a copy to the page.
import init, { cut, tag } from '/jieba/jieba_rs_wasm.js';

const ready = init({ module_or_path: '/jieba/jieba_rs_wasm_bg.wasm' }).then(() => cut('预热', true));

onmessage = async ({ data: { op, text } }) => {
  await ready;
  let count = 0;
  if (op === 'jieba_cut') count = cut(text, true).length;
  else if (op === 'jieba_tag') count = tag(text, true).length;
  else if (op === 'intl') {
    const seg = new Intl.Segmenter('zh', { granularity: 'word' });
    for (const s of seg.segment(text)) if (s.isWordLike) count++;
  }
  postMessage({ count });
};
