-- Worst images: the 10 images of one score run on which the model gained least over the noisy
-- input (PSNR of its output minus that of the noisy input), next to the best classical baseline
-- on the same image. A baselines-only run (--model none) has no rows here.
--   spark-denoise tables query --metrics <metrics dir> --var run_id=<run> --example worst_images
WITH per_image AS (
  SELECT image_id,
         first(noise_model) AS noise_model,
         first(noise_params) AS noise_params,
         max(CASE WHEN method = 'identity' THEN psnr_db END) AS noisy_psnr_db,
         max(CASE WHEN method = 'model' THEN psnr_db END) AS model_psnr_db,
         max(CASE WHEN method = 'model' THEN ssim_wang END) AS model_ssim,
         max_by(method, psnr_db) FILTER (WHERE method NOT IN ('identity', 'model'))
           AS best_baseline,
         max(psnr_db) FILTER (WHERE method NOT IN ('identity', 'model')) AS best_baseline_psnr_db
  FROM metrics
  WHERE run_id = '${hivevar:run_id}'
  GROUP BY image_id
)
SELECT image_id,
       noise_model,
       noise_params,
       round(noisy_psnr_db, 3) AS noisy_psnr_db,
       round(model_psnr_db, 3) AS model_psnr_db,
       round(model_psnr_db - noisy_psnr_db, 3) AS model_gain_db,
       round(model_ssim, 4) AS model_ssim,
       best_baseline,
       round(best_baseline_psnr_db - noisy_psnr_db, 3) AS baseline_gain_db
FROM per_image
WHERE model_psnr_db IS NOT NULL
ORDER BY model_psnr_db - noisy_psnr_db, image_id
LIMIT 10;
