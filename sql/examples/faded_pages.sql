-- Faded pages: the pages of one denoise run whose ink was raised before the network
-- (denoise.faded-ink), most raised first, with the noise estimate before and after and, where the
-- run read its pages (denoise.ocr), Tesseract's mean word confidence before and after.
--   spark-denoise tables query --pages <denoise output>/pages --var run_id=<run> --example faded_pages
SELECT source_uri,
       page,
       round(ink_gain, 3) AS ink_gain,
       round(sigma_hat_before, 5) AS sigma_hat_before,
       round(sigma_hat_after, 5) AS sigma_hat_after,
       round(ocr_confidence_before, 1) AS ocr_confidence_before,
       round(ocr_confidence_after, 1) AS ocr_confidence_after
FROM pages
WHERE run_id = '${hivevar:run_id}' AND ink_gain > 1
ORDER BY ink_gain DESC, source_uri, page;
