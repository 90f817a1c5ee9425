-- OCR by method: in one score run, over the pages whose pairs had ground-truth text, each method's
-- mean character error rate of Tesseract's OCR of its output (0 is perfect), the mean change from
-- the noisy input's rate on the same pages (negative: OCR reads the method's output better), how
-- many pages OCR read better or worse than the noisy input (by more than 0.005), and the mean word
-- confidence. A run without ground-truth text (or scored with score.ocr=false) has no rows.
--   spark-denoise tables query --metrics <metrics dir> --var run_id=<run> --example ocr_by_method
WITH noisy AS (
  SELECT image_id, cer AS noisy_cer
  FROM metrics
  WHERE run_id = '${hivevar:run_id}' AND method = 'identity' AND cer IS NOT NULL
)
SELECT m.method,
       count(*) AS pages,
       round(avg(m.cer), 4) AS cer,
       round(avg(m.cer - n.noisy_cer), 4) AS cer_change,
       count_if(m.cer < n.noisy_cer - 0.005) AS better,
       count_if(m.cer > n.noisy_cer + 0.005) AS worse,
       round(avg(m.ocr_confidence), 2) AS ocr_confidence
FROM metrics m
JOIN noisy n ON m.image_id = n.image_id
WHERE m.run_id = '${hivevar:run_id}' AND m.cer IS NOT NULL
GROUP BY m.method
ORDER BY avg(m.cer), m.method;
