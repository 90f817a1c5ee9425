-- Worst pages: the 20 pages of one denoise run whose noise the model reduced least, by the
-- reference-free noise estimate (sigma-hat of the input page minus that of the output, on the
-- 0-1 scale), with PSNR/SSIM where the run had clean references (null otherwise).
--   spark-denoise tables query --pages <denoise output>/pages --var run_id=<run> --example worst_pages
SELECT source_uri,
       page,
       width,
       height,
       round(sigma_hat_before, 5) AS sigma_hat_before,
       round(sigma_hat_after, 5) AS sigma_hat_after,
       round(sigma_hat_before - sigma_hat_after, 5) AS sigma_hat_drop,
       round(psnr_db, 3) AS psnr_db,
       round(ssim_wang, 4) AS ssim_wang,
       round(seconds, 3) AS seconds
FROM pages
WHERE run_id = '${hivevar:run_id}'
ORDER BY sigma_hat_before - sigma_hat_after, source_uri, page
LIMIT 20;
