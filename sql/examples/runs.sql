-- Runs: one row per score run in the metrics table, with its model (null for a baselines-only
-- run), how many images it scored, its methods, and the model's mean PSNR and SSIM gain over the
-- noisy input (null without a model).
--   spark-denoise tables query --metrics <metrics dir> --example runs
SELECT run_id,
       max(model_id) AS model_id,
       count(DISTINCT image_id) AS images,
       concat_ws(',', array_sort(collect_set(method))) AS methods,
       round(avg(CASE WHEN method = 'model' THEN psnr_db END)
             - avg(CASE WHEN method = 'model' THEN noisy_psnr_db END), 3) AS model_psnr_gain_db,
       round(avg(CASE WHEN method = 'model' THEN ssim_wang END)
             - avg(CASE WHEN method = 'model' THEN noisy_ssim END), 4) AS model_ssim_gain
FROM (
  SELECT m.*,
         max(CASE WHEN method = 'identity' THEN psnr_db END)
           OVER (PARTITION BY run_id, image_id) AS noisy_psnr_db,
         max(CASE WHEN method = 'identity' THEN ssim_wang END)
           OVER (PARTITION BY run_id, image_id) AS noisy_ssim
  FROM metrics m
) scored
GROUP BY run_id
ORDER BY run_id;
